/// A quick reader of questionnaire files, for start-up: the groups and
/// criteria — nearly all of a file's bytes — go straight from bytes to the
/// model, without the document tree and the JSON paths the full decoder
/// keeps for its messages. The small parts (scale, angles, scoring) are
/// parsed on their own and read by the full decoder's functions.
///
/// It accepts only what `QuestionnaireDecoder` accepts and gives the same
/// questionnaire (QuestionnaireScannerTests compares the two over the
/// built-in files, the test fixtures and damaged copies); anything it does
/// not expect — a syntax error, an unknown key, a problem of any kind, groups
/// before the scale — makes it give up with nil, and the full decoder reads
/// the file and names the problem.
struct QuestionnaireScanner: JSONScanning {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// Read before the groups, whose guidance it checks.
    private var scale: AnswerScale?
    /// Groups inside groups: real files nest two or three deep.
    private var depth = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    static func decode(_ data: [UInt8], hash: String) -> Questionnaire? {
        let scanned: Questionnaire? = data.withUnsafeBufferPointer { buffer in
            var scanner = QuestionnaireScanner(buffer)
            return try? scanner.document(hash: hash)
        }
        guard let scanned else { return nil }
        let log = ProblemLog(file: "")
        QuestionnaireValidator.check(scanned, log: log)
        return log.problems.isEmpty ? scanned : nil
    }

    // MARK: The file's layout (QuestionnaireDecoder's rules)

    private mutating func document(hash: String) throws(ScanGiveUp) -> Questionnaire {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        var format: Int?, id: String?, version: String?
        var title: LocalizedText?, summary: LocalizedText?, notice: LocalizedText?
        var angles: [Angle]?, groups: [Group]?, scoring: ScoringRules?
        try members(["format", "id", "version", "title", "summary", "notice", "scale", "angles", "scoring", "$schema", "groups"]) { scanner, key throws(ScanGiveUp) in
            switch key {
            case "format": format = try scanner.integer(in: Int.min...Int.max)
            case "id": id = try scanner.string(nonEmpty: true)
            case "version": version = try scanner.string(nonEmpty: true)
            case "title": title = try scanner.localizedText()
            case "summary": summary = try scanner.skipNull() ? nil : try scanner.localizedText()
            case "notice": notice = try scanner.skipNull() ? nil : try scanner.localizedText()
            case "scale": scanner.scale = try scanner.tree { $0.decodeScale() }
            case "angles": angles = try scanner.tree { $0.decodeAngles() }
            case "scoring": scoring = try scanner.tree { $0.decodeScoring() }
            case "$schema": _ = try scanner.tree { _ in true }
            default:
                guard scanner.scale != nil else { throw ScanGiveUp() }
                groups = try scanner.groupList()
            }
        }
        skipWhitespace()
        guard index == bytes.count, format == QuestionnaireDecoder.supportedFormat,
              let id, QuestionnaireDecoder.isWellFormedID(id), let version, let title,
              let scale, let angles, let groups, let scoring else { throw ScanGiveUp() }
        return Questionnaire(id: id, version: version, title: title, summary: summary, notice: notice,
                             scale: scale, angles: angles, groups: groups, scoring: scoring, contentHash: hash)
    }

    /// A non-empty list of groups.
    private mutating func groupList() throws(ScanGiveUp) -> [Group] {
        depth += 1
        defer { depth -= 1 }
        guard depth <= 16 else { throw ScanGiveUp() }
        var groups: [Group] = []
        try enterArray()
        var first = true
        while try nextItem(&first) { groups.append(try group()) }
        guard !groups.isEmpty else { throw ScanGiveUp() }
        return groups
    }

    private mutating func group() throws(ScanGiveUp) -> Group {
        var id: String?, title: LocalizedText?
        var groups: [Group] = [], criteria: [Criterion] = []
        try members(["id", "title", "groups", "criteria"]) { scanner, key throws(ScanGiveUp) in
            switch key {
            case "id": id = try scanner.string(nonEmpty: true)
            case "title": title = try scanner.localizedText()
            case "groups": groups = try scanner.skipNull() ? [] : try scanner.groupList()
            default: criteria = try scanner.skipNull() ? [] : try scanner.criterionList()
            }
        }
        // A group with neither (or with both empty) is a problem the decoder reports.
        guard let id, let title, !(groups.isEmpty && criteria.isEmpty) else { throw ScanGiveUp() }
        return Group(id: id, title: title, groups: groups, criteria: criteria)
    }

