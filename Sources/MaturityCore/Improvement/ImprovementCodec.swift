/// The session-file form of evidence items and actions (see `SessionCodec`);
/// the JSON outputs of `ccmm evidence` and `ccmm actions` reuse it.
public enum ImprovementCodec {
    public static func encode(_ item: EvidenceItem) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("title", .string(item.title)), ("kind", .string(item.kind.rawValue))]
        for (key, value) in [("location", item.location), ("seen_on", item.seenOn), ("seen_by", item.seenBy), ("note", item.note)]
        where !value.isEmpty {
            members.append((key, .string(value)))
        }
        return .object(members)
    }

    public static func encode(_ action: ImprovementAction) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(action.id)), ("title", .string(action.title)),
            ("targets", .array(action.targets.map { target in
                .object([("criterion", .string(target.criterionID)), ("angle", .string(target.angle)),
                         ("rating", .int(target.rating))])
            })),
        ]
        for (key, value) in [("owner", action.owner), ("due", action.due)] where !value.isEmpty {
            members.append((key, .string(value)))
        }
        members.append(("status", .string(action.status.rawValue)))
        if !action.note.isEmpty { members.append(("note", .string(action.note))) }
        return .object(members)
    }
}

/// Longest title of an evidence item or action, and most items per criterion:
/// generous for real use, small enough that a runaway paste stays visible.
public let maximumTitleLength = 1_000
public let maximumEvidencePerCriterion = 1_000

extension JSONReader {
    /// `[ { "title", "kind", "location", "seen_on", "seen_by", "note" }, … ]`.
    func decodeEvidence() -> [EvidenceItem]? {
        guard let items = array("a list of evidence items") else { return nil }
        if items.count > maximumEvidencePerCriterion {
            log.add(path, "\(items.count) evidence items; at most \(maximumEvidencePerCriterion) are accepted per criterion")
        }
        return items.compactMap { item -> EvidenceItem? in
            guard item.object("an evidence item") != nil else { return nil }
            item.rejectUnknownKeys(["title", "kind", "location", "seen_on", "seen_by", "note"])
            let title = item.required("title", "what was seen")?.boundedTitle()
            let kind = item.required("kind", "document, record, observation or interview")?.evidenceKind()
            let location = item.optional("location")?.string(nonEmpty: false) ?? ""
            let seenOn = item.optional("seen_on")?.calendarDate() ?? ""
            let seenBy = item.optional("seen_by")?.string(nonEmpty: false) ?? ""
            let note = item.decodeNote()
            guard let title, let kind else { return nil }
            return EvidenceItem(title: title, kind: kind, location: location, seenOn: seenOn, seenBy: seenBy, note: note)
        }
    }

    /// `[ { "id", "title", "targets": [ { "criterion", "angle", "rating" } ], "owner", "due", "status", "note" }, … ]`.
    func decodeActions() -> [ImprovementAction]? {
        guard let items = array("a list of actions") else { return nil }
        var seen = Set<String>()
        return items.compactMap { item -> ImprovementAction? in
            guard item.object("an action") != nil else { return nil }
            item.rejectUnknownKeys(["id", "title", "targets", "owner", "due", "status", "note"])
            let id = item.required("id", "the action's id, such as A1")?.string()
            if let id, !seen.insert(id).inserted { item.log.add(item.child("id"), "the id \"\(id)\" is used by an earlier action") }
            let title = item.required("title", "what the action does")?.boundedTitle()
            let targets = item.optional("targets")?.decodeTargets() ?? []
            let owner = item.optional("owner")?.string(nonEmpty: false) ?? ""
            let due = item.optional("due")?.calendarDate() ?? ""
            let status = item.required("status", "planned, in_progress, done or dropped")?.actionStatus()
            let note = item.decodeNote()
            guard let id, let title, let status else { return nil }
            return ImprovementAction(id: id, title: title, targets: targets, owner: owner, due: due, status: status, note: note)
        }
    }

    private func decodeTargets() -> [ActionTarget]? {
        array("a list of targets")?.compactMap { target -> ActionTarget? in
            guard target.object("a target { criterion, angle, rating }") != nil else { return nil }
            target.rejectUnknownKeys(["criterion", "angle", "rating"])
            let criterion = target.required("criterion", "a criterion id")?.string()
            let angle = target.required("angle", "an angle id")?.string()
            let rating = target.required("rating", "the rating aimed for")?.int(in: 0...1000)
            guard let criterion, let angle, let rating else { return nil }
            return ActionTarget(criterionID: criterion, angle: angle, rating: rating)
        }
    }

    private func boundedTitle() -> String? {
        guard let title = string() else { return nil }
        if title.count > maximumTitleLength {
            log.add(path, "the title has \(title.count) characters; at most \(maximumTitleLength) are accepted")
        }
        return title
    }

    private func evidenceKind() -> EvidenceKind? { oneOf(EvidenceKind.self, "document, record, observation or interview") }
    private func actionStatus() -> ActionStatus? { oneOf(ActionStatus.self, "planned, in_progress, done or dropped") }

    /// A string naming one case of `type`, or a message listing the expected names.
    private func oneOf<T: RawRepresentable>(_ type: T.Type, _ expected: String) -> T? where T.RawValue == String {
        guard let text = string() else { return nil }
        guard let value = T(rawValue: text) else {
            log.add(path, "expected \(expected), found \"\(text.prefix(40))\"")
            return nil
        }
        return value
    }

    /// A YYYY-MM-DD string naming a real day; the empty string means "not given".
    private func calendarDate() -> String? {
        guard let text = string(nonEmpty: false) else { return nil }
        if text.isEmpty { return "" }
        guard CalendarDate(text) != nil else {
            log.add(path, "expected a date as YYYY-MM-DD, found \"\(text.prefix(40))\"")
            return nil
        }
        return text
    }
}
