/// Gap plans for the models scored without level rules.
enum MeanLevelGapPlanner {
    /// SEE-CMM (models.md §2): the level is the overall mean rounded down, so
    /// level n needs a mean of at least n. Only answered aspects are raised:
    /// unanswered and N/A aspects are left out of a criterion's mean, and
    /// answering them is the assessor's business, not a plan's.
    static func plan(_ session: Session, _ q: Questionnaire, rules: MeanLevelRules, target: PlanTarget) throws(GapPlanError) -> GapPlan {
        let card = Scorer.score(session, with: q)
        guard case let .meanLevel(outcome) = card.outcome else { throw GapPlanError(.wrongFamily(questionnaire: q.id)) }
        let levelCount = min(rules.levels.count, q.scale.values.count)
        guard levelCount > 0 else { throw GapPlanError(.nothingToAimFor(questionnaire: q.id)) }
        let currentIndex = outcome.level.flatMap { level in rules.levels.firstIndex { $0.id == level.id } } ?? -1
        // Withheld for N/A: the next step is to have the level the mean gives.
        let computedIndex = outcome.computedLevel.flatMap { level in rules.levels.firstIndex { $0.id == level.id } } ?? -1
        let ids = rules.levels.prefix(levelCount).map(\.id)
        let targetIndex: Int
        switch target {
        case .next: targetIndex = outcome.withheld != nil ? max(computedIndex, 0) : min(currentIndex + 1, levelCount - 1)
        case let .named(name):
            guard let index = GapTargets.index(of: name, in: ids) else {
                throw GapPlanError(.unknownTarget(questionnaire: q.id, name: name, expected: ids))
            }
            targetIndex = index
        case .percent:
            throw GapPlanError(.percentOnlyForModules(example: ids.last ?? "1"))
        }
        let level = rules.levels[targetIndex]
        let current = outcome.level.map { PlanStanding(id: $0.id, name: $0.name) } ?? PlanStanding.standing(withheld: outcome.withheld != nil)
        var plan = GapPlan(questionnaireID: q.id, questionnaireVersion: q.version, family: q.scoring.family,
                           counting: card.counting, provisional: card.provisional, current: current,
                           target: PlanStanding(id: level.id, name: level.name), alreadyMet: targetIndex <= currentIndex,
                           gaps: [], changes: [], optimality: .fewestChanges)
        guard !plan.alreadyMet else { return plan }
        if let count = outcome.withheld { plan.gaps.append(PlanGap(kind: .notApplicable(count), blocker: .notApplicableLimit(count))) }
        let required = Fraction(q.scale.values[targetIndex])
        let scored = outcome.criteria.filter { $0.score != nil }
        guard let overall = outcome.overall, !scored.isEmpty else {
            plan.gaps.append(PlanGap(kind: .meanLevel(level: level, actual: nil, required: required), blocker: .unreachable))
            return plan
        }
        guard overall < required else { return plan }
        // overall = Σ_c (Σ_a rating) ÷ answered_c ÷ criteria: each raise adds
        // (to − from) ÷ (answered_c × criteria), independent of the others.
        var answered: [String: Int] = [:]
        for score in scored { answered[score.criterionID] = score.answered }
        let candidates = RaiseCandidates.collect(q, session, includeUnanswered: false) { answered[$0.id] != nil }
        let raises = LinearGains.plan(candidates, need: difference(required, overall)) { candidate in
            Fraction(1, max(answered[candidate.criterionID] ?? 1, 1) * scored.count)
        }
        let gapIndex = plan.gaps.count
        plan.gaps.append(PlanGap(kind: .meanLevel(level: level, actual: overall, required: required), blocker: raises == nil ? .unreachable : nil))
        plan.changes = GapOrdering.order((raises ?? []).map {
            PlannedChange(criterionID: $0.candidate.criterionID, angle: $0.candidate.angle, from: $0.candidate.from, to: $0.to, serves: [gapIndex])
        }, in: q)
        return plan
    }
}

