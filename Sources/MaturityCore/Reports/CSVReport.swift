/// One row per criterion, UTF-8 with a byte-order mark (so that Excel opens
/// Chinese correctly), CRLF line ends, and every cell that a spreadsheet would
/// run as a formula neutralised.
public enum CSVReport {
    /// The UTF-8 byte-order mark, first in the file.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public static func render(_ input: ReportInput) -> [UInt8] {
        byteOrderMark + Array(renderText(input).utf8)
    }

    /// The CSV text without the byte-order mark.
    public static func renderText(_ input: ReportInput) -> String {
        let q = input.questionnaire, l = input.language
        let words = ReportWords(language: l)
        let card = input.scorecard
        var header = [
            words.t("问卷", "questionnaire"), words.t("版本", "version"),
            words.t("维度编号", "dimension_id"), words.t("维度", "dimension"),
            words.t("小节编号", "section_id"), words.t("小节", "section"),
            words.t("条目编号", "criterion_id"), words.t("条目", "criterion"), words.t("来源", "provenance"),
        ]
        header += q.angles.map { $0.title[l] }
        let baseline = input.comparison?.baseline.session
        if baseline != nil { header += q.angles.map { $0.title[l] + words.t("（基线）", " (baseline)") } }
        header += [
            q.reportsAsLevels ? words.t("得分（平均水平）", "score") : words.t("得分", "points"),
            q.reportsAsLevels ? words.t("作答方面数", "aspects_rated") : words.t("满分", "maximum"),
            words.t("不适用理由", "na_reason"), words.t("备注", "note"), words.t("待复核", "flagged"),
            words.t("评估人分歧", "conflict"),
        ]
        let plan = input.gapPlan.flatMap { $0.alreadyMet ? nil : $0 }
        var planned: [String: [PlannedChange]] = [:]
        if let plan {
            header.append(words.t("改进方案（目标 \(plan.target.id)）", "plan (target \(plan.target.id))"))
            for change in plan.changes { planned[change.criterionID, default: []].append(change) }
        }
        header += [words.t("计数口径", "counting"), words.t("暂定", "provisional")]
        var lines = [line(header)]
        let counting: String
        if case .levels = q.scoring { counting = card.counting.rawValue } else { counting = "" }
        let yes = words.t("是", "yes"), no = words.t("否", "no")
        for row in input.rows {
            var cells = [
                q.id, q.version,
                row.dimension?.id ?? "", row.dimension?.title[l] ?? "",
                row.section?.id ?? "", row.section?.title[l] ?? "",
                row.criterion.id, row.criterion.title[l], row.criterion.provenance.rawValue,
            ]
            for angle in q.angles {
                switch row.ratings.first(where: { $0.angle == angle.id })?.answer {
                case let .rated(value)?: cells.append(String(value))
                case .notApplicable?: cells.append("NA")
                case nil: cells.append("")
                }
            }
            if let baseline {
                for angle in q.angles {
                    switch baseline.answers[row.criterion.id]?.ratings[angle.id] {
                    case let .rated(value)?: cells.append(String(value))
                    case .notApplicable?: cells.append("NA")
                    case nil: cells.append("")
                    }
                }
            }
            if q.reportsAsLevels {
                cells.append(row.meanLevel?.formatted(places: 2) ?? "")
                cells.append("\(row.ratings.filter { $0.answer?.rating != nil }.count)/\(row.ratings.count)")
            } else if let points = row.points(top: q.scale.top) {
                cells += [String(points.points), String(points.maximum)]
            } else {
                cells += ["", ""]
            }
            cells.append(row.notApplicableReason ?? "")
            cells.append(row.note)
            cells.append(row.flagged ? yes : "")
            cells.append(row.conflict.map { words.conflictLines($0, q, angles: row.criterion.angleIDs).joined(separator: "\n") } ?? "")
            if plan != nil {
                cells.append((planned[row.criterion.id] ?? []).map { GapPlanPhrases.change($0, in: q, l) }.joined(separator: words.t("；", "; ")))
            }
            cells.append(counting)
            cells.append(card.provisional ? yes : no)
            lines.append(line(cells))
        }
        return lines.joined()
    }

    static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    /// One cell: a leading `=`, `+`, `-`, `@`, tab or carriage return gets a
    /// single quote in front (so a spreadsheet shows it as text instead of
    /// running it); then the cell is quoted when it holds a comma, a quote or
    /// a line break, with quotes doubled.
    public static func cell(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        var quoted = "\""
        for character in value {
            quoted.append(character)
            if character == "\"" { quoted.append("\"") }
        }
        return quoted + "\""
    }
}
