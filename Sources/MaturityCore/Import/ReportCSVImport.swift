/// Reads back the CSV that `ccmm report --format csv` (or the wizard's report
/// key) writes, in either language: the criterion id, one column per angle
/// titled as the questionnaire titles it, the N/A reason, the note and the
/// review flag. The rest (scores, plan) is derived and ignored.
enum ReportCSVImport {
    static func isReport(_ names: [String]) -> Bool {
        names.contains("criterion_id") || names.contains("条目编号")
    }

    static func answers(_ table: CSVTable, names: [String], file: String, questionnaire q: Questionnaire,
                        time: String) throws(LoadError) -> [String: CriterionAnswer] {
        guard q.notApplicableIsPerCriterion else {
            throw LoadError(file: file, place: .line(1), .reportCSVHoldsScores(questionnaire: q.id))
        }
        func column(_ candidates: [String]) -> Int? { names.firstIndex { candidates.contains($0) } }
        var missing: [String] = []
        let id = column(["criterion_id", "条目编号"])
        let angles = q.angles.map { angle in (angle.id, column([angle.title.en.lowercased(), angle.title.zh.lowercased()])) }
        for (angle, index) in angles where index == nil { missing.append(angle) }
        let reason = column(["na_reason", "不适用理由"]), note = column(["note", "备注"]), flagged = column(["flagged", "待复核"])
        if reason == nil { missing.append("na_reason") }
        if note == nil { missing.append("note") }
        guard let id, missing.isEmpty else {
            throw LoadError(file: file, place: .line(1), .reportCSVMissingColumns((id == nil ? ["criterion_id"] : []) + missing))
        }
        // The same rows in the plain layout, so that every check of a plain import applies.
        var plain = [AnswerImport.expectedHeader(for: q).joined(separator: ",")]
        var extras: [String: (note: String, flagged: Bool)] = [:]
        for row in table.rows.dropFirst() {
            func cell(_ index: Int?) -> String { index.flatMap { row.fields.indices.contains($0) ? unneutralised(row.fields[$0]) : nil } ?? "" }
            let ratings = angles.map { cell($0.1) }
            let isNA = ratings.contains { AnswerImport.notApplicableTokens.contains($0.trimmingWhitespace.lowercased()) }
            plain.append(([cell(id)] + ratings + [isNA ? cell(reason) : cell(note)]).map(quoted).joined(separator: ","))
            extras[cell(id).trimmingWhitespace] = (cell(note), ["yes", "是", "true"].contains(cell(flagged).lowercased()))
        }
        var answers = try AnswerImport.answers(csv: Array(plain.joined(separator: "\n").utf8), file: file, questionnaire: q, time: time)
        for (criterion, extra) in extras where !extra.note.isEmpty || extra.flagged {
            var record = answers[criterion] ?? CriterionAnswer(changedAt: time)
            record.note = extra.note
            record.flagged = extra.flagged
            answers[criterion] = record
        }
        return answers
    }

    /// The report puts a quote before a cell a spreadsheet would run as a formula.
    static func unneutralised(_ text: String) -> String {
        guard text.hasPrefix("'"), let next = text.dropFirst().unicodeScalars.first,
              ["=", "+", "-", "@", "\t", "\r"].contains(next) else { return text }
        return String(text.dropFirst())
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }
}
