import MaturityCore

/// N/A beside its limit, withheld results and progress in words (models.md
/// §6), for the scorecard, the plan, the wizard and the reports alike.
public struct NotApplicableWords: Sendable {
    public let c: Catalog
    /// Mean-of-levels models call their questions aspects.
    public let aspects: Bool

    public init(_ catalog: Catalog, questionnaire q: Questionnaire) {
        c = catalog
        if case .meanLevel = q.scoring { aspects = true } else { aspects = false }
    }

    /// A count as shown: whole, or points rounded up to two decimals so that
    /// a count over its limit never reads as equal to it.
    public static func figure(_ value: Fraction) -> String {
        value.denominator == 1 ? String(value.floor) : value.roundedUp(places: 2)
    }

    func unit(_ unit: NotApplicableCount.Unit, _ n: String) -> String {
        switch unit {
        case .criteria: return c(.unitCriteria, n)
        case .questions: return aspects ? c(.unitAspects, n) : c(.unitQuestions, n)
        case .points: return c(.points)
        }
    }

    /// The unit after a number: "16 criteria", "20 points".
    func unitAfter(_ unit: NotApplicableCount.Unit, _ n: String) -> String {
        unit == .points ? c(.unitPoints, n) : self.unit(unit, n)
    }

    private var wholeScope: String { NotApplicableCount.wholeScope }

    /// "1.0–4.0: 16 criteria N/A, at most 15" · "N/A leaves out 20 of 100 points, at most 10".
    public func count(_ count: NotApplicableCount) -> String {
        let n = Self.figure(count.count)
        let text: String
        if let limit = count.limit {
            switch count.unit {
            case .criteria: text = c(.naCriteria, n, limit)
            case .questions: text = aspects ? c(.naAspects, n, limit) : c(.naQuestions, n, limit)
            case .points: text = c(.naPoints, n, count.outOf, limit)
            }
        } else {
            text = c(.naNoLimit, n)
        }
        return count.scopeID == wholeScope ? text : c.labelled(c(count.title), text)
    }

    /// The rule as a requirement: "1.0–4.0: at most 15 of 150 criteria N/A".
    public func limitRule(_ count: NotApplicableCount) -> String {
        let text = count.limit.map { c(.naLimitRule, $0, count.outOf, unitAfter(count.unit, "2")) } ?? c(.naNoLimitRule)
        return count.scopeID == wholeScope ? text : c.labelled(c(count.title), text)
    }

    /// Every scope's count, joined: the line beside a result.
    public func counts(_ card: Scorecard) -> String { counts(card.notApplicableScopes) }

    public func counts(_ scopes: [NotApplicableCount]) -> String {
        scopes.map(count).joined(separator: c(.naSeparator))
    }

    /// "withheld: 4 aspects N/A, at most 3".
    public func withheld(_ count: NotApplicableCount) -> String { c(.withheldBecause, self.count(count)) }

    /// What brings the count back within its limit, after "no rating changes this:".
    public func resolve(_ count: NotApplicableCount) -> String {
        let n = Self.figure(count.count)
        let most = count.limit ?? 0
        let body: String
        if count.unit == .points {
            body = c(.naResolvePoints, most, n)
        } else {
            let scope = count.scopeID == wholeScope ? "" : c(.inScope, c(count.title))
            body = c(.naResolveCount, Self.figure(count.excess), n, unit(count.unit, n), scope, most)
        }
        return c(.noRatingChangesThis, body)
    }

    /// "9 rating changes, and 1 more year in operation".
    public func needs(_ progress: PlanProgress) -> String {
        if progress.reached { return c(.progressReached) }
        var first: String?
        if progress.unreachable {
            first = c(.progressOutOfReach)
        } else if progress.ratingChanges > 0 || progress.ratingsSuffice {
            first = c(.progressRatingChanges, progress.ratingChanges)
        }
        var apart: [String] = []
        if progress.moreYears > 0 { apart.append(c(.progressMoreYears, progress.moreYears)) }
        if progress.yearsNotGiven { apart.append(c(.progressGiveYears)) }
        for count in progress.notApplicable {
            let excess = Self.figure(count.excess)
            if count.unit == .points {
                apart.append(c(.progressLessNAPoints, excess))
            } else {
                let scope = count.scopeID == wholeScope ? "" : c(.inScope, c(count.title))
                apart.append(c(.progressAnswerNA, excess, unit(count.unit, excess), scope))
            }
        }
        guard !apart.isEmpty else { return first ?? c(.progressRatingChanges, 0) }
        guard let first else { return c(.progressApartOnly, c.list(apart)) }
        return c(.progressAnd, first, c.list(apart))
    }

    /// "L4: 9 rating changes, and 1 more year in operation".
    public func line(_ progress: PlanProgress) -> String { c(.progressLine, progress.target.id, needs(progress)) }
}
