/// A quick reader of the common session file, for the portfolio's thousands
/// of files: it goes straight from bytes to a `Session`, without the
/// document tree and the JSON paths that `SessionCodec` keeps for its
/// messages. It accepts only what `SessionCodec` accepts and gives the same
/// session (SessionScannerTests compares the two over generated, corpus and
/// damaged files); anything it does not expect (a syntax error, an unknown
/// key, conflicts, evidence, actions) makes it give up with nil, and the
/// caller reads the file with `SessionCodec`, which names the problem.
/// Public for the benchmark's breakdown of one session's time.
public struct SessionScanner: JSONScanning {
    private typealias GiveUp = ScanGiveUp

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    public static func decode(_ data: [UInt8]) -> Session? {
        data.withUnsafeBufferPointer { buffer in
            var scanner = SessionScanner(buffer)
            return try? scanner.document()
        }
    }

    // MARK: The session's layout (SessionCodec's rules)

    private mutating func document() throws(GiveUp) -> Session {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        var schema: Int?
        var reference: QuestionnaireReference?
        var profile: Profile?
        var created: String?, updated: String?, position: String?, baseline: String?
        var answers: [String: CriterionAnswer]?
        var dropped: [String: CriterionAnswer] = [:]
        try members(["ccmm_session", "questionnaire", "profile", "created_at", "updated_at", "position", "baseline",
                     "answers", "dropped_answers", "conflicts", "actions"]) { scanner, key throws(GiveUp) in
            switch key {
            case "ccmm_session": schema = try scanner.integer(in: Int.min...Int.max)
            case "questionnaire": reference = try scanner.questionnaireReference()
            case "profile": profile = try scanner.profile()
            case "created_at": created = try scanner.string(nonEmpty: true)
            case "updated_at": updated = (try scanner.skipNull() ? nil : try scanner.string(nonEmpty: true))
            case "position": position = (try scanner.skipNull() ? nil : try scanner.string(nonEmpty: true))
            case "baseline": baseline = (try scanner.skipNull() ? nil : try scanner.string(nonEmpty: true))
            case "answers": answers = try scanner.answerMap()
            case "dropped_answers": dropped = (try scanner.skipNull() ? nil : try scanner.answerMap()) ?? [:]
            default:
                // conflicts, actions: merged sessions and action plans, rare in a portfolio; the full reader takes them.
                guard try scanner.skipNull() else { throw GiveUp() }
            }
        }
        skipWhitespace()
        guard index == bytes.count, schema == Session.schemaVersion, let reference, let profile, let created, let answers else { throw GiveUp() }
        return Session(questionnaire: reference, profile: profile, answers: answers, position: position,
                       createdAt: created, updatedAt: updated, droppedAnswers: dropped, baseline: baseline)
    }

    private mutating func questionnaireReference() throws(GiveUp) -> QuestionnaireReference {
        var id: String?, version: String?, hash: String?, criteria: [String]?
        try members(["id", "version", "hash", "criteria"]) { scanner, key throws(GiveUp) in
            switch key {
            case "id": id = try scanner.string(nonEmpty: true)
            case "version": version = try scanner.string(nonEmpty: true)
            case "hash": hash = try scanner.string(nonEmpty: true)
            default: criteria = (try scanner.skipNull() ? nil : try scanner.stringArray())
            }
        }
        guard let id, let version, let hash else { throw GiveUp() }
        return QuestionnaireReference(id: id, version: version, contentHash: hash, criterionIDs: criteria)
    }

    private mutating func profile() throws(GiveUp) -> Profile {
        var profile = Profile()
        try members(["centre", "site", "assessor", "date", "years_in_operation", "language"]) { scanner, key throws(GiveUp) in
            switch key {
            case "centre": profile.centre = (try scanner.skipNull() ? nil : try scanner.string(nonEmpty: false)) ?? ""
            case "site": profile.site = (try scanner.skipNull() ? nil : try scanner.string(nonEmpty: false)) ?? ""
            case "assessor": profile.assessor = (try scanner.skipNull() ? nil : try scanner.string(nonEmpty: false)) ?? ""
            case "date": profile.date = (try scanner.skipNull() ? nil : try scanner.string(nonEmpty: false)) ?? ""
            case "years_in_operation": profile.yearsInOperation = (try scanner.skipNull() ? nil : try scanner.integer(in: 0...200))
            default:
                if !(try scanner.skipNull()) {
                    let text = try scanner.string(nonEmpty: true)
                    guard let language = Language(rawValue: text) else { throw GiveUp() }
                    profile.language = language
                }
            }
        }
        return profile
    }

    private mutating func answerMap() throws(GiveUp) -> [String: CriterionAnswer] {
        var answers: [String: CriterionAnswer] = [:]
        try enterObject()
        var first = true
        while let id = try nextKey(&first) {
            let answer = try self.answer()
            guard answers.updateValue(answer, forKey: id) == nil else { throw GiveUp() }
        }
        return answers
    }

    private mutating func answer() throws(GiveUp) -> CriterionAnswer {
        var answer = CriterionAnswer()
        try members(["ratings", "note", "flagged", "changed_at", "evidence"]) { scanner, key throws(GiveUp) in
            switch key {
            case "ratings": answer.ratings = (try scanner.skipNull() ? nil : try scanner.ratings()) ?? [:]
            case "note":
                let note = (try scanner.skipNull() ? nil : try scanner.string(nonEmpty: false)) ?? ""
                guard note.utf8.count <= maximumNoteLength || note.count <= maximumNoteLength else { throw GiveUp() }
                answer.note = note
            case "flagged": answer.flagged = (try scanner.skipNull() ? nil : try scanner.boolean()) ?? false
            case "changed_at": answer.changedAt = (try scanner.skipNull() ? nil : try scanner.string(nonEmpty: true))
            default: guard try scanner.skipNull() else { throw GiveUp() }    // evidence: the full reader takes it
            }
        }
        return answer
    }

    private mutating func ratings() throws(GiveUp) -> [String: AngleAnswer] {
        // Most criteria have two angles: room for them from the start.
        var ratings = [String: AngleAnswer](minimumCapacity: 2)
        try enterObject()
        var first = true
        while let angle = try nextKey(&first) {
            skipWhitespace()
            guard index < bytes.count else { throw GiveUp() }
            let value: AngleAnswer
            if bytes[index] == UInt8(ascii: "{") {
                var reason: String?
                try enterObject()
                var firstOfReason = true
                while let key = try nextKey(&firstOfReason) {
                    guard key == "na", reason == nil else { throw GiveUp() }
                    reason = try string(nonEmpty: true)
                }
                guard let reason else { throw GiveUp() }
                value = .notApplicable(reason: reason)
            } else {
                value = .rated(try integer(in: 0...1000))
            }
            guard ratings.updateValue(value, forKey: angle) == nil else { throw GiveUp() }
        }
        return ratings
    }

    private mutating func stringArray() throws(GiveUp) -> [String] {
        var items: [String] = []
        try enterArray()
        var first = true
        while try nextItem(&first) { items.append(try string(nonEmpty: true)) }
        return items
    }

}
