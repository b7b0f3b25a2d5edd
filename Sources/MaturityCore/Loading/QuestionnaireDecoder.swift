
/// Turns a questionnaire file into a `Questionnaire`, or into the complete
/// list of problems found in it (see Questionnaires/README.md for the layout).
public enum QuestionnaireDecoder {
    public static let supportedFormat = 1

    public static func load(path: String) throws(LoadError) -> Questionnaire {
        let bytes = try FileBytes.read(path: path, what: .questionnaire)
        return try decode(bytes: bytes, file: path)
    }

    public static func decode(bytes: [UInt8], file: String) throws(LoadError) -> Questionnaire {
        let hash = ContentHash.of(bytes)
        // A good file is read the quick way; any other is read again in full, for its messages.
        if let quick = QuestionnaireScanner.decode(bytes, hash: hash) { return quick }
        return try decodeInFull(bytes: bytes, file: file, hash: hash)
    }

    /// The reader that names every problem; the only one before QuestionnaireScanner.
    static func decodeInFull(bytes: [UInt8], file: String, hash: String) throws(LoadError) -> Questionnaire {
        let document = try JSONParser.parse(bytes, file: file)
        let log = ProblemLog(file: file)
        let questionnaire = decode(JSONReader(document, log: log), hash: hash)
        if let questionnaire, log.problems.isEmpty {
            QuestionnaireValidator.check(questionnaire, log: log)
        }
        guard let questionnaire, log.problems.isEmpty else {
            throw LoadError(log.problems.isEmpty ? [Problem(file: file, location: "$", kind: .notAQuestionnaire)] : log.problems)
        }
        return questionnaire
    }

    /// Lowercase ASCII letters, digits and hyphens: ids name files and appear in sessions.
    static func isWellFormedID(_ id: String) -> Bool {
        id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }

    private static func decode(_ root: JSONReader, hash: String) -> Questionnaire? {
        guard root.object() != nil else { return nil }
        root.rejectUnknownKeys(["format", "id", "version", "title", "summary", "notice", "scale", "angles", "groups", "scoring", "$schema"])
        if let format = root.required("format", .wholeNumber)?.int(), format != supportedFormat {
            root.log.add(root.child("format"), .unsupportedFormat(.questionnaire, supported: supportedFormat, found: String(format)))
        }
        let id = root.required("id", .id)?.string()
        if let id, !isWellFormedID(id) {
            root.log.add(root.child("id"), .badID(id))
        }
        let version = root.required("version", .version)?.string()
        let title = root.required("title", .text)?.localizedText()
        let summary = root.optional("summary")?.localizedText()
        let notice = root.optional("notice")?.localizedText()
        let scale = root.required("scale", .object)?.decodeScale()
        let angles = root.required("angles", .list)?.decodeAngles()
        let groups = root.required("groups", .list)?.decodeGroups(scale: scale)
        let scoring = root.required("scoring", .object)?.decodeScoring()
        guard let id, let version, let title, let scale, let angles, let groups, let scoring else { return nil }
        return Questionnaire(id: id, version: version, title: title, summary: summary, notice: notice,
                             scale: scale, angles: angles, groups: groups, scoring: scoring, contentHash: hash)
    }
}

extension JSONReader {
    func decodeScale() -> AnswerScale? {
        guard object() != nil else { return nil }
        rejectUnknownKeys(["values", "labels", "not_applicable"])
        let values = required("values", .list)?.array()?.compactMap { $0.int(in: 0...1000) }
        if let values {
            if values.isEmpty { log.add(child("values"), .noneGiven(.value)) }
            if values != values.sorted() || Set(values).count != values.count {
                log.add(child("values"), .scaleNotAscending)
            }
        }
        var labels: [Int: LocalizedText] = [:]
        if let reader = required("labels", .object), reader.object() != nil {
            for (key, label) in reader.members() {
                guard let value = Int(key), values?.contains(value) ?? false else {
                    log.add(reader.child(key), .notAScaleValue(key))
                    continue
                }
                labels[value] = label.localizedText()
            }
            // The keys are gathered once, not once per value: a file with thousands
            // of each took a minute. A repeated value is reported once.
            let keys = Set(reader.members().map(\.0))
            var reported = Set<Int>()
            for value in values ?? [] where labels[value] == nil && !keys.contains(String(value)) && reported.insert(value).inserted {
                log.add(reader.path, .missingLabel(value))
            }
        }
        let allowsNA = optional("not_applicable")?.bool() ?? false
        guard let values else { return nil }
        return AnswerScale(values: values, labels: labels, allowsNotApplicable: allowsNA)
    }