enum BandGapPlanner {
    /// CCCS-OP-2003 (models.md §3): the band is read from the exact total
    /// rounded half up, so a band with minimum m needs a total of m − ½. A
    /// raise in category c adds weight_c × (to − from) ÷ applicable max_c.
    static func plan(_ session: Session, _ q: Questionnaire, rules: BandRules, target: PlanTarget) throws(GapPlanError) -> GapPlan {
        let card = Scorer.score(session, with: q)
        guard case let .bands(outcome) = card.outcome else { throw GapPlanError(.wrongFamily(questionnaire: q.id)) }
        // Bands are stored highest first; plans count upward.
        let ascending = Array(rules.bands.reversed())
        guard !ascending.isEmpty else { throw GapPlanError(.nothingToAimFor(questionnaire: q.id)) }
        let computedIndex = ascending.firstIndex { $0.id == outcome.computedBand.id } ?? 0
        let targetIndex: Int
        switch target {
        // Withheld for N/A: the next step is to have the band the total gives.
        case .next: targetIndex = outcome.withheld != nil ? computedIndex : min(computedIndex + 1, ascending.count - 1)
        case let .named(name):
            guard let index = GapTargets.index(of: name, in: ascending.map(\.id)) else {
                throw GapPlanError(.unknownTarget(questionnaire: q.id, name: name, expected: rules.bands.map(\.id)))
            }
            targetIndex = index
        case .percent:
            throw GapPlanError(.percentOnlyForModules(example: rules.bands.first?.id ?? ""))
        }
        let band = ascending[targetIndex]
        var plan = GapPlan(questionnaireID: q.id, questionnaireVersion: q.version, family: q.scoring.family,
                           counting: card.counting, provisional: card.provisional,
                           current: outcome.band.map { PlanStanding(id: $0.id, name: $0.name) } ?? PlanStanding.standing(withheld: true),
                           target: PlanStanding(id: band.id, name: band.name),
                           alreadyMet: outcome.withheld == nil && outcome.wholeTotal >= band.minimum, gaps: [], changes: [],
                           optimality: .fewestChanges)
        guard !plan.alreadyMet else { return plan }
        if let count = outcome.withheld { plan.gaps.append(PlanGap(kind: .notApplicable(count), blocker: .notApplicableLimit(count))) }
        guard outcome.wholeTotal < band.minimum else { return plan }
        let required = Fraction(2 * band.minimum - 1, 2)
        // A wholly N/A category is left out and the others are scaled up to
        // the full weight (BandScoring); raising a rating never changes which
        // categories apply, so the scale is fixed.
        var applicable: [(group: Group, points: Int, maximum: Int)] = []
        for category in rules.weights {
            guard let group = q.group(category.group) else { continue }
            let score = Tallying.score(group, questionnaire: q, session: session)
            if score.maximum > 0 { applicable.append((group, category.points, score.maximum)) }
        }
        let fullWeight = rules.weights.reduce(0) { $0 + $1.points }
        let applicableWeight = applicable.reduce(0) { $0 + $1.points }
        var weight: [String: Fraction] = [:]
        for category in applicable where applicableWeight > 0 {
            let perPoint = Fraction(category.points, category.maximum) * Fraction(fullWeight, applicableWeight)
            for criterion in category.group.allCriteria {
                weight[criterion.id] = (weight[criterion.id] ?? Fraction(0)) + perPoint
            }
        }
        let candidates = RaiseCandidates.collect(q, session, includeUnanswered: true) { weight[$0.id] != nil }
        let raises = LinearGains.plan(candidates, need: difference(required, outcome.total)) { weight[$0.criterionID] ?? Fraction(0) }
        let gapIndex = plan.gaps.count
        plan.gaps.append(PlanGap(kind: .band(band: band, actual: outcome.total, required: required), blocker: raises == nil ? .unreachable : nil))
        plan.changes = GapOrdering.order((raises ?? []).map {
            PlannedChange(criterionID: $0.candidate.criterionID, angle: $0.candidate.angle, from: $0.candidate.from, to: $0.to, serves: [gapIndex])
        }, in: q)
        return plan
    }
}

