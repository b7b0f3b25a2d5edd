import MaturityCore

/// Gap plans in words, for `ccmm plan`, the wizard's plan panel and reports.
/// Level requirements are worded by `RequirementWords`, so every output
/// describes them alike.
public struct PlanWords: Sendable {
    public let c: Catalog
    public let q: Questionnaire
    public let plan: GapPlan
    let requirements: RequirementWords

    public init(_ plan: GapPlan, questionnaire: Questionnaire, catalog: Catalog, notApplicableCriteria: Int = 0) {
        self.c = catalog
        self.q = questionnaire
        self.plan = plan
        self.requirements = RequirementWords(catalog, questionnaire: questionnaire, counting: plan.counting,
                                             notApplicableCriteria: notApplicableCriteria)
    }

    /// "Method ≥ 90% in 1.0–4.0", "Overall score ≥ 3 (level 3 …)", "Total ≥ 80.0 (rounds to 80, pass)".
    public func describe(_ gap: PlanGap) -> String {
        switch gap.kind {
        case let .level(_, status): return requirements.describe(status)
        case let .meanLevel(level, _, required): return c(.meanTarget, Figures.whole(required), level.id, c(level.name))
        case let .band(band, _, required): return c(.bandTarget, Figures.bandTotal(required), band.minimum, c(band.name))
        case let .groupPercent(groupID, title, _, required): return c(.groupTarget, groupID, c(title), Figures.percent(required))
        case let .notApplicable(count): return NotApplicableWords(c, questionnaire: q).limitRule(count)
        }
    }

    /// The value now, by the same formatter as the scorecard.
    public func actual(_ gap: PlanGap) -> String {
        switch gap.kind {
        case let .level(_, status): return requirements.actual(status)
        case let .meanLevel(_, actual, _): return actual.map(Figures.mean) ?? c(.nothingAnswered)
        case let .band(_, actual, _): return Figures.bandTotal(actual)
        case let .groupPercent(_, _, actual, _): return actual.map(Figures.percentWithSign) ?? c(.allNotApplicable)
        case let .notApplicable(count): return NotApplicableWords.figure(count.count)
        }
    }

    /// The value the target needs.
    public func required(_ gap: PlanGap) -> String {
        switch gap.kind {
        case let .level(_, status): return requirements.required(status)
        case let .meanLevel(_, _, required): return Figures.mean(required)
        case let .band(_, _, required): return Figures.bandTotal(required)
        case let .groupPercent(_, _, _, required): return Figures.percentWithSign(required)
        case let .notApplicable(count): return count.limit.map { "≤ \($0)" } ?? "—"
        }
    }

    /// What is missing, in the requirement's own unit. Shortfalls are
    /// rounded up: showing less than is missing would promise too much.
    public func shortfall(_ gap: PlanGap) -> String? {
        switch gap.kind {
        case let .level(_, status): return requirements.shortfall(status)
        case let .meanLevel(_, actual, required):
            guard let actual else { return c(.answerFirst) }
            return c(.shortMean, Figures.shortfall(difference(required, actual), places: 2))
        case let .band(_, actual, required):
            return c(.shortBandPoints, Figures.shortfall(difference(required, actual), places: 2))
        case let .groupPercent(_, _, actual, required):
            guard let actual else { return nil }
            return c(.shortPercentPoints, Figures.shortfall(difference(required, actual), places: 1))
        case .notApplicable:
            return nil
        }
    }

    /// Why no rating change meets it; nil when the plan does.
    public func blocker(_ gap: PlanGap) -> String? {
        switch gap.blocker {
        case nil: return nil
        case .yearsInOperation?:
            if case let .level(_, status) = gap.kind, !status.met { return c(.blockerYears, status.shortfall) }
            return c(.blockerNoRating)
        case .yearsNotGiven?: return c(.blockerYearsNotGiven)
        case .unreachable?:
            if case .meanLevel(_, nil, _) = gap.kind { return c(.blockerNothingAnswered) }
            return c(.blockerUnreachable)
        case let .notApplicableLimit(count)?:
            return NotApplicableWords(c, questionnaire: q).resolve(count)
        }
    }

    /// "Method 5 → 10", "执行 未答 → 10".
    public func change(_ change: PlannedChange) -> String {
        "\(angleName(change.angle)) \(from(change)) → \(change.to)"
    }

    public func from(_ change: PlannedChange) -> String { change.from.map(String.init) ?? c(.unanswered) }
    public func angleName(_ angle: String) -> String { q.angle(angle).map { c($0.title) } ?? angle }

    /// What "smallest" meant for this plan.
    public var optimality: String {
        switch plan.optimality {
        case .exact: return c(.optimalityExact)
        case .fewestChanges: return c(.optimalityFewest)
        case .greedy: return c(.optimalityGreedy)
        }
    }

    /// "L1 Applied", "2 Proactive"; bands by name only, a module headline as "Technology 31.3%".
    public func standing(_ standing: PlanStanding) -> String {
        if standing.id == NotApplicableCount.withheldID { return c(standing.name) }
        switch plan.family {
        case .weightedBands: return c(standing.name)
        case .lowestGroup: return "\(c(standing.name)) \(standing.id)"
        case .levels, .meanLevel: return "\(standing.id) \(c(standing.name))"
        }
    }

    /// The level or band a gap belongs to; empty for a module (its description names it).
    public func level(_ gap: PlanGap) -> String {
        switch gap.kind {
        case let .level(rule, _): return rule.id
        case let .meanLevel(level, _, _): return level.id
        case let .band(band, _, _): return band.id
        case .groupPercent: return ""
        case .notApplicable: return "N/A"
        }
    }

    /// The criterion's title, marked "*" when the project reconstructed its text.
    public func title(_ id: String) -> String {
        guard let criterion = q.criterion(id) else { return "" }
        return c(criterion.title) + (criterion.provenance == .reconstructed ? " *" : "")
    }

    public var legend: String? {
        plan.changes.contains { q.criterion($0.criterionID)?.provenance == .reconstructed } ? c(.reconstructedLegend) : nil
    }

    public var summary: String { c(.planSummary, plan.changes.count, plan.byCriterion.count, plan.totalEffort) }

    public var alreadyMet: String {
        plan.current == plan.target ? c(.alreadyHeld, standing(plan.current)) : c(.alreadyAbove, standing(plan.current), standing(plan.target))
    }
}

extension Figures {
    /// A shortfall, rounded up to the shown precision: "0.01 short" rather than "0.00 short".
    public static func shortfall(_ value: Fraction, places: Int) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = value * Fraction(scale)
        let up = -Fraction(-scaled.numerator, scaled.denominator).floor
        return Fraction(up, scale).truncated(places: places)
    }
}
