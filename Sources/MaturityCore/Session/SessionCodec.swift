/// Reads and writes the session file layout (schema version 1):
///
///     { "ccmm_session": 1,
///       "questionnaire": { "id", "version", "hash" },
///       "profile": { "centre", "site", "assessor", "date", "years_in_operation", "language" },
///       "created_at", "updated_at", "position",
///       "answers": { "<criterion id>": { "ratings": { "<angle>": 10 | { "na": "reason" } },
///                                          "note", "flagged", "changed_at",
///                                          "evidence": [ { "title", "kind", "location", "seen_on",
///                                                          "seen_by", "note" }, … ] } },
///       "dropped_answers": { … same shape … },
///       "conflicts": { "<criterion id>": { "angles": ["<angle>", …],
///                        "answers": [ { "assessor", "ratings": { … as above … }, "note" }, … ] } },
///       "actions": [ { "id", "title", "targets": [ { "criterion", "angle", "rating" }, … ],
///                      "owner", "due", "status", "note" }, … ],
///       "baseline": "<path of the session this one follows up>" }
///
/// `dropped_answers`, `conflicts`, `actions`, `baseline` and `evidence` are
/// written only when not empty; so are the optional members of an evidence
/// item and of an action. `docs/session.schema.json` is the JSON Schema of
/// this layout, and docs/session-file.md describes it for people.
public enum SessionCodec {
    public static func encode(_ session: Session, order: [String] = []) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("ccmm_session", .int(Session.schemaVersion)),
            ("questionnaire", .object([
                ("id", .string(session.questionnaire.id)),
                ("version", .string(session.questionnaire.version)),
                ("hash", .string(session.questionnaire.contentHash)),
                ("criteria", session.questionnaire.criterionIDs.map { .array($0.map(JSONValue.string)) } ?? .null),
            ])),
            ("profile", encode(session.profile)),
            ("created_at", .string(session.createdAt)),
            ("updated_at", .string(session.updatedAt)),
        ]
        if let position = session.position { members.append(("position", .string(position))) }
        members.append(("answers", encode(session.answers, order: order)))
        if !session.droppedAnswers.isEmpty {
            members.append(("dropped_answers", encode(session.droppedAnswers, order: [])))
        }
        if !session.conflicts.isEmpty {
            members.append(("conflicts", encode(session.conflicts, order: order)))
        }
        if !session.actions.isEmpty { members.append(("actions", .array(session.actions.map(ImprovementCodec.encode)))) }
        if let baseline = session.baseline { members.append(("baseline", .string(baseline))) }
        return .object(members)
    }

    private static func encode(_ ratings: [String: AngleAnswer]) -> JSONValue {
        .object(ratings.keys.sorted().compactMap { angle -> (key: String, value: JSONValue)? in
            switch ratings[angle] {
            case let .rated(value)?: return (angle, .int(value))
            case let .notApplicable(reason)?: return (angle, .object([("na", .string(reason))]))
            case nil: return nil
            }
        })
    }

    /// Conflicts in questionnaire order, like answers; each assessor's answer in merge order.
    static func encode(_ conflicts: [String: CriterionConflict], order: [String]) -> JSONValue {
        let known = order.filter { conflicts[$0] != nil }
        let knownSet = Set(known)
        let rest = conflicts.keys.filter { !knownSet.contains($0) }.sorted { naturalIDLess($0, $1) }
        return .object((known + rest).compactMap { id in
            guard let conflict = conflicts[id] else { return nil }
            return (id, .object([
                ("angles", .array(conflict.angles.map(JSONValue.string))),
                ("answers", .array(conflict.answers.map { answer in
                    var members: [(key: String, value: JSONValue)] = [
                        ("assessor", .string(answer.assessor)), ("ratings", encode(answer.ratings)),
                    ]
                    if !answer.note.isEmpty { members.append(("note", .string(answer.note))) }
                    return .object(members)
                })),
            ]))
        })
    }

    static func encode(_ profile: Profile) -> JSONValue {
        .object([
            ("centre", .string(profile.centre)),
            ("site", .string(profile.site)),
            ("assessor", .string(profile.assessor)),
            ("date", .string(profile.date)),
            ("years_in_operation", profile.yearsInOperation.map { .int($0) } ?? .null),
            ("language", .string(profile.language.rawValue)),
        ])
    }

    /// Answers in questionnaire order, then any others sorted, so files diff cleanly.
    static func encode(_ answers: [String: CriterionAnswer], order: [String]) -> JSONValue {
        let known = order.filter { answers[$0] != nil }
        let knownSet = Set(known)
        let rest = answers.keys.filter { !knownSet.contains($0) }.sorted { naturalIDLess($0, $1) }
        return .object((known + rest).compactMap { id in
            guard let answer = answers[id] else { return nil }
            var members: [(key: String, value: JSONValue)] = []
            members.append(("ratings", encode(answer.ratings)))
            if !answer.note.isEmpty { members.append(("note", .string(answer.note))) }
            if answer.flagged { members.append(("flagged", .bool(true))) }
            if let changed = answer.changedAt { members.append(("changed_at", .string(changed))) }
            if !answer.evidence.isEmpty { members.append(("evidence", .array(answer.evidence.map(ImprovementCodec.encode)))) }
            return (id, .object(members))
        })
    }

    public static func decode(bytes: [UInt8], file: String) throws(LoadError) -> Session {
        let document = try JSONParser.parse(bytes, file: file)
        let log = ProblemLog(file: file)
        let session = decode(JSONReader(document, log: log))
        guard let session, log.problems.isEmpty else {
            throw LoadError(log.problems.isEmpty ? [Problem(file: file, location: "$", kind: .notASession)] : log.problems)
        }
        return session
    }

    private static func decode(_ root: JSONReader) -> Session? {
        guard root.object() != nil else { return nil }
        // The schema first: another kind of file, or a newer schema, gets that one
        // message rather than a list of keys this layout does not know.
        guard let schema = root.required("ccmm_session", .sessionSchema)?.int() else { return nil }
        guard schema == Session.schemaVersion else {
            root.log.add(root.child("ccmm_session"), .unsupportedFormat(.session, supported: Session.schemaVersion, found: String(schema)))
            return nil
        }
        root.rejectUnknownKeys(["ccmm_session", "questionnaire", "profile", "created_at", "updated_at", "position", "answers", "dropped_answers", "conflicts",
                                "actions", "baseline"])
        var reference: QuestionnaireReference?
        if let q = root.required("questionnaire", .object), q.object() != nil {
            q.rejectUnknownKeys(["id", "version", "hash", "criteria"])
            let id = q.required("id", .id)?.string()
            let version = q.required("version", .version)?.string()
            let hash = q.required("hash", .hash)?.string()
            let criteria = q.optional("criteria")?.array()?.compactMap { $0.string() }
            if let id, let version, let hash {
                reference = QuestionnaireReference(id: id, version: version, contentHash: hash, criterionIDs: criteria)
            }
        }
        let profile = root.required("profile", .object)?.decodeProfile()
        let created = root.required("created_at", .time)?.string()
        let updated = root.optional("updated_at")?.string()
        let position = root.optional("position")?.string()
        let answers = root.required("answers", .object)?.decodeAnswers()
        let dropped = root.optional("dropped_answers")?.decodeAnswers() ?? [:]
        let conflicts = root.optional("conflicts")?.decodeConflicts() ?? [:]
        let actions = root.optional("actions")?.decodeActions() ?? []
        let baseline = root.optional("baseline")?.string()
        guard let reference, let profile, let created, let answers else { return nil }
        return Session(questionnaire: reference, profile: profile, answers: answers, position: position,
                       createdAt: created, updatedAt: updated, droppedAnswers: dropped, conflicts: conflicts,
                       actions: actions, baseline: baseline)
    }
}

