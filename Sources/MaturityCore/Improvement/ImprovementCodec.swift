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
        guard let items = array() else { return nil }
        if items.count > maximumEvidencePerCriterion {
            log.add(path, .tooMany(.evidence, count: items.count, limit: maximumEvidencePerCriterion))
        }
        return items.compactMap { item -> EvidenceItem? in
            guard item.object() != nil else { return nil }
            item.rejectUnknownKeys(["title", "kind", "location", "seen_on", "seen_by", "note"])
            let title = item.required("title", .string)?.boundedTitle()
            let kind = item.required("kind", .oneOf(["document", "record", "observation", "interview"]))?.evidenceKind()
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
        guard let items = array() else { return nil }
        var seen = Set<String>()
        return items.compactMap { item -> ImprovementAction? in
            guard item.object() != nil else { return nil }
            item.rejectUnknownKeys(["id", "title", "targets", "owner", "due", "status", "note"])
            let id = item.required("id", .id)?.string()
            if let id, !seen.insert(id).inserted { item.log.add(item.child("id"), .actionIDReused(id)) }
            let title = item.required("title", .string)?.boundedTitle()
            let targets = item.optional("targets")?.decodeTargets() ?? []
            let owner = item.optional("owner")?.string(nonEmpty: false) ?? ""
            let due = item.optional("due")?.calendarDate() ?? ""
            let status = item.required("status", .oneOf(["planned", "in_progress", "done", "dropped"]))?.actionStatus()
            let note = item.decodeNote()
            guard let id, let title, let status else { return nil }
            return ImprovementAction(id: id, title: title, targets: targets, owner: owner, due: due, status: status, note: note)
        }
    }

    private func decodeTargets() -> [ActionTarget]? {
        array()?.compactMap { target -> ActionTarget? in
            guard target.object() != nil else { return nil }
            target.rejectUnknownKeys(["criterion", "angle", "rating"])
            let criterion = target.required("criterion", .id)?.string()
            let angle = target.required("angle", .id)?.string()
            let rating = target.required("rating", .wholeNumber)?.int(in: 0...1000)
            guard let criterion, let angle, let rating else { return nil }
            return ActionTarget(criterionID: criterion, angle: angle, rating: rating)
        }
    }

    private func boundedTitle() -> String? {
        guard let title = string() else { return nil }
        if title.count > maximumTitleLength {
            log.add(path, .tooLong(.title, count: title.count, limit: maximumTitleLength))
        }
        return title
    }

    private func evidenceKind() -> EvidenceKind? { oneOf(EvidenceKind.self, ["document", "record", "observation", "interview"]) }
    private func actionStatus() -> ActionStatus? { oneOf(ActionStatus.self, ["planned", "in_progress", "done", "dropped"]) }

    /// A string naming one case of `type`, or a message listing the expected names.
    private func oneOf<T: RawRepresentable>(_ type: T.Type, _ expected: [String]) -> T? where T.RawValue == String {
        guard let text = string() else { return nil }
        guard let value = T(rawValue: text) else {
            log.add(path, .notOneOf(expected, found: String(text.prefix(40))))
            return nil
        }
        return value
    }

    /// A YYYY-MM-DD string naming a real day; the empty string means "not given".
    private func calendarDate() -> String? {
        guard let text = string(nonEmpty: false) else { return nil }
        if text.isEmpty { return "" }
        guard CalendarDate(text) != nil else {
            log.add(path, .badDate(String(text.prefix(40))))
            return nil
        }
        return text
    }
}
