import MaturityCore

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
        say(.reportGapPlanTarget) + standing(plan.target)
    }

    func standing(_ standing: PlanStanding) -> String {
        let name = say(standing.name)
        return standing.id == name || standing.id == NotApplicableCount.withheldID ? name : "\(standing.id) \(name)"
    }

    func planParagraphs(_ plan: GapPlan, _ q: Questionnaire) -> [String] {
        var lines = [say(.reportNow2) + standing(plan.current) + say(.reportTarget) + standing(plan.target) + say(.reportText)]
        if plan.alreadyMet {
            lines.append(say(.reportTheTargetIsAlreadyHeld))
            return lines
        }
        if plan.provisional && !q.reportsAsLevels {
            lines.append(say(.reportSomeQuestionsAreUnansweredThe))
        }
        if plan.changes.isEmpty {
            lines.append(plan.actionableGaps.isEmpty
                ? say(.reportWhatRemainsCannotBeMet)
                : say(.reportNoSetOfRatingChanges))
        } else {
            let criteria = plan.byCriterion.count
            lines.append(say(.reportAtLeastChanges, plan.changes.count, criteria, plan.totalEffort))
        }
        return lines
    }

    func gapLevel(_ gap: PlanGap) -> String {
        switch gap.kind {
        case let .level(rule, _): return rule.id
        case let .meanLevel(level, _, _): return level.id
        case let .band(band, _, _): return band.name[language]
        case let .groupPercent(groupID, _, _, _): return groupID
        case .notApplicable: return say(.notApplicableShort)
        }
    }

    func planGaps(_ plan: GapPlan, _ q: Questionnaire) -> ReportTable? {
        guard !plan.gaps.isEmpty else { return nil }
        return ReportTable(
            header: [say(.level), say(.requirement), say(.planNow), say(.reportNeeded), say(.reportShortfall)],
            rows: plan.gaps.map { gap in
                [gapLevel(gap), planWords(plan, q).describe(gap), planWords(plan, q).actual(gap),
                 planWords(plan, q).required(gap),
                 planWords(plan, q).blocker(gap) ?? planWords(plan, q).shortfall(gap) ?? ""]
            },
            numeric: [2, 3])
    }

    func planChanges(_ plan: GapPlan, _ q: Questionnaire) -> ReportTable? {
        guard !plan.changes.isEmpty else { return nil }
        return ReportTable(
            header: [say(.reportNo2), say(.reportCriterion2), say(.changesHeading), say(.reportPointsRaised)],
            rows: plan.byCriterion.map { entry in
                [entry.criterionID, q.criterion(entry.criterionID)?.title[language] ?? "",
                 entry.changes.map(planWords(plan, q).change).joined(separator: say(.changeSeparator)),
                 String(entry.changes.reduce(0) { $0 + $1.effort })]
            },
            numeric: [3])
    }

    // MARK: Baseline comparison

    func comparisonParagraphs(_ c: Comparison) -> [String] {
        let then = c.baseline, now = c.followUp
        var lines: [String] = []
        func who(_ side: Comparison.Side) -> String {
            let date = side.profile.date.isEmpty ? say(.reportNoDate) : side.profile.date
            let name = side.profile.assessor
            return date + (name.isEmpty ? "" : say(.parenthesised, name))
        }
        lines.append(say(.reportBaseline2) + who(then) + say(.reportThisAssessment) + who(now))
        let direction: String
        switch c.direction {
        case .up?: direction = say(.reportUp)
        case .down?: direction = say(.reportDown)
        case .same?: direction = say(.reportUnchanged)
        case nil: direction = ""
        }
        lines.append(say(.reportThen) + "\(then.standing.id) \(say(then.standing.name))" + say(.reportNow3)
                     + "\(now.standing.id) \(say(now.standing.name))" + (direction.isEmpty ? "" : say(.parenthesised, direction)))
        lines.append(say(.reportAnswersImprovedRegressedChangedOtherwise, c.improved.count, c.regressed.count, c.otherChanges.count))
        if c.questionnaireChange.changed {
            lines.append(say(.reportTheTwoAssessmentsWereAnswered, c.questionnaireVersion))
        }
        return lines
    }

    /// Figures as the comparison shows them: truncated, changes between the shown figures.
    private func value(_ fraction: Fraction?, places: Int, suffix: String = "") -> String {
        fraction.map { Figures.unsigned($0, places: places) + suffix } ?? "—"
    }

    private func change(_ delta: Comparison.Delta, places: Int, suffix: String = "") -> String {
        guard let before = delta.before, let after = delta.after else { return "—" }
        return Figures.delta(difference(Figures.cut(after, places: places), Figures.cut(before, places: places)), places: places) + suffix
    }

    func comparisonMeasures(_ c: Comparison) -> ReportTable {
        ReportTable(header: [say(.reportMeasure), say(.baseline), say(.reportNow), say(.changeColumn)],
                    rows: c.measures.map { m in
                        [ComparisonBuilder.label(m.kind, say), value(m.delta.before, places: m.places, suffix: m.suffix),
                         value(m.delta.after, places: m.places, suffix: m.suffix), change(m.delta, places: m.places, suffix: m.suffix)]
                    },
                    numeric: [1, 2, 3])
    }

    func comparisonRows(_ c: Comparison, _ q: Questionnaire) -> ReportTable {
        let angles = q.angles.filter { angle in c.rows.contains { $0.angles.contains { $0.angle == angle.id } } }
        var header = [say(.dimension)]
        for angle in angles { header += [angle.title[language] + say(.reportThen2), say(.reportNow4), "Δ"] }
        let hasPoints = c.rows.contains { $0.points != nil }
        let hasScore = c.rows.contains { $0.score != nil }
        if hasPoints { header += [say(.reportPointsThen), say(.reportNow4), "Δ"] }
        if hasScore { header += [say(.reportScoreThen), say(.reportNow4), "Δ"] }
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
        return ReportTable(header: [say(.reportNo2), say(.reportCriterion2), say(.angleColumn), say(.reportThen3), say(.reportNow)],
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
            lines.append(say(.reportCriteriaNewSinceTheBaseline) + change.newSinceBaseline.joined(separator: ", "))
        }
        if !change.newSinceFollowUp.isEmpty {
            lines.append(say(.reportCriteriaNewSinceThisAssessment) + change.newSinceFollowUp.joined(separator: ", "))
        }
        if !change.droppedFromBaseline.isEmpty {
            lines.append(say(.reportBaselineAnswersNoLongerIn)
                         + change.droppedFromBaseline.map { "\($0.criterionID).\($0.angle)" }.joined(separator: ", "))
        }
        if !change.droppedFromFollowUp.isEmpty {
            lines.append(say(.reportAnswersOfThisAssessmentNo)
                         + change.droppedFromFollowUp.map { "\($0.criterionID).\($0.angle)" }.joined(separator: ", "))
        }
        return lines
    }
}
