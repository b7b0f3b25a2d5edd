/// Computes a scorecard from a questionnaire's declared rules and a session's
/// answers. It knows four computations and no model by name.
public enum Scorer {
    /// Reads the sheet kept with the session when it was laid out for `q`
    /// (`Session.layOutAnswers(for:)`: sessions opened from a file are);
    /// otherwise lays the answers out for this score alone.
    public static func score(_ session: Session, with q: Questionnaire, counting override: Counting? = nil) -> Scorecard {
        let layout = ScoringLayout.of(q)
        let sheet = session.answerSheet(for: layout) ?? AnswerSheet(session, layout: layout)
        return score(sheet, years: session.profile.yearsInOperation, with: q, counting: override)
    }

    /// Scores answers already laid out in reading order: every group, scope
    /// and count below reads the sheet (`GroupTallies`), so each answer was
    /// looked up once.
    static func score(_ sheet: AnswerSheet, years: Int?, with q: Questionnaire, counting override: Counting?) -> Scorecard {
        let top = q.scale.top
        let layout = sheet.layout
        let tallies = GroupTallies(sheet, top: top)
        let groups = zip(q.groups, layout.topGroupRanges).map { tallies.score([$1], id: $0.id, title: $0.title) }
        let whole = tallies.whole(title: q.title)
        let unanswered = whole.angles.reduce(0) { $0 + $1.tally.unanswered }
        let notApplicable = whole.angles.reduce(0) { $0 + $1.tally.notApplicable }
        let counting = NotApplicableCounting(tallies: tallies, questionnaire: q)
        var reading = override ?? .strict
        let outcome: Outcome
        let limits: [NotApplicableCount]
        switch q.scoring {
        case let .levels(rules):
            reading = override ?? rules.counting
            limits = rules.scopes.map { counting.criteria(under: $0.groups, scopeID: $0.id, title: $0.title, limit: $0.notApplicableLimit) }
            var scopes: [String: GroupScore] = [:]
            for scope in rules.scopes {
                scopes[scope.id] = tallies.score(scope.groups.compactMap { layout.groupRanges[$0] }, id: scope.id, title: scope.title)
            }
            outcome = .levels(LevelScoring.evaluate(rules, scopes: scopes, whole: whole, fullMaximum: q.questionCount * top,
                                                    years: years, counting: reading, limits: limits))
        case let .meanLevel(rules):
            limits = [counting.questions(limit: rules.notApplicableLimit)]
            let criteria = q.criteria.indices.map { index -> CriterionLevelScore in
                let (sum, answered) = sheet.rated(index)
                return CriterionLevelScore(criterionID: layout.criterionIDs[index], score: answered == 0 ? nil : Fraction(sum, answered),
                                           answered: answered, aspects: layout.questions(index..<(index + 1)).count)
            }
            outcome = .meanLevel(MeanLevelScoring.evaluate(rules, scale: q.scale, criteria: criteria, limit: limits[0]))
        case let .weightedBands(rules):
            limits = [counting.points(rules)]
            outcome = .bands(BandScoring.evaluate(rules, shares: rules.weights.map { counting.group($0.group)?.share }, limit: limits[0]))
        case let .lowestGroup(rules):
            limits = [counting.criteria(under: rules.groups, scopeID: NotApplicableCounting.wholeScope, title: q.title,
                                        limit: rules.notApplicableLimit)]
            outcome = .lowestGroup(LowestGroupScoring.evaluate(rules, shares: rules.groups.map { counting.group($0)?.share }, limit: limits[0]))
        }
        let rule: UnansweredRule
        if case .meanLevel = q.scoring { rule = .leftOut } else { rule = .scoredZero }
        return Scorecard(questionnaireID: q.id, counting: reading, provisional: unanswered > 0,
                         answered: q.questionCount - unanswered, questions: q.questionCount,
                         answeredCriteria: sheet.answeredCriteria, criteria: q.criteria.count, unanswered: rule,
                         notApplicable: notApplicable, notApplicableScopes: limits,
                         total: whole.points, applicableMaximum: whole.maximum,
                         fullMaximum: q.questionCount * top, groups: groups, outcome: outcome)
    }
}

/// Cumulative level rules (models.md §1).
enum LevelScoring {
    /// - Parameter scopes: each scope's tallies, by scope id.
    static func evaluate(_ rules: LevelRules, scopes scopeScores: [String: GroupScore], whole: GroupScore, fullMaximum: Int,
                         years: Int?, counting: Counting, limits: [NotApplicableCount]) -> LevelOutcome {
        let levels = rules.levels.map { rule in
            LevelStatus(rule: rule, requirements: rule.requirements.map { requirement in
                var result = status(of: requirement, scopes: scopeScores, whole: whole, fullMaximum: fullMaximum,
                                    years: years, counting: counting)
                // More N/A in the scope than its limit: the share is taken over
                // too little of the standard to count, whatever the ratings.
                if case let .percent(scope, _, _) = requirement, let count = limits.first(where: { $0.scopeID == scope }), count.exceeded {
                    result.met = false
                    result.progress = Fraction(0)
                    result.notApplicableOverLimit = count
                }
                return result
            })
        }
        var achieved: Int?
        for (index, level) in levels.enumerated() {
            guard level.met else { break }
            achieved = index
        }
        return LevelOutcome(achievedIndex: achieved, levels: levels, unrated: rules.unrated)
    }