/// Longest note accepted in a session: generous for prose, small enough that a
/// runaway paste cannot make the file unwieldy.
public let maximumNoteLength = 100_000

extension JSONReader {
    func decodeProfile() -> Profile? {
        guard object() != nil else { return nil }
        rejectUnknownKeys(["centre", "site", "assessor", "date", "years_in_operation", "language"])
        var profile = Profile()
        profile.centre = optional("centre")?.string(nonEmpty: false) ?? ""
        profile.site = optional("site")?.string(nonEmpty: false) ?? ""
        profile.assessor = optional("assessor")?.string(nonEmpty: false) ?? ""
        profile.date = optional("date")?.string(nonEmpty: false) ?? ""
        profile.yearsInOperation = optional("years_in_operation")?.int(in: 0...200)
        if let reader = optional("language"), let text = reader.string() {
            if let language = Language(rawValue: text) { profile.language = language } else {
                log.add(reader.path, .notOneOf(["zh", "en"], found: text))
            }
        }
        return profile
    }

    func decodeAnswers() -> [String: CriterionAnswer]? {
        guard object() != nil else { return nil }
        var answers: [String: CriterionAnswer] = [:]
        for (id, reader) in members() {
            guard reader.object() != nil else { continue }
            reader.rejectUnknownKeys(["ratings", "note", "flagged", "changed_at", "evidence"])
            var answer = CriterionAnswer()
            answer.ratings = reader.optional("ratings")?.decodeRatings() ?? [:]
            answer.note = reader.decodeNote()
            answer.flagged = reader.optional("flagged")?.bool() ?? false
            answer.changedAt = reader.optional("changed_at")?.string()
            answer.evidence = reader.optional("evidence")?.decodeEvidence() ?? []
            answers[id] = answer
        }
        return answers
    }
}

