/// Builds session answers from a CSV a person wrote or exported.
///
/// Points models take one row per criterion: `id,<angle>,<angle>,note`
/// (for CC-CMM-OC `id,method,execution,note`). Level models such as SEE-CMM
/// take one row per aspect: `id,level,note` with ids like `1.approach`.
/// A rating is a scale value, `NA` (the reason goes in `note`) or empty
/// (unanswered). Any bad row refuses the whole import, listing every problem.
public enum AnswerImport {
    public static func expectedHeader(for q: Questionnaire) -> [String] {
        q.notApplicableIsPerCriterion ? ["id"] + q.angles.map(\.id) + ["note"] : ["id", "level", "note"]
    }

    public static func answers(csv bytes: [UInt8], file: String, questionnaire q: Questionnaire,
                               time: String) throws(LoadError) -> [String: CriterionAnswer] {
        let table: CSVTable
        do { table = try CSVTable.parse(bytes) } catch {
            throw LoadError(file: file, place: .line(error.line), .csv(error.problem))
        }
        guard let header = table.rows.first else {
            throw LoadError(file: file, place: .line(1), .csvEmpty(header: expectedHeader(for: q)))
        }
        let expected = expectedHeader(for: q)
        let names = header.fields.map { $0.trimmingWhitespace.lowercased() }
        if ReportCSVImport.isReport(names) {
            return try ReportCSVImport.answers(table, names: names, file: file, questionnaire: q, time: time)
        }
        guard names == expected else {
            throw LoadError(file: file, place: .line(header.line),
                            .csvHeader(expected: expected, found: clip(header.fields.joined(separator: ","), 120)))
        }
        var problems: [Problem] = []
        var answers: [String: CriterionAnswer] = [:]
        var seen: [String: Int] = [:]
        for row in table.rows.dropFirst() {
            func fail(_ kind: ProblemKind) { problems.append(Problem(file: file, place: .line(row.line), kind: kind)) }
            guard row.fields.count == expected.count else {
                fail(.csvFieldCount(expected: expected, found: row.fields.count))
                continue
            }
            let id = row.fields[0].trimmingWhitespace
            let note = row.fields[expected.count - 1]
            if let first = seen[id] {
                fail(.csvListedTwice(clip(id), firstLine: first))
                continue
            }
            seen[id] = row.line
            if note.count > maximumNoteLength { fail(.tooLong(.note, count: note.count, limit: maximumNoteLength)) }
            let cells = row.fields.dropFirst().dropLast()
            if note.trimmingWhitespace.isEmpty && cells.contains(where: { notApplicableTokens.contains($0.trimmingWhitespace.lowercased()) }) {
                fail(.csvNeedsReason)
                continue
            }
            if q.notApplicableIsPerCriterion {
                guard let criterion = q.criterion(id) else {
                    fail(.noSuchCriterion(clip(id), questionnaire: q.id, version: nil))
                    continue
                }
                var record = CriterionAnswer(note: note, changedAt: time)
                var naCount = 0
                for (offset, angle) in q.angles.enumerated() where criterion.question(for: angle.id) != nil {
                    let cell = row.fields[offset + 1]
                    switch parse(cell, reason: note, q: q) {
                    case let .success(answer?):
                        if answer.isNotApplicable { naCount += 1 }
                        record.ratings[angle.id] = answer
                    case .success(nil): break
                    case let .failure(kind): fail(.csvCell(column: angle.id, text: clip(cell), kind))
                    }
                }
                if naCount > 0 && naCount != criterion.questions.count {
                    fail(.notApplicableWholeCriterion)
                }
                if naCount > 0 { record.note = "" }  // the note was the reason
                if !record.isEmpty { answers[id] = record }
            } else {
                let parts = id.split(separator: ".", maxSplits: 1).map(String.init)
                guard parts.count == 2, let criterion = q.criterion(parts[0]) else {
                    fail(.csvNoAnswerID(clip(id), example: q.criteria.first.flatMap { c in c.questions.first.map { "\(c.id).\($0.angle)" } } ?? "1.approach"))
                    continue
                }
                guard criterion.question(for: parts[1]) != nil else {
                    fail(.csvNoAspect(criterion: parts[0], aspect: clip(parts[1]), expected: criterion.angleIDs))
                    continue
                }
                var record = answers[parts[0]] ?? CriterionAnswer(changedAt: time)
                switch parse(row.fields[1], reason: note, q: q) {
                case let .success(answer?):
                    record.ratings[parts[1]] = answer
                    if !answer.isNotApplicable && !note.isEmpty {
                        record.note += (record.note.isEmpty ? "" : "\n") + "[\(parts[1])] " + note
                    }
                case .success(nil):
                    if !note.isEmpty { record.note += (record.note.isEmpty ? "" : "\n") + "[\(parts[1])] " + note }
                case let .failure(kind): fail(.csvCell(column: "level", text: clip(row.fields[1]), kind))
                }
                if !record.isEmpty { answers[parts[0]] = record }
            }
        }
        guard problems.isEmpty else { throw LoadError(problems) }
        return answers
    }

    /// What a cell may say for N/A: the plain CSV's NA, and the CSV report's
    /// own word in either language, so that the report imports back.
    static let notApplicableTokens: Set<String> = ["na", "n/a", "不适用"]

    private enum Parsed { case success(AngleAnswer?), failure(ProblemKind) }

    private static func parse(_ cell: String, reason: String, q: Questionnaire) -> Parsed {
        let text = cell.trimmingWhitespace
        if text.isEmpty { return .success(nil) }
        let answer: AngleAnswer
        if notApplicableTokens.contains(text.lowercased()) {
            guard !reason.trimmingWhitespace.isEmpty else { return .failure(.csvNeedsReason) }
            answer = .notApplicable(reason: reason.trimmingWhitespace)
        } else if let value = Int(text) {
            answer = .rated(value)
        } else {
            return .failure(.csvCellValue(allowed: q.scale.values))
        }
        if let kind = q.check(answer) { return .failure(kind) }
        return .success(answer)
    }
}

/// Text from the file as quoted in a message: a stray 10 MB cell (or a whole
/// file on one line, given where a CSV was meant) must not flood the terminal.
private func clip(_ text: String, _ limit: Int = 60) -> String {
    text.count <= limit ? text : String(text.prefix(limit)) + "…"
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
