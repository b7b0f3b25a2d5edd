/// A table as words, rendered alike by the HTML and Markdown reports.
struct ReportTable {
    var header: [String]
    var rows: [[String]]
    /// Columns aligned right (numbers).
    var numeric: Set<Int> = []
}

/// The gap plan and baseline comparison sections, as paragraphs and tables.
extension ReportWords {
    // MARK: Gap plan

    func planTitle(_ plan: GapPlan) -> String {
        t("差距与改进方案：目标 ", "Gap plan: target ") + standing(plan.target)
    }

    func standing(_ standing: PlanStanding) -> String {
        standing.id == standing.name[language] || standing.id == NotApplicableCount.withheldID
            ? standing.name[language] : "\(standing.id) \(standing.name[language])"
    }

    func planParagraphs(_ plan: GapPlan, _ q: Questionnaire) -> [String] {
        var lines = [t("目前：", "Now: ") + standing(plan.current) + t("；目标：", "; target: ") + standing(plan.target) + t("。", ".")]
        if plan.alreadyMet {
            lines.append(t("已达到或超过目标，无需改动。", "The target is already held: nothing to change."))
            return lines
        }
        if plan.provisional && !q.reportsAsLevels {
            lines.append(t("尚有题目未作答：方案把它们当作 0 分来提升。", "Some questions are unanswered: the plan counts them as 0 and raises them from there."))
        }
        if plan.changes.isEmpty {
            lines.append(plan.actionableGaps.isEmpty
                ? t("剩下的要求无法通过评分改动满足。", "What remains cannot be met by changing ratings.")
                : t("无法给出满足这些要求的方案。", "No set of rating changes meets these requirements."))
        } else {
            let criteria = plan.byCriterion.count
            lines.append(t("最少需要 \(plan.changes.count) 项评分改动（涉及 \(criteria) 条），共提升 \(plan.totalEffort) 分，按代价从低到高排列：",
                           "At least \(plan.changes.count) rating \(plan.changes.count == 1 ? "change" : "changes") in \(criteria) \(criteria == 1 ? "criterion" : "criteria"), \(plan.totalEffort) rating points in all, cheapest first:"))
        }
        return lines
    }

    func gapLevel(_ gap: PlanGap) -> String {
        switch gap.kind {
        case let .level(rule, _): return rule.id
        case let .meanLevel(level, _, _): return level.id
        case let .band(band, _, _): return band.name[language]
        case let .groupPercent(groupID, _, _, _): return groupID
        case .notApplicable: return t("不适用", "N/A")
        }
    }

    func planGaps(_ plan: GapPlan, _ q: Questionnaire) -> ReportTable? {
        guard !plan.gaps.isEmpty else { return nil }
        return ReportTable(
            header: [t("等级", "Level"), t("要求", "Requirement"), t("目前", "Now"), t("要求值", "Needed"), t("差距", "Shortfall")],
            rows: plan.gaps.map { gap in
                [gapLevel(gap), GapPlanPhrases.describe(gap, in: q, language), GapPlanPhrases.actual(gap, language),
                 GapPlanPhrases.required(gap, language),
                 GapPlanPhrases.blocker(gap, language) ?? GapPlanPhrases.shortfall(gap, in: q, counting: plan.counting, language) ?? ""]
            },
            numeric: [2, 3])
    }

    func planChanges(_ plan: GapPlan, _ q: Questionnaire) -> ReportTable? {
        guard !plan.changes.isEmpty else { return nil }
        return ReportTable(
            header: [t("编号", "No."), t("条目", "Criterion"), t("改动", "Changes"), t("提升分数", "Points raised")],
            rows: plan.byCriterion.map { entry in
                [entry.criterionID, q.criterion(entry.criterionID)?.title[language] ?? "",
                 entry.changes.map { GapPlanPhrases.change($0, in: q, language) }.joined(separator: t("；", "; ")),
                 String(entry.changes.reduce(0) { $0 + $1.effort })]
            },
            numeric: [3])
    }

    // MARK: Baseline comparison

    func comparisonParagraphs(_ c: Comparison) -> [String] {
        let then = c.baseline, now = c.followUp
        var lines: [String] = []
        func who(_ side: Comparison.Side) -> String {
            let date = side.profile.date.isEmpty ? t("未填写日期", "no date") : side.profile.date
            let name = side.profile.assessor
            return date + (name.isEmpty ? "" : t("（\(name)）", " (\(name))"))
        }
        lines.append(t("基线：", "Baseline: ") + who(then) + t("；本次：", "; this assessment: ") + who(now))
        let direction: String
        switch c.direction {
        case .up?: direction = t("上升", "up")
        case .down?: direction = t("下降", "down")
        case .same?: direction = t("不变", "unchanged")
        case nil: direction = ""
        }
        lines.append(t("当时：", "Then: ") + "\(then.standing.id) \(then.standing.name[language])" + t("；现在：", "; now: ")
                     + "\(now.standing.id) \(now.standing.name[language])" + (direction.isEmpty ? "" : t("（\(direction)）", " (\(direction))")))
        lines.append(t("改善 \(c.improved.count) 项，退步 \(c.regressed.count) 项，其他变化 \(c.otherChanges.count) 项（按题计）。",
                       "\(c.improved.count) answers improved, \(c.regressed.count) regressed, \(c.otherChanges.count) changed otherwise (counted per question)."))
        if c.questionnaireChange.changed {
            lines.append(t("两次评估所用的问卷版本或文本不同；两者都按 \(c.questionnaireVersion) 计分。",
                           "The two assessments were answered against different versions or texts of the questionnaire; both are scored against \(c.questionnaireVersion)."))
        }
        return lines
    }