enum LowestGroupGapPlanner {
    /// CCCS 7th-edition outline (models.md §4): the headline is the lowest
    /// module, so the plan raises every module below the target percent
    /// (default: the current mean of modules) to it. A module's shortfall is
    /// in points, and the modules do not share questions, so each gets the
    /// exact smallest set of its own.
    static func plan(_ session: Session, _ q: Questionnaire, rules: LowestGroupRules, target: PlanTarget) throws(GapPlanError) -> GapPlan {
        let card = Scorer.score(session, with: q)
        guard case let .lowestGroup(outcome) = card.outcome else { throw GapPlanError(.wrongFamily(questionnaire: q.id)) }
        let required: Fraction
        switch target {
        case .next: required = outcome.mean ?? Fraction(100)
        case let .percent(value):
            guard (0...100).contains(value) else { throw GapPlanError(.percentOutOfRange(value)) }
            required = Fraction(value)
        case let .named(name):
            throw GapPlanError(.namedTargetForModules(questionnaire: q.id, name: name))
        }
        let headline = outcome.headline
        let current = outcome.withheld != nil ? PlanStanding.standing(withheld: true)
            : PlanStanding(id: (headline?.percent.truncated(places: 1) ?? "—") + "%",
                           name: headline.flatMap { q.group($0.groupID)?.title }.map(StandingName.named) ?? .noLevel)
        var plan = GapPlan(questionnaireID: q.id, questionnaireVersion: q.version, family: q.scoring.family,
                           counting: card.counting, provisional: card.provisional, current: current,
                           target: PlanStanding(id: required.truncated(places: 1) + "%", name: .everyModule),
                           alreadyMet: outcome.withheld == nil && (outcome.lowest.map { $0.percent >= required } ?? true),
                           gaps: [], changes: [], optimality: .exact)
        guard !plan.alreadyMet else { return plan }
        if let count = outcome.withheld { plan.gaps.append(PlanGap(kind: .notApplicable(count), blocker: .notApplicableLimit(count))) }
        var raises: [(candidate: RaiseCandidate, to: Int, gap: Int)] = []
        for (groupID, percent) in outcome.groups {
            guard let percent, percent < required, let group = q.group(groupID) else { continue }
            let score = Tallying.score(group, questionnaire: q, session: session)
            let members = Set(group.allCriteria.map(\.id))
            let candidates = RaiseCandidates.collect(q, session, includeUnanswered: true) { members.contains($0.id) }
            // points ÷ max × 100 ≥ required  ⇔  points ≥ ⌈required × max ÷ 100⌉
            let bound = required * Fraction(score.maximum) / 100
            let needed = bound.floor + (Fraction(bound.floor) == bound ? 0 : 1)
            let unit = RaiseCandidates.unit(candidates)
            let gapIndex = plan.gaps.count
            let chosen: [(candidate: RaiseCandidate, to: Int)]?
            if RaiseTable.cost(candidates, unit: unit, quota: 0) <= RaiseTable.budget {
                let table = RaiseTable(candidates, unit: unit, quota: 0)
                let minimum = (needed - score.points + unit - 1) / unit
                let best = table.options.filter { $0.points >= minimum }.min { a, b in
                    a.changes != b.changes ? a.changes < b.changes : a.points < b.points
                }
                chosen = best.map { table.raises(points: $0.points) }
            } else {
                // Far beyond any shipped module: fewest changes, effort trimmed.
                plan.optimality = .fewestChanges
                chosen = LinearGains.plan(candidates, need: Fraction(needed - score.points)) { _ in Fraction(1) }
            }
            plan.gaps.append(PlanGap(kind: .groupPercent(groupID: groupID, title: group.title, actual: percent, required: required),
                                     blocker: chosen == nil ? .unreachable : nil))
            raises += (chosen ?? []).map { ($0.candidate, $0.to, gapIndex) }
        }
        plan.changes = GapOrdering.order(raises.map {
            PlannedChange(criterionID: $0.candidate.criterionID, angle: $0.candidate.angle, from: $0.candidate.from, to: $0.to, serves: [$0.gap])
        }, in: q)
        return plan
    }
}

/// Plans for scores that are a sum of independent gains, one per raise.
enum LinearGains {
    /// Takes the largest possible gains first (a raise to the top; ties: less
    /// effort, then reading order) until `need` is covered — no set with fewer
    /// changes can cover it — then lowers each chosen raise, smallest gain
    /// first, to the lowest value that still covers it. Nil when even every
    /// raise to the top falls short.
    static func plan(_ candidates: [RaiseCandidate], need: Fraction,
                     weight: (RaiseCandidate) -> Fraction) -> [(candidate: RaiseCandidate, to: Int)]? {
        guard need > Fraction(0) else { return [] }
        let ranked = candidates.map { ($0, weight($0)) }.filter { $0.1 > Fraction(0) }.sorted { a, b in
            let (ga, gb) = (a.1 * Fraction(a.0.top - a.0.current), b.1 * Fraction(b.0.top - b.0.current))
            if ga != gb { return gb < ga }
            let (ea, eb) = (a.0.top - a.0.current, b.0.top - b.0.current)
            return ea != eb ? ea < eb : a.0.order < b.0.order
        }
        var chosen: [(candidate: RaiseCandidate, weight: Fraction, to: Int)] = []
        var sum = Fraction(0)
        for (candidate, w) in ranked where sum < need {
            chosen.append((candidate, w, candidate.top))
            sum = sum + w * Fraction(candidate.top - candidate.current)
        }
        guard sum >= need else { return nil }
        for index in chosen.indices.reversed() {
            let entry = chosen[index]
            let without = difference(sum, entry.weight * Fraction(entry.to - entry.candidate.current))
            if let lower = entry.candidate.options.first(where: { without + entry.weight * Fraction($0 - entry.candidate.current) >= need }) {
                chosen[index].to = lower
                sum = without + entry.weight * Fraction(lower - entry.candidate.current)
            }
        }
        return chosen.map { ($0.candidate, $0.to) }
    }
}

/// a − b for fractions (the result may be negative).
public func difference(_ a: Fraction, _ b: Fraction) -> Fraction {
    a + Fraction(-b.numerator, b.denominator)
}