    /// A list of criteria; an empty one is allowed beside groups.
    private mutating func criterionList() throws(ScanGiveUp) -> [Criterion] {
        var criteria: [Criterion] = []
        try enterArray()
        var first = true
        while try nextItem(&first) { criteria.append(try criterion()) }
        return criteria
    }

    private mutating func criterion() throws(ScanGiveUp) -> Criterion {
        var id: String?, title: LocalizedText?, statement: LocalizedText?
        var provenance: Provenance?, questions: [Question]?
        try members(["id", "title", "statement", "provenance", "questions"]) { scanner, key throws(ScanGiveUp) in
            switch key {
            case "id": id = try scanner.string(nonEmpty: true)
            case "title": title = try scanner.localizedText()
            case "statement": statement = try scanner.localizedText()
            case "provenance":
                guard let known = Provenance(rawValue: try scanner.string(nonEmpty: true)) else { throw ScanGiveUp() }
                provenance = known
            default:
                var list: [Question] = []
                try scanner.enterArray()
                var first = true
                while try scanner.nextItem(&first) { list.append(try scanner.question()) }
                guard !list.isEmpty else { throw ScanGiveUp() }
                questions = list
            }
        }
        guard let id, let title, let statement, let provenance, let questions else { throw ScanGiveUp() }
        return Criterion(id: id, title: title, statement: statement, provenance: provenance, questions: questions)
    }

    private mutating func question() throws(ScanGiveUp) -> Question {
        var angle: String?, text: LocalizedText?, evidence: LocalizedText?
        var guidance: [Int: LocalizedText]?
        try members(["angle", "text", "evidence", "guidance"]) { scanner, key throws(ScanGiveUp) in
            switch key {
            case "angle": angle = try scanner.string(nonEmpty: true)
            case "text": text = try scanner.localizedText()
            case "evidence": evidence = try scanner.localizedText()
            default: guidance = try scanner.guidance()
            }
        }
        guard let angle, let text, let evidence, let guidance else { throw ScanGiveUp() }
        return Question(angle: angle, text: text, guidance: guidance, evidence: evidence)
    }

    /// One text per scale value, keyed by the value as written in decimal.
    private mutating func guidance() throws(ScanGiveUp) -> [Int: LocalizedText] {
        guard let scale else { throw ScanGiveUp() }
        var found = [Int: LocalizedText](minimumCapacity: scale.values.count)
        try enterObject()
        var first = true
        while let key = try nextKey(&first) {
            // "05" or "+5" would be read as 5 by the decoder too; rare enough to leave to it.
            guard let value = Int(key), String(value) == key, scale.contains(value) else { throw ScanGiveUp() }
            // A key given twice: the parser refuses the file.
            guard found.updateValue(try localizedText(), forKey: value) == nil else { throw ScanGiveUp() }
        }
        guard found.count == scale.values.count else { throw ScanGiveUp() }
        return found
    }

    /// `{ "zh": …, "en": … }`, both non-empty.
    private mutating func localizedText() throws(ScanGiveUp) -> LocalizedText {
        var zh: String?, en: String?
        try members(["zh", "en"]) { scanner, key throws(ScanGiveUp) in
            if key == "zh" { zh = try scanner.string(nonEmpty: true) } else { en = try scanner.string(nonEmpty: true) }
        }
        guard let zh, let en else { throw ScanGiveUp() }
        return LocalizedText(zh: zh, en: en)
    }

    /// A small part read the full decoder's way: parsed on its own, then
    /// decoded; any problem gives up.
    private mutating func tree<T>(_ read: (JSONReader) -> T?) throws(ScanGiveUp) -> T {
        let range = try skipValue()
        guard let value = try? JSONParser.parse(Array(UnsafeBufferPointer(rebasing: bytes[range]))) else { throw ScanGiveUp() }
        let log = ProblemLog(file: "")
        guard let result = read(JSONReader(value, log: log)), log.problems.isEmpty else { throw ScanGiveUp() }
        return result
    }
}