extension JSONReader {
    /// `{ "<angle>": 10 | { "na": "reason" } }`.
    func decodeRatings() -> [String: AngleAnswer]? {
        guard object() != nil else { return nil }
        var ratings: [String: AngleAnswer] = [:]
        for (angle, value) in members() {
            if case .number = value.value {
                if let rating = value.int(in: 0...1000) { ratings[angle] = .rated(rating) }
            } else if case .object = value.value {
                value.rejectUnknownKeys(["na"])
                if let reason = value.required("na", .reason)?.string() {
                    ratings[angle] = .notApplicable(reason: reason)
                }
            } else {
                log.add(value.path, .wrongKind(.rating, found: value.value.kind))
            }
        }
        return ratings
    }

    /// The optional "note" member of this object, refused when longer than `maximumNoteLength`.
    func decodeNote() -> String {
        let note = optional("note")?.string(nonEmpty: false) ?? ""
        if note.count > maximumNoteLength {
            log.add(child("note"), .tooLong(.note, count: note.count, limit: maximumNoteLength))
        }
        return note
    }

    /// `{ "<criterion id>": { "angles": [...], "answers": [{ "assessor", "ratings", "note" }, ...] } }`.
    func decodeConflicts() -> [String: CriterionConflict]? {
        guard object() != nil else { return nil }
        var conflicts: [String: CriterionConflict] = [:]
        for (id, reader) in members() {
            guard reader.object() != nil else { continue }
            reader.rejectUnknownKeys(["angles", "answers"])
            let angles = reader.required("angles", .list)?.array()?.compactMap { $0.string() }
            let answers = reader.required("answers", .list)?.array()?.compactMap { item -> AssessorAnswer? in
                guard item.object() != nil else { return nil }
                item.rejectUnknownKeys(["assessor", "ratings", "note"])
                let assessor = item.required("assessor", .string)?.string()
                let ratings = item.optional("ratings")?.decodeRatings() ?? [:]
                let note = item.decodeNote()
                return assessor.map { AssessorAnswer(assessor: $0, ratings: ratings, note: note) }
            }
            if let answers, answers.isEmpty { log.add(reader.child("answers"), .noneGiven(.answer)) }
            if let angles, let answers { conflicts[id] = CriterionConflict(answers: answers, angles: angles) }
        }
        return conflicts
    }
}
