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
        var keys = try members()
        while let key = try nextMember(&keys) {
            switch key {
            case "ccmm_session": schema = try integer(in: Int.min...Int.max)
            case "questionnaire": reference = try questionnaireReference()
            case "profile": profile = try self.profile()
            case "created_at": created = try string(nonEmpty: true)
            case "updated_at": updated = (try skipNull() ? nil : try string(nonEmpty: true))
            case "position": position = (try skipNull() ? nil : try string(nonEmpty: true))
            case "baseline": baseline = (try skipNull() ? nil : try string(nonEmpty: true))
            case "answers": answers = try answerMap()
            case "dropped_answers": dropped = (try skipNull() ? nil : try answerMap()) ?? [:]
            case "conflicts", "actions":
                // Merged sessions and action plans: rare in a portfolio; the full reader takes them.
                guard try skipNull() else { throw GiveUp() }
            default: throw GiveUp()
            }
        }
        skipWhitespace()
        guard index == bytes.count, schema == Session.schemaVersion, let reference, let profile, let created, let answers else { throw GiveUp() }
        return Session(questionnaire: reference, profile: profile, answers: answers, position: position,
                       createdAt: created, updatedAt: updated, droppedAnswers: dropped, baseline: baseline)
    }

    private mutating func questionnaireReference() throws(GiveUp) -> QuestionnaireReference {
        var id: String?, version: String?, hash: String?, criteria: [String]?
        var keys = try members()
        while let key = try nextMember(&keys) {
            switch key {
            case "id": id = try string(nonEmpty: true)
            case "version": version = try string(nonEmpty: true)
            case "hash": hash = try string(nonEmpty: true)
            case "criteria": criteria = (try skipNull() ? nil : try stringArray())
            default: throw GiveUp()
            }
        }
        guard let id, let version, let hash else { throw GiveUp() }
        return QuestionnaireReference(id: id, version: version, contentHash: hash, criterionIDs: criteria)
    }

    private mutating func profile() throws(GiveUp) -> Profile {
        var profile = Profile()
        var keys = try members()
        while let key = try nextMember(&keys) {
            switch key {
            case "centre": profile.centre = (try skipNull() ? nil : try string(nonEmpty: false)) ?? ""
            case "site": profile.site = (try skipNull() ? nil : try string(nonEmpty: false)) ?? ""
            case "assessor": profile.assessor = (try skipNull() ? nil : try string(nonEmpty: false)) ?? ""
            case "date": profile.date = (try skipNull() ? nil : try string(nonEmpty: false)) ?? ""
            case "years_in_operation": profile.yearsInOperation = (try skipNull() ? nil : try integer(in: 0...200))
            case "language":
                if !(try skipNull()) {
                    let text = try string(nonEmpty: true)
                    guard let language = Language(rawValue: text) else { throw GiveUp() }
                    profile.language = language
                }
            default: throw GiveUp()
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
        // One bit per known key (any other key gives up): a set of strings per
        // answer was a measurable share of reading thousands of files.
        var seen: UInt8 = 0
        func once(_ bit: UInt8) throws(GiveUp) {
            guard seen & bit == 0 else { throw GiveUp() }
            seen |= bit
        }
        try enterObject()
        var first = true
        while let key = try nextKey(&first) {
            switch key {
            case "ratings":
                try once(1)
                answer.ratings = (try skipNull() ? nil : try ratings()) ?? [:]
            case "note":
                try once(2)
                let note = (try skipNull() ? nil : try string(nonEmpty: false)) ?? ""
                guard note.utf8.count <= maximumNoteLength || note.count <= maximumNoteLength else { throw GiveUp() }
                answer.note = note
            case "flagged":
                try once(4)
                answer.flagged = (try skipNull() ? nil : try boolean()) ?? false
            case "changed_at":
                try once(8)
                answer.changedAt = (try skipNull() ? nil : try string(nonEmpty: true))
            case "evidence":
                try once(16)
                guard try skipNull() else { throw GiveUp() }
            default: throw GiveUp()
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
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { throw GiveUp() }
        index += 1
        var items: [String] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return items }
        while true {
            items.append(try string(nonEmpty: true))
            skipWhitespace()
            guard index < bytes.count else { throw GiveUp() }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return items }
            throw GiveUp()
        }
    }
}
