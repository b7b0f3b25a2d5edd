import MaturityCore

/// Level requirements in words, for the scorecard, the plan, the wizard and
/// every report, so that none of them says a requirement differently.
public struct RequirementWords: Sendable {
    public let c: Catalog
    public let q: Questionnaire
    public let counting: Counting
    /// Criteria left out as N/A, named where a total threshold was scaled for them.
    public let notApplicableCriteria: Int

    public init(_ catalog: Catalog, questionnaire: Questionnaire, counting: Counting, notApplicableCriteria: Int = 0) {
        self.c = catalog
        self.q = questionnaire
        self.counting = counting
        self.notApplicableCriteria = notApplicableCriteria
    }

    /// "Method ≥ 90% in 1.0–4.0" / "1.0–4.0 方法合规 ≥ 90%".
    public func describe(_ requirement: Requirement) -> String {
        switch requirement {
        case let .percent(scope, angle, atLeast):
            return c(.requirementPercent, scopeTitle(scope), q.angle(angle).map { c($0.title) } ?? angle, atLeast)
        case let .total(atLeast): return c(.requirementTotal, atLeast)
        case let .years(atLeast): return c(.requirementYears, atLeast)
        }
    }

    /// The requirement with a total threshold scaled for N/A shown with its
    /// origin: "Total ≥ 2237 points (2250 scaled for 1 N/A criterion)".
    public func describe(_ status: RequirementStatus) -> String {
        if case let .total(atLeast) = status.requirement, status.required != Fraction(atLeast) {
            return c(.requirementTotalScaled, Figures.whole(status.required), atLeast, notApplicableCriteria)
        }
        return describe(status.requirement)
    }

    /// The value now: "82.0%", "2690", "3 years".
    public func actual(_ status: RequirementStatus) -> String {
        guard let actual = status.actual else {
            if case .years = status.requirement { return c(.notGiven) }
            return c(.allNotApplicable)
        }
        switch status.requirement {
        case .percent: return Figures.percentWithSign(actual)
        case .total: return Figures.whole(actual)
        case .years: return c(.yearsValue, Figures.whole(actual))
        }
    }

    public func required(_ status: RequirementStatus) -> String {
        switch status.requirement {
        case .percent: return Figures.whole(status.required) + "%"
        case .total: return Figures.whole(status.required)
        case .years: return c(.yearsValue, Figures.whole(status.required))
        }
    }

    /// What is still missing: "12 more criteria at 10", "45 more points".
    public func shortfall(_ status: RequirementStatus) -> String? {
        guard !status.met else { return nil }
        // Over the N/A limit no rating is missing: the limit is (models.md §6).
        if let count = status.notApplicableOverLimit { return NotApplicableWords(c, questionnaire: q).count(count) }
        let n = status.shortfall
        switch status.requirement {
        case .percent: return counting == .strict ? c(.shortCriteriaAtTop, n, q.scale.top) : c(.shortRatingPoints, n)
        case .total: return c(.shortPoints, n)
        case .years: return status.actual == nil ? c(.shortYearsNotGiven) : c(.shortYears, n)
        }
    }

    /// One sentence: "L2 needs Method ≥ 90% in 1.0–4.0: 82.0% now, 12 more criteria at 10".
    public func sentence(_ status: RequirementStatus, level: LevelRule) -> String {
        let missing = shortfall(status).map { c(.sentenceMissing, $0) } ?? ""
        return c(.requirementSentence, level.id, describe(status), actual(status), missing)
    }

    public func scopeTitle(_ scope: String) -> String {
        if case let .levels(rules) = q.scoring, let found = rules.scope(scope) { return c(found.title) }
        return scope
    }

    /// The counting reading named in full, as every output that uses it must.
    public static func countingName(_ counting: Counting, _ c: Catalog) -> String {
        counting == .strict ? c(.countingStrict) : c(.countingWeighted)
    }

    /// Criteria answered N/A as a whole.
    public static func notApplicableCriteria(_ session: Session) -> Int {
        session.answers.values.filter(\.isNotApplicable).count
    }
}
