/// The words reports share, in the report's language, so that the three
/// formats say the same thing.
struct ReportWords {
    let language: Language

    func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    var reportTitle: String { t("自评报告", "Self-assessment report") }

    func questionnaireLine(_ q: Questionnaire) -> String {
        t("问卷：\(q.title.zh)（\(q.id)，版本 \(q.version)）", "Questionnaire: \(q.title.en) (\(q.id), version \(q.version))")
    }

    /// Which reading the percentages use; only level models have one.
    func countingLine(_ input: ReportInput) -> String? {
        countingValue(input).map { t("计数口径：", "Counting: ") + $0 }
    }

    func countingValue(_ input: ReportInput) -> String? {
        guard case .levels = input.questionnaire.scoring else { return nil }
        return CountingPhrases.name(input.scorecard.counting, language)
    }

    func progressLine(_ card: Scorecard) -> String {
        t("答题进度：", "Answered: ") + progressValue(card)
    }

    func progressValue(_ card: Scorecard) -> String {
        var text = t("\(card.answered)/\(card.questions)", "\(card.answered) of \(card.questions) questions")
        if card.notApplicable > 0 { text += t("（其中不适用 \(card.notApplicable)）", " (\(card.notApplicable) N/A)") }
        // N/A beside its limit, per scope a result is computed over (models.md §6).
        if !card.notApplicableScopes.isEmpty {
            text += t("；", "; ") + card.notApplicableScopes.map { NotApplicablePhrases.count($0, language) }.joined(separator: t("；", "; "))
        }
        return text
    }

    func provisionalLine(_ card: Scorecard) -> String {
        guard !card.provisional else {
            // The count, and what the model's rule does with the rest (models.md §6).
            return card.unanswered == .leftOut
                ? t("已答 \(card.answered)/\(card.questions) 个方面；未答的方面不计入平均，结果可能变化。",
                    "\(card.answered) of \(card.questions) aspects answered; unanswered aspects are left out of the means and the result may change.")
                : t("已答 \(card.answered)/\(card.questions) 题；未答按 0 分计，结果可能变化。",
                    "\(card.answered) of \(card.questions) questions answered; unanswered questions count as 0 and the result may change.")
        }
        return t("所有题目均已作答（或标为不适用）：结果不是暂定的。",
                "Every question is answered or N/A: the result is not provisional.")
    }

    func conflictLine(_ session: Session) -> String? {
        session.conflicts.isEmpty ? nil : ConsensusPhrases.lowerCounts(session.conflicts.count, language)
    }

    func provenance(_ provenance: Provenance) -> String? {
        switch provenance {
        case .source: return nil
        case .reconstructed: return t("重构", "reconstructed")
        case .outline: return t("非官方提纲", "unofficial outline")
        }
    }

    /// Profile fields in reading order; empty ones shown as "not given". Years
    /// in operation appear when given or when the model's levels need them.
    func profile(_ p: Profile, _ q: Questionnaire) -> [(String, String)] {
        let none = t("未填写", "not given")
        func value(_ text: String) -> String { text.isEmpty ? none : text }
        var fields = [
            (t("中心", "Centre"), value(p.centre)),
            (t("站点", "Site"), value(p.site)),
            (t("评估人", "Assessor"), value(p.assessor)),
            (t("评估日期", "Date"), value(p.date)),
        ]
        var needsYears = false
        if case let .levels(rules) = q.scoring {
            needsYears = rules.levels.contains { $0.requirements.contains { if case .years = $0 { return true } else { return false } } }
        }
        if needsYears || p.yearsInOperation != nil {
            fields.append((t("运营年限", "Years in operation"), p.yearsInOperation.map { t("\($0) 年", "\($0)") } ?? none))
        }
        return fields
    }

    /// "1.0 Design & planning"; a group whose id is a word ("enablers") shows its title alone.
    func group(_ group: Group) -> String {
        group.id.contains(where: \.isNumber) ? "\(group.id) \(group.title[language])" : group.title[language]
    }

    /// "10", "N/A", "—" (unanswered); levels carry their name: "3 Customer-centric".
    func rating(_ answer: AngleAnswer?, in q: Questionnaire, withLabel: Bool = false) -> String {
        switch answer {
        case let .rated(value)?:
            guard withLabel, let label = q.scale.labels[value] else { return String(value) }
            return "\(value) \(label[language])"
        case .notApplicable?: return t("不适用", "N/A")
        case nil: return "—"
        }
    }