    private func value(_ fraction: Fraction?, places: Int, suffix: String = "") -> String {
        fraction.map { DeltaFormat.number($0, places: places) + suffix } ?? "—"
    }

    private func change(_ delta: Comparison.Delta, places: Int, suffix: String = "") -> String {
        delta.change.map { DeltaFormat.signed($0, places: places) + suffix } ?? "—"
    }

    func comparisonMeasures(_ c: Comparison) -> ReportTable {
        ReportTable(header: [t("指标", "Measure"), t("基线", "Baseline"), t("本次", "Now"), t("变化", "Change")],
                    rows: c.measures.map { m in
                        [m.label[language], value(m.delta.before, places: m.places, suffix: m.suffix),
                         value(m.delta.after, places: m.places, suffix: m.suffix), change(m.delta, places: m.places, suffix: m.suffix)]
                    },
                    numeric: [1, 2, 3])
    }

    func comparisonRows(_ c: Comparison, _ q: Questionnaire) -> ReportTable {
        let angles = q.angles.filter { angle in c.rows.contains { $0.angles.contains { $0.angle == angle.id } } }
        var header = [t("维度", "Dimension")]
        for angle in angles { header += [angle.title[language] + t(" % 基线", " % then"), t("本次", "now"), "Δ"] }
        let hasPoints = c.rows.contains { $0.points != nil }
        let hasScore = c.rows.contains { $0.score != nil }
        if hasPoints { header += [t("得分 基线", "Points then"), t("本次", "now"), "Δ"] }
        if hasScore { header += [t("得分 基线", "Score then"), t("本次", "now"), "Δ"] }
        let rows = c.rows.map { row -> [String] in
            var cells = [row.id.contains(where: \.isNumber) ? "\(row.id) \(row.title[language])" : row.title[language]]
            for angle in angles {
                let delta = row.angles.first { $0.angle == angle.id }?.percent ?? Comparison.Delta(before: nil, after: nil)
                cells += [value(delta.before, places: 1, suffix: "%"), value(delta.after, places: 1, suffix: "%"), change(delta, places: 1)]
            }
            if hasPoints {
                let delta = row.points ?? Comparison.Delta(before: nil, after: nil)
                cells += [value(delta.before, places: 0), value(delta.after, places: 0), change(delta, places: 0)]
            }
            if hasScore {
                let delta = row.score ?? Comparison.Delta(before: nil, after: nil)
                cells += [value(delta.before, places: 2), value(delta.after, places: 2), change(delta, places: 2)]
            }
            return cells
        }
        return ReportTable(header: header, rows: rows, numeric: Set(1..<header.count))
    }

    func comparisonAnswers(_ changes: [Comparison.AnswerChange], _ q: Questionnaire) -> ReportTable? {
        guard !changes.isEmpty else { return nil }
        return ReportTable(header: [t("编号", "No."), t("条目", "Criterion"), t("角度", "Angle"), t("基线", "Then"), t("本次", "Now")],
                           rows: changes.map { change in
                               [change.criterionID, q.criterion(change.criterionID)?.title[language] ?? "",
                                q.angle(change.angle)?.title[language] ?? change.angle,
                                rating(change.before, in: q), rating(change.after, in: q)]
                           },
                           numeric: [3, 4])
    }

    func questionnaireChangeLines(_ c: Comparison) -> [String] {
        let change = c.questionnaireChange
        var lines: [String] = []
        if !change.newSinceBaseline.isEmpty {
            lines.append(t("基线之后新增的条目：", "Criteria new since the baseline: ") + change.newSinceBaseline.joined(separator: ", "))
        }
        if !change.newSinceFollowUp.isEmpty {
            lines.append(t("本次评估的问卷中没有、现在新增的条目：", "Criteria new since this assessment's questionnaire: ") + change.newSinceFollowUp.joined(separator: ", "))
        }
        if !change.droppedFromBaseline.isEmpty {
            lines.append(t("基线中已不在问卷里的答案：", "Baseline answers no longer in the questionnaire: ")
                         + change.droppedFromBaseline.map { "\($0.criterionID).\($0.angle)" }.joined(separator: ", "))
        }
        if !change.droppedFromFollowUp.isEmpty {
            lines.append(t("本次评估中已不在问卷里的答案：", "Answers of this assessment no longer in the questionnaire: ")
                         + change.droppedFromFollowUp.map { "\($0.criterionID).\($0.angle)" }.joined(separator: ", "))
        }
        return lines
    }
}
