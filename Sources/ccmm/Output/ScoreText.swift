import MaturityCore
import TerminalUI

/// The human-readable scorecard of `ccmm score`.
enum ScoreText {
    static func render(_ card: Scorecard, questionnaire q: Questionnaire, session: Session, language zh: Language) -> String {
        let l = zh
        func t(_ chinese: String, _ english: String) -> String { l == .zh ? chinese : english }
        var out = "\(q.title[l]) (\(q.id) \(q.version))\n"
        let p = session.profile
        var profile: [String] = []
        if !p.centre.isEmpty { profile.append(t("中心：", "Centre: ") + p.centre) }
        if !p.site.isEmpty { profile.append(t("站点：", "Site: ") + p.site) }
        if !p.assessor.isEmpty { profile.append(t("评估人：", "Assessor: ") + p.assessor) }
        if !p.date.isEmpty { profile.append(t("日期：", "Date: ") + p.date) }
        profile.append(t("运营年限：", "Years in operation: ") + (p.yearsInOperation.map(String.init) ?? t("未填写", "not given")))
        out += profile.joined(separator: "   ") + "\n"
        out += t("答题进度：", "Answered: ") + "\(card.answered)/\(card.questions)"
        if card.notApplicable > 0 { out += t("（其中不适用 \(card.notApplicable)）", " (\(card.notApplicable) N/A)") }
        out += "\n"
        if card.provisional {
            out += t("【暂定】尚有题目未作答，未答按 0 分计，结果可能变化。\n", "PROVISIONAL: some questions are unanswered and count as 0; the result may change.\n")
        }
        out += "\n"
        switch card.outcome {
        case let .levels(outcome):
            out += t("计数口径：", "Reading: ") + CountingPhrases.name(card.counting, l) + "\n\n"
            out += groupTable(card, q, l) + "\n"
            out += t("等级：", "Level: ") + "\(outcome.achievedID) \(outcome.achievedName[l])\n"
            if let next = outcome.next {
                out += t("下一级：", "Next level: ") + "\(next.rule.id) \(next.rule.name[l])"
                out += "  " + ProgressBar.text(outcome.progressToNext, width: 20) + "\n"
                var rows: [[String]] = []
                for status in next.requirements {
                    rows.append([status.met ? "[✓]" : "[✗]", RequirementPhrases.describe(status.requirement, in: q, l),
                                 RequirementPhrases.actual(status, l), t("要求 ", "needs ") + RequirementPhrases.required(status, l),
                                 RequirementPhrases.shortfall(status, in: q, counting: card.counting, l) ?? ""])
                }
                out += indent(TextTable.render(rows))
            } else {
                out += t("已达到最高等级。\n", "The highest level is reached.\n")
            }
        case let .meanLevel(outcome):
            out += reportCard(outcome, q, session, l) + "\n"
            if let overall = outcome.overall, let level = outcome.level {
                out += t("总体得分：", "Overall score: ") + overall.truncated(places: 2) + "   " + t("成熟度等级：", "Maturity level: ") + "\(level.id) \(level.name[l])\n"
                if let meaning = level.meaning { out += "  " + meaning[l] + "\n" }
            } else {
                out += t("尚无作答，无法给出等级。\n", "Nothing answered yet: no level.\n")
            }
            if let weakest = outcome.weakest, let criterion = q.criterion(weakest.criterionID), let score = weakest.score {
                out += t("最弱项：", "Weakest criterion: ") + "\(criterion.id) \(criterion.title[l]) (\(score.formatted(places: 2)))\n"
            }
        case let .bands(outcome):
            var rows: [[String]] = [[t("类别", "Category"), t("分值", "Weight"), t("得分", "Points")]]
            for category in outcome.categories {
                rows.append(["\(category.groupID) \(q.group(category.groupID)?.title[l] ?? "")", String(category.weight), category.applicable ? category.score.formatted(places: 1) : "N/A"])
            }
            rows.append([t("合计", "Total"), String(outcome.maximum), outcome.total.formatted(places: 1)])
            out += TextTable.render(rows, rightAligned: [1, 2]) + "\n"
            out += t("结果：", "Outcome: ") + outcome.band.name[l] + t("（按四舍五入后的 \(outcome.wholeTotal) 分判定）", " (decided on the total rounded to \(outcome.wholeTotal))") + "\n"
            if let meaning = outcome.band.meaning { out += "  " + meaning[l] + "\n" }
        case let .lowestGroup(outcome):
            out += groupTable(card, q, l) + "\n"
            if let headline = outcome.headline, let mean = outcome.mean {
                out += t("短板（最低模块）：", "Shortest stave (lowest module): ") + "\(headline.groupID) \(q.group(headline.groupID)?.title[l] ?? "") — \(headline.percent.formatted(places: 1))%\n"
                out += t("各模块平均：", "Mean of modules: ") + mean.formatted(places: 1) + "%\n"
            }
        }
        if let notice = q.notice { out += "\n" + t("说明：", "Note: ") + notice[l] + "\n" }
        return out
    }

    private static func groupTable(_ card: Scorecard, _ q: Questionnaire, _ l: Language) -> String {
        let angles = q.angles.filter { angle in card.groups.contains { $0.tally(angle.id) != nil } }
        var rows: [[String]] = [[l == .zh ? "维度" : "Dimension"] + angles.map { $0.title[l] + " %" } + [l == .zh ? "得分" : "Points", l == .zh ? "满分" : "Max"]]
        for group in card.groups {
            rows.append(["\(group.groupID) \(group.title[l])"]
                + angles.map { group.tally($0.id)?.percent(card.counting)?.formatted(places: 1) ?? "—" }
                + [String(group.points), String(group.maximum)])
        }
        rows.append([l == .zh ? "合计" : "Total"] + angles.map { _ in "" } + [String(card.total), String(card.applicableMaximum)])
        return TextTable.render(rows, rightAligned: Set(1...(angles.count + 2)))
    }

    /// The SEE-CMM report card: a row per criterion, a column per level, a mark per aspect.
    private static func reportCard(_ outcome: MeanLevelOutcome, _ q: Questionnaire, _ session: Session, _ l: Language) -> String {
        var rows: [[String]] = [[l == .zh ? "标准" : "Criterion"] + q.scale.values.map { "\($0) \(q.scale.labels[$0]?[l] ?? "")" } + [l == .zh ? "得分" : "Score"]]
        for (criterion, score) in zip(q.criteria, outcome.criteria) {
            let record = session.answers[criterion.id]
            let columns = q.scale.values.map { value in
                criterion.questions.filter { record?.ratings[$0.angle] == .rated(value) }.map { _ in "●" }.joined()
            }
            rows.append(["\(criterion.id) \(criterion.title[l])"] + columns + [score.score?.formatted(places: 2) ?? "—"])
        }
        return TextTable.render(rows, rightAligned: [q.scale.values.count + 1])
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    }
}

/// A text progress bar that is full only at 1.
enum ProgressBar {
    static func text(_ fraction: Double, width: Int) -> String {
        let filled = fraction >= 1 ? width : min(Int(fraction * Double(width)), width - 1)
        return "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "] \(Int(fraction * 100))%"
    }
}