    static func status(of requirement: Requirement, scopes: [String: GroupScore], whole: GroupScore,
                       fullMaximum: Int, years: Int?, counting: Counting) -> RequirementStatus {
        switch requirement {
        case let .percent(scope, angle, atLeast):
            let tally = scopes[scope]?.tally(angle) ?? AngleTally()
            let (have, outOf) = counting == .strict ? (tally.atTop, tally.applicable) : (tally.points, tally.maximum)
            let required = Fraction(atLeast)
            // Nothing applicable in the scope: there is nothing left to fall short on.
            guard outOf > 0 else {
                return RequirementStatus(requirement: requirement, actual: nil, required: required, met: true, shortfall: 0, progress: Fraction(1))
            }
            let actual = Fraction(have * 100, outOf)
            // Smallest count meeting the threshold: ceil(atLeast × outOf ÷ 100).
            let needed = (atLeast * outOf + 99) / 100
            return make(requirement, actual: actual, required: required, have: have, needed: needed)
        case let .total(atLeast):
            // N/A lowers the bar in proportion: atLeast × applicable max ÷ full max, rounded up.
            let needed = fullMaximum == 0 ? 0 : (atLeast * whole.maximum + fullMaximum - 1) / fullMaximum
            return make(requirement, actual: Fraction(whole.points), required: Fraction(needed), have: whole.points, needed: needed)
        case let .years(atLeast):
            guard let years else {
                return RequirementStatus(requirement: requirement, actual: nil, required: Fraction(atLeast), met: atLeast == 0,
                                         shortfall: atLeast, progress: Fraction(atLeast == 0 ? 1 : 0))
            }
            return make(requirement, actual: Fraction(years), required: Fraction(atLeast), have: years, needed: atLeast)
        }
    }

    private static func make(_ requirement: Requirement, actual: Fraction, required: Fraction, have: Int, needed: Int) -> RequirementStatus {
        let met = have >= needed
        let progress = met || needed == 0 ? Fraction(1) : Fraction(max(have, 0), needed)
        return RequirementStatus(requirement: requirement, actual: actual, required: required, met: met,
                                 shortfall: max(needed - have, 0), progress: progress)
    }
}

/// Mean of aspect levels, rounded down (models.md §2).
enum MeanLevelScoring {
    static func evaluate(_ rules: MeanLevelRules, scale: AnswerScale, criteria: [CriterionLevelScore],
                         limit: NotApplicableCount) -> MeanLevelOutcome {
        let scored = criteria.filter { $0.score != nil }
        let overall = scored.isEmpty ? nil : scored.compactMap(\.score).reduce(Fraction(0), +) / scored.count
        var level: NamedLevel?
        if let overall, let index = scale.values.lastIndex(where: { $0 <= overall.floor }), index < rules.levels.count {
            level = rules.levels[index]
        }
        let weakest = scored.min { ($0.score ?? Fraction(0)) < ($1.score ?? Fraction(0)) }
        let withheld = limit.exceeded ? limit : nil
        return MeanLevelOutcome(criteria: criteria, overall: overall, level: withheld == nil ? level : nil, computedLevel: level,
                                withheld: withheld, weakest: weakest)
    }
}

/// Weighted categories read into outcome bands (models.md §3).
enum BandScoring {
    /// - Parameter shares: each weight's group as a share of its applicable maximum; nil when wholly N/A.
    static func evaluate(_ rules: BandRules, shares: [Fraction?], limit: NotApplicableCount) -> BandOutcome {
        let scored = zip(rules.weights, shares).map { (weight: $0, share: $1) }
        // A category that is wholly N/A is left out and the other weights are
        // scaled up to the full total, so N/A never costs points (README
        // "Decisions") — but only within the N/A limit, past which the
        // outcome is withheld (models.md §6).
        let fullWeight = rules.weights.reduce(0) { $0 + $1.points }
        let applicableWeight = scored.filter { $0.share != nil }.reduce(0) { $0 + $1.weight.points }
        let scale = applicableWeight == 0 ? Fraction(0) : Fraction(fullWeight, applicableWeight)
        let categories = scored.map { item in
            CategoryScore(groupID: item.weight.group, weight: item.weight.points,
                          score: (item.share ?? Fraction(0)) * Fraction(item.weight.points), applicable: item.share != nil)
        }
        let total = categories.reduce(Fraction(0)) { $0 + $1.score } * scale
        let whole = total.roundedHalfUp
        let band = rules.bands.first { whole >= $0.minimum } ?? rules.bands[rules.bands.count - 1]
        let withheld = limit.exceeded ? limit : nil
        return BandOutcome(categories: categories, total: total, wholeTotal: whole, band: withheld == nil ? band : nil,
                           computedBand: band, maximum: fullWeight, withheld: withheld)
    }
}

/// The shortest stave: the lowest group is the headline (models.md §4).
enum LowestGroupScoring {
    /// - Parameter shares: each of the rules' groups as a share of its applicable maximum.
    static func evaluate(_ rules: LowestGroupRules, shares: [Fraction?], limit: NotApplicableCount) -> LowestGroupOutcome {
        let groups = zip(rules.groups, shares).map { (groupID: $0, percent: $1.map { $0 * Fraction(100) }) }
        let scored = groups.compactMap { group in group.percent.map { (groupID: group.groupID, percent: $0) } }
        let lowest = scored.min { $0.percent < $1.percent }
        let mean = scored.isEmpty ? nil : scored.map(\.percent).reduce(Fraction(0), +) / scored.count
        let withheld = limit.exceeded ? limit : nil
        return LowestGroupOutcome(groups: groups, lowest: lowest, headline: withheld == nil ? lowest : nil, mean: mean, withheld: withheld)
    }
}