    var unansweredWord: String { t("未答", "unanswered") }
    var flaggedWord: String { t("待复核", "flagged for review") }
    var notApplicableReasonWord: String { t("不适用理由", "N/A reason") }
    var noteWord: String { t("备注", "Note") }
    var conflictWord: String { t("评估人分歧", "Assessors disagree") }

    /// The headline result in one line: "Level: L1 Applied", "Outcome: Certified (61)"…
    func headline(_ input: ReportInput) -> String {
        let q = input.questionnaire
        switch input.scorecard.outcome {
        case let .levels(outcome):
            return t("等级：", "Level: ") + "\(outcome.achievedID) \(outcome.achievedName[language])"
        case let .meanLevel(outcome):
            if let count = outcome.withheld {
                return t("成熟度等级：", "Maturity level: ") + NotApplicablePhrases.withheldReason(count, language)
                    + (outcome.overall.map { t("（总体得分 \($0.truncated(places: 2))，仅供参考）", " (overall score \($0.truncated(places: 2)), for information only)") } ?? "")
            }
            guard let overall = outcome.overall, let level = outcome.level else {
                return t("等级：尚无作答，无法给出", "Level: nothing answered yet")
            }
            return t("成熟度等级：", "Maturity level: ") + "\(level.id) \(level.name[language])" + t("（总体得分 ", " (overall score ") + overall.formatted(places: 2) + t("）", ")")
        case let .bands(outcome):
            guard let band = outcome.band else {
                let reason = outcome.withheld.map { NotApplicablePhrases.withheldReason($0, language) } ?? NotApplicablePhrases.withheldName[language]
                return t("结果：", "Outcome: ") + reason + t("（总分 \(outcome.total.formatted(places: 1)) / \(outcome.maximum)，仅供参考）",
                                                           " (total \(outcome.total.formatted(places: 1)) of \(outcome.maximum), for information only)")
            }
            return t("结果：", "Outcome: ") + band.name[language] + t("（总分 \(outcome.total.formatted(places: 1)) / \(outcome.maximum)，按 \(outcome.wholeTotal) 分判定）",
                                                                         " (total \(outcome.total.formatted(places: 1)) of \(outcome.maximum), decided on \(outcome.wholeTotal))")
        case let .lowestGroup(outcome):
            if let count = outcome.withheld { return t("短板：", "Shortest stave: ") + NotApplicablePhrases.withheldReason(count, language) }
            guard let headline = outcome.headline else { return t("短板：尚无作答", "Shortest stave: nothing answered yet") }
            let title = q.group(headline.groupID)?.title[language] ?? headline.groupID
            var text = t("短板（最低模块）：", "Shortest stave (lowest module): ") + "\(headline.groupID) \(title) — \(headline.percent.formatted(places: 1))%"
            if let mean = outcome.mean { text += t("；各模块平均 ", "; mean of modules ") + mean.formatted(places: 1) + "%" }
            return text
        }
    }

    /// "Points" for points models, "Score" (mean level) for level models.
    func pointsHeader(_ q: Questionnaire) -> String {
        q.reportsAsLevels ? t("平均", "Mean") : t("得分", "Points")
    }

    func pointsText(_ row: CriterionRow, _ q: Questionnaire) -> String {
        if q.reportsAsLevels { return row.meanLevel?.formatted(places: 2) ?? "—" }
        guard let points = row.points(top: q.scale.top) else { return t("不适用", "N/A") }
        return "\(points.points)/\(points.maximum)"
    }

    /// Each assessor's answer on one line: "王: 方法 10, 执行 5 — note".
    func conflictLines(_ conflict: CriterionConflict, _ q: Questionnaire, angles: [String]) -> [String] {
        conflict.answers.map { answer in
            let ratings = angles.map { angle in
                "\(q.angle(angle)?.title[language] ?? angle) \(ConsensusPhrases.answer(answer.ratings[angle], language))"
            }.joined(separator: t("，", ", "))
            return "\(answer.assessor): \(ratings)" + (answer.note.isEmpty ? "" : " — " + answer.note)
        }
    }

    func disputedAngles(_ conflict: CriterionConflict, _ q: Questionnaire) -> String {
        t("分歧角度：", "Disputed: ") + conflict.angles.map { q.angle($0)?.title[language] ?? $0 }.joined(separator: t("、", ", "))
    }
}
