import MaturityCore

/// The summary `ccmm merge` prints: what was merged, conflicts and agreement.
enum MergeText {
    static func render(_ result: MergeResult, questionnaire q: Questionnaire, output: String, language l: Language) -> String {
        func t(_ chinese: String, _ english: String) -> String { l == .zh ? chinese : english }
        let conflicts = result.session.conflicts.count
        var out = t("已将 \(result.assessors.count) 份评估（\(result.assessors.joined(separator: "、"))）合并为 \(output)：",
                    "Merged \(result.assessors.count) assessments (\(result.assessors.joined(separator: ", "))) into \(output): ")
        out += t("\(result.session.answers.count) 条有答案，\(conflicts) 条有分歧。\n",
                 "\(result.session.answers.count) criteria answered, \(conflicts) in conflict.\n")
        if conflicts > 0 {
            out += ConsensusPhrases.lowerCounts(conflicts, l) + "\n"
            let ids = result.session.conflictIDs(in: q)
            out += t("有分歧的条目：", "Criteria in conflict: ") + ids.prefix(40).joined(separator: ", ")
                + (ids.count > 40 ? t(" 等", " …") : "") + "\n"
        }
        out += "\n" + AgreementText.render(result.agreement, questionnaire: q, language: l)
        for remark in result.remarks { out += t("注意：", "Note: ") + remark[l] + "\n" }
        return out
    }
}

/// The agreement table, shared by `ccmm merge` and anything else that prints it.
enum AgreementText {
    static func render(_ report: AgreementReport, questionnaire q: Questionnaire, language l: Language) -> String {
        func t(_ chinese: String, _ english: String) -> String { l == .zh ? chinese : english }
        var out = t("评估人一致性", "Agreement between assessors") + " — " + ConsensusPhrases.kappaName(report.kind, l)
        out += t("（类别：\(report.categories.joined(separator: "、"))）\n", " (categories: \(report.categories.joined(separator: ", ")))\n")
        var rows: [[String]] = [[t("角度", "Angle"), t("题数", "Items"), t("完全一致", "Exact agreement"), "kappa", ""]]
        for row in report.angles + [report.overall] {
            let name = row.angle.map { q.angle($0)?.title[l] ?? $0 } ?? t("全部", "All angles")
            rows.append([name, String(row.items),
                         row.exact.map { ($0 * Fraction(100)).formatted(places: 1) + "%" } ?? "—",
                         row.kappa.map { ConsensusPhrases.kappa($0) } ?? t("无法计算", "undefined"),
                         row.kappa.map { Kappa.strength($0, l) } ?? ""])
        }
        out += TextTable.render(rows, rightAligned: [1, 2, 3])
        if report.overall.leftOut > 0 {
            out += t("有 \(report.overall.leftOut) 道题并非所有评估人都作答，未计入。\n",
                     "\(report.overall.leftOut) questions not answered by every assessor are left out.\n")
        }
        if report.angles.contains(where: { $0.items > 0 && $0.kappa == nil }) || (report.overall.items > 0 && report.overall.kappa == nil) {
            out += t("kappa 无法计算：所有答案都在同一类别，随机一致率为 1。\n",
                     "kappa is undefined where every answer falls in one category (chance agreement is 1).\n")
        }
        return out
    }
}