    func decodeAngles() -> [Angle]? {
        guard let items = array() else { return nil }
        if items.isEmpty { log.add(path, .noneGiven(.angle)) }
        let angles = items.compactMap { item -> Angle? in
            guard item.object() != nil else { return nil }
            item.rejectUnknownKeys(["id", "title", "hint"])
            let id = item.required("id", .id)?.string()
            let title = item.required("title", .text)?.localizedText()
            let hint = item.optional("hint")?.localizedText()
            guard let id, let title else { return nil }
            return Angle(id: id, title: title, hint: hint)
        }
        return angles.count == items.count ? angles : nil
    }

    func decodeGroups(scale: AnswerScale?) -> [Group]? {
        guard let items = array() else { return nil }
        if items.isEmpty { log.add(path, .noneGiven(.group)) }
        let groups = items.compactMap { $0.decodeGroup(scale: scale) }
        return groups.count == items.count ? groups : nil
    }

    func decodeGroup(scale: AnswerScale?) -> Group? {
        guard object() != nil else { return nil }
        rejectUnknownKeys(["id", "title", "groups", "criteria"])
        let id = required("id", .id)?.string()
        let title = required("title", .text)?.localizedText()
        let groups = optional("groups").map { $0.decodeGroups(scale: scale) } ?? []
        var criteria: [Criterion]? = []
        if let reader = optional("criteria") {
            // Not an array: reported as such, and not as an empty group as well.
            criteria = reader.array().flatMap { items in
                let decoded = items.compactMap { $0.decodeCriterion(scale: scale) }
                return decoded.count == items.count ? decoded : nil
            }
        }
        if !has("groups") && !has("criteria") {
            log.add(path, .emptyGroup(id: id, needsKey: true))
        } else if groups?.isEmpty == true && criteria?.isEmpty == true {
            log.add(path, .emptyGroup(id: id, needsKey: false))
        }
        guard let id, let title, let groups, let criteria else { return nil }
        return Group(id: id, title: title, groups: groups, criteria: criteria)
    }

    func decodeCriterion(scale: AnswerScale?) -> Criterion? {
        guard object() != nil else { return nil }
        rejectUnknownKeys(["id", "title", "statement", "provenance", "questions"])
        let id = required("id", .id)?.string()
        let title = required("title", .text)?.localizedText()
        let statement = required("statement", .text)?.localizedText()
        var provenance: Provenance?
        if let reader = required("provenance", .oneOf(["source", "reconstructed", "outline"])), let text = reader.string() {
            provenance = Provenance(rawValue: text)
            if provenance == nil {
                log.add(reader.path, .notOneOf(["source", "reconstructed", "outline"], found: text))
            }
        }
        var questions: [Question]?
        if let reader = required("questions", .list), let items = reader.array() {
            if items.isEmpty { log.add(reader.path, .noneGiven(.question)) }
            let decoded = items.compactMap { $0.decodeQuestion(scale: scale) }
            questions = decoded.count == items.count ? decoded : nil
        }
        guard let id, let title, let statement, let provenance, let questions else { return nil }
        return Criterion(id: id, title: title, statement: statement, provenance: provenance, questions: questions)
    }

    func decodeQuestion(scale: AnswerScale?) -> Question? {
        guard object() != nil else { return nil }
        rejectUnknownKeys(["angle", "text", "guidance", "evidence"])
        let angle = required("angle", .id)?.string()
        let text = required("text", .text)?.localizedText()
        let evidence = required("evidence", .text)?.localizedText()
        var guidance: [Int: LocalizedText]?
        if let reader = required("guidance", .object), reader.object() != nil {
            var found: [Int: LocalizedText] = [:]
            var complete = true
            for (key, item) in reader.members() {
                guard let value = Int(key), scale?.contains(value) ?? true else {
                    log.add(reader.child(key), .notAScaleValue(key))
                    complete = false
                    continue
                }
                if let text = item.localizedText() { found[value] = text } else { complete = false }
            }
            for value in scale?.values ?? [] where found[value] == nil && complete {
                log.add(reader.path, .missingGuidance(value))
                complete = false
            }
            guidance = complete ? found : nil
        }
        guard let angle, let text, let evidence, let guidance else { return nil }
        return Question(angle: angle, text: text, guidance: guidance, evidence: evidence)
    }
}
