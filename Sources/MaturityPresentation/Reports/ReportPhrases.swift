import MaturityCore

/// The words reports share, in the report's language, so that the three
/// formats say the same thing.
struct ReportWords {
    let language: Language

    /// The catalog's words in the report's language.
    var say: Catalog { Catalog(language) }

    /// Requirements worded as the scorecard words them.
    func requirements(_ input: ReportInput) -> RequirementWords {
        RequirementWords(say, questionnaire: input.questionnaire, counting: input.scorecard.counting,
                         notApplicableCriteria: RequirementWords.notApplicableCriteria(input.session))
    }

    /// Plans worded as `ccmm plan` words them.
    func planWords(_ plan: GapPlan, _ q: Questionnaire) -> PlanWords { PlanWords(plan, questionnaire: q, catalog: say) }

    var reportTitle: String { say(.reportSelfAssessmentReport) }

    func questionnaireLine(_ q: Questionnaire) -> String {
        say(.reportQuestionnaireVersion, q.title[language], q.id, q.version)
    }

    /// Which reading the percentages use; only level models have one.
    func countingLine(_ input: ReportInput) -> String? {
        countingValue(input).map { say(.reportCounting3) + $0 }
    }

    func countingValue(_ input: ReportInput) -> String? {
        guard case .levels = input.questionnaire.scoring else { return nil }
        return RequirementWords.countingName(input.scorecard.counting, say)
    }

    func progressLine(_ card: Scorecard, _ q: Questionnaire) -> String {
        say(.reportAnswered) + progressValue(card, q)
    }

    func progressValue(_ card: Scorecard, _ q: Questionnaire) -> String {
        var text = say(.reportOfQuestions, card.answered, card.questions)
        if card.notApplicable > 0 { text += say(.reportNA, card.notApplicable) }
        // N/A beside its limit, per scope a result is computed over (models.md §6).
        if !card.notApplicableScopes.isEmpty {
            text += say(.naSeparator) + NotApplicableWords(say, questionnaire: q).counts(card)
        }
        return text
    }

    func provisionalLine(_ card: Scorecard) -> String {
        guard !card.provisional else {
            // The count, and what the model's rule does with the rest (models.md §6).
            return card.unanswered == .leftOut
                ? say(.reportProvisionalAspects, card.answered, card.questions)
                : say(.reportProvisionalQuestions, card.answered, card.questions)
        }
        return say(.reportEveryQuestionIsAnsweredOr)
    }

    func conflictLine(_ session: Session) -> String? {
        session.conflicts.isEmpty ? nil : say(.conflictsLowerCounts, session.conflicts.count)
    }

    func provenance(_ provenance: Provenance) -> String? {
        switch provenance {
        case .source: return nil
        case .reconstructed: return say(.reportReconstructed)
        case .outline: return say(.reportUnofficialOutline)
        }
    }

    /// Profile fields in reading order; empty ones shown as "not given". Years
    /// in operation appear when given or when the model's levels need them.
    func profile(_ p: Profile, _ q: Questionnaire) -> [(String, String)] {
        let none = say(.notGiven)
        func value(_ text: String) -> String { text.isEmpty ? none : text }
        var fields = [
            (say(.centre), value(p.centre)),
            (say(.site), value(p.site)),
            (say(.assessor), value(p.assessor)),
            (say(.reportDate), value(p.date)),
        ]
        var needsYears = false
        if case let .levels(rules) = q.scoring {
            needsYears = rules.levels.contains { $0.requirements.contains { if case .years = $0 { return true } else { return false } } }
        }
        if needsYears || p.yearsInOperation != nil {
            fields.append((say(.yearsInOperation), p.yearsInOperation.map { say(.reportText2, $0) } ?? none))
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
        case .notApplicable?: return say(.notApplicableShort)
        case nil: return "—"
        }
    }

    var unansweredWord: String { say(.unanswered) }
    var flaggedWord: String { say(.reportFlaggedForReview) }
    var notApplicableReasonWord: String { say(.reportNAReason) }
    var noteWord: String { say(.reportNote2) }
    var conflictWord: String { say(.reportAssessorsDisagree) }

    /// The headline result in one line: "Level: L1 Applied", "Outcome: Certified (61)"…
    func headline(_ input: ReportInput) -> String {
        let q = input.questionnaire
        switch input.scorecard.outcome {
        case let .levels(outcome):
            return say(.reportLevel) + "\(outcome.achievedID) \(outcome.achievedName[language])"
        case let .meanLevel(outcome):
            if let count = outcome.withheld {
                return say(.reportMaturityLevel) + NotApplicableWords(say, questionnaire: q).withheld(count)
                    + (outcome.overall.map { say(.reportOverallForInformation, Figures.mean($0)) } ?? "")
            }
            guard let overall = outcome.overall, let level = outcome.level else {
                return say(.reportLevelNothingAnsweredYet)
            }
            return say(.reportMaturityLevel) + "\(level.id) \(level.name[language])" + say(.reportOverallScore2) + overall.shownMean + say(.reportText3)
        case let .bands(outcome):
            guard let band = outcome.band else {
                let reason = outcome.withheld.map { NotApplicableWords(say, questionnaire: q).withheld($0) } ?? say(.withheld)
                return say(.reportOutcome2) + reason + say(.reportTotalOfForInformation, outcome.total.shownBandTotal, outcome.maximum)
            }
            return say(.reportOutcome2) + band.name[language] + say(.reportTotalOfDecidedOn, outcome.total.shownBandTotal, outcome.maximum, outcome.wholeTotal)
        case let .lowestGroup(outcome):
            if let count = outcome.withheld { return say(.reportShortestStaveLabel) + NotApplicableWords(say, questionnaire: q).withheld(count) }
            guard let headline = outcome.headline else { return say(.reportShortestStaveNothingAnsweredYet) }
            let title = q.group(headline.groupID)?.title[language] ?? headline.groupID
            var text = say(.reportShortestStaveLowestModule) + "\(headline.groupID) \(title) — \(headline.percent.shownPercent)%"
            if let mean = outcome.mean { text += say(.reportMeanOfModules) + mean.shownPercent + "%" }
            return text
        }
    }

    /// "Points" for points models, "Score" (mean level) for level models.
    func pointsHeader(_ q: Questionnaire) -> String {
        q.reportsAsLevels ? say(.reportMean) : say(.points)
    }

    func pointsText(_ row: CriterionRow, _ q: Questionnaire) -> String {
        if q.reportsAsLevels { return row.meanLevel?.shownMean ?? "—" }
        guard let points = row.points(top: q.scale.top) else { return say(.notApplicableShort) }
        return "\(points.points)/\(points.maximum)"
    }

    /// Each assessor's answer on one line: "王: 方法 10, 执行 5 — note".
    func conflictLines(_ conflict: CriterionConflict, _ q: Questionnaire, angles: [String]) -> [String] {
        conflict.answers.map { answer in
            let ratings = angles.map { angle in
                "\(q.angle(angle)?.title[language] ?? angle) \(AnswerWords.assessor(answer.ratings[angle], say))"
            }.joined(separator: say(.reportText4))
            return "\(answer.assessor): \(ratings)" + (answer.note.isEmpty ? "" : " — " + answer.note)
        }
    }

    func disputedAngles(_ conflict: CriterionConflict, _ q: Questionnaire) -> String {
        say(.reportDisputed2) + conflict.angles.map { q.angle($0)?.title[language] ?? $0 }.joined(separator: say(.listSeparator))
    }
}
