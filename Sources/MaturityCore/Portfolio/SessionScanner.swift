/// A quick reader of the common session file, for the portfolio's thousands
/// of files: it goes straight from bytes to a `Session`, without the
/// document tree and the JSON paths that `SessionCodec` keeps for its
/// messages. It accepts only what `SessionCodec` accepts and gives the same
/// session (SessionScannerTests compares the two over generated, corpus and
/// damaged files); anything it does not expect (a syntax error, an unknown
/// key, conflicts, evidence, actions) makes it give up with nil, and the
/// caller reads the file with `SessionCodec`, which names the problem.
/// Public for the benchmark's breakdown of one session's time.
public struct SessionScanner {
    private struct GiveUp: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

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

    // MARK: JSON, as strict as JSONParser

    private mutating func enterObject() throws(GiveUp) {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { throw GiveUp() }
        index += 1
    }

    /// The next member's key, leaving the position at its value; nil after
    /// the closing brace. `first` tells whether a comma is due.
    /// Walking an object's keys, each of which may appear once.
    private struct Members {
        var first = true
        var seen = Set<String>()
    }

    /// Enters an object whose keys are then read with `nextMember`.
    private mutating func members() throws(GiveUp) -> Members {
        try enterObject()
        return Members()
    }

    /// The next key of the object; a key given twice makes the file one for the full reader.
    private mutating func nextMember(_ members: inout Members) throws(GiveUp) -> String? {
        guard let key = try nextKey(&members.first) else { return nil }
        guard members.seen.insert(key).inserted else { throw GiveUp() }
        return key
    }

    private mutating func nextKey(_ first: inout Bool) throws(GiveUp) -> String? {
        skipWhitespace()
        guard index < bytes.count else { throw GiveUp() }
        if bytes[index] == UInt8(ascii: "}") {
            index += 1
            return nil
        }
        if first {
            first = false
        } else {
            guard bytes[index] == UInt8(ascii: ",") else { throw GiveUp() }
            index += 1
        }
        let key = try string(nonEmpty: false)
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw GiveUp() }
        index += 1
        return key
    }

    /// True (and past it) when the next value is null.
    private mutating func skipNull() throws(GiveUp) -> Bool {
        skipWhitespace()
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n") else { return false }
        guard bytes[index + 1] == UInt8(ascii: "u"), bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l") else { throw GiveUp() }
        index += 4
        return true
    }

    private mutating func boolean() throws(GiveUp) -> Bool {
        skipWhitespace()
        if matches("true") { return true }
        if matches("false") { return false }
        throw GiveUp()
    }

    private mutating func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
        index += count
        return true
    }

    /// A whole number in JSON's grammar (no fraction, no exponent, no leading zero) within `range`.
    private mutating func integer(in range: ClosedRange<Int>) throws(GiveUp) -> Int {
        skipWhitespace()
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw GiveUp() }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            throw GiveUp()
        }
        guard index - start <= 18 else { throw GiveUp() }
        var value = 0
        var negative = false
        for position in start..<index {
            if bytes[position] == UInt8(ascii: "-") { negative = true; continue }
            value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
        }
        if negative { value = -value }
        guard range.contains(value) else { throw GiveUp() }
        return value
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// A string; `nonEmpty` refuses one that is empty or only whitespace, as JSONReader does.
    private mutating func string(nonEmpty: Bool) throws(GiveUp) -> String {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw GiveUp() }
        let start = index + 1
        var end = start
        var ascii = true
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start, nonEmpty: nonEmpty) }
            if byte < 0x20 { throw GiveUp() }
            if byte >= 0x80 { ascii = false }
            end += 1
        }
        guard end < bytes.count else { throw GiveUp() }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let text: String
        if ascii {
            text = String(decoding: slice, as: UTF8.self)
        } else {
            guard let valid = String(validating: slice, as: UTF8.self) else { throw GiveUp() }
            text = valid
        }
        index = end + 1
        // A visible ASCII first character settles it without Unicode properties.
        let visible = end > start && bytes[start] > 0x20 && bytes[start] < 0x7F
        if nonEmpty && !visible && text.allSatisfy(\.isWhitespace) { throw GiveUp() }
        return text
    }

    /// The rare string with escapes, decoded scalar by scalar.
    private mutating func escapedString(from start: Int, nonEmpty: Bool) throws(GiveUp) -> String {
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        func flush() throws(GiveUp) {
            guard !run.isEmpty else { return }
            guard let text = String(validating: run, as: UTF8.self) else { throw GiveUp() }
            scalars.append(contentsOf: text.unicodeScalars)
            run.removeAll(keepingCapacity: true)
        }
        index = start
        while true {
            guard index < bytes.count else { throw GiveUp() }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                try flush()
                break
            }
            if byte < 0x20 { throw GiveUp() }
            guard byte == UInt8(ascii: "\\") else {
                run.append(byte)
                index += 1
                continue
            }
            try flush()
            index += 1
            guard index < bytes.count else { throw GiveUp() }
            let escape = bytes[index]
            index += 1
            if let scalar = JSONEscapes.single(escape) {
                scalars.append(scalar)
                continue
            }
            guard escape == UInt8(ascii: "u") else { throw GiveUp() }
            let value = try hex4()
            if (0xD800...0xDBFF).contains(value) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { throw GiveUp() }
                index += 2
                guard let scalar = JSONEscapes.pair(value, try hex4()) else { throw GiveUp() }
                scalars.append(scalar)
            } else {
                guard let scalar = Unicode.Scalar(value) else { throw GiveUp() }
                scalars.append(scalar)
            }
        }
        let text = String(scalars)
        if nonEmpty && text.allSatisfy(\.isWhitespace) { throw GiveUp() }
        return text
    }

    private mutating func hex4() throws(GiveUp) -> UInt32 {
        guard index + 4 <= bytes.count, let value = JSONEscapes.hex4(bytes, at: index) else { throw GiveUp() }
        index += 4
        return value
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            index += 1
        }
    }
}
