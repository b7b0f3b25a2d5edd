/// How far the target still is, in the plan's own units (models.md §6, "What
/// progress means"): the fewest rating changes, and apart from them what no
/// rating can meet — "L4: 9 rating changes, and 1 more year in operation".
/// A share such as "94% to L4" hides both; this keeps them countable.
public struct PlanProgress: Sendable, Equatable {
    public var target: PlanStanding
    /// Nothing is missing: the target is held.
    public var reached: Bool
    /// The fewest rating changes that meet the requirements ratings can meet (as in the gap plan).
    public var ratingChanges: Int
    /// Years in operation still missing (the largest any requirement asks for); 0 when none.
    public var moreYears: Int
    /// A requirement needs the years in operation, which the profile does not give.
    public var yearsNotGiven: Bool
    /// Scopes with more N/A than their limit, once each: answering N/A questions again resolves them.
    public var notApplicable: [NotApplicableCount]
    /// Some requirement stays unmet even with every applicable answer at the top.
    public var unreachable: Bool

    /// True when rating changes alone reach the target.
    public var ratingsSuffice: Bool { moreYears == 0 && !yearsNotGiven && notApplicable.isEmpty && !unreachable }

    init(target: PlanStanding, reached: Bool, ratingChanges: Int, gaps: [PlanGap]) {
        self.target = target
        self.reached = reached
        self.ratingChanges = ratingChanges
        moreYears = 0
        yearsNotGiven = false
        notApplicable = []
        unreachable = false
        for gap in gaps {
            switch gap.blocker {
            case .yearsInOperation?:
                if case let .level(_, status) = gap.kind { moreYears = max(moreYears, status.shortfall) }
            case .yearsNotGiven?:
                yearsNotGiven = true
            case let .notApplicableLimit(count)?:
                if !notApplicable.contains(where: { $0.scopeID == count.scopeID }) { notApplicable.append(count) }
            case .unreachable?:
                unreachable = true
            case nil:
                break
            }
        }
    }
}

extension GapPlan {
    public var progress: PlanProgress {
        PlanProgress(target: target, reached: alreadyMet, ratingChanges: changes.count, gaps: gaps)
    }
}

extension GapPlanner {
    /// Progress toward the next level or band, cheap enough for every
    /// keystroke: level models count the fewest changes without building the
    /// plan (`LevelGapPlanner.fewestChanges`); the others' plans are fast.
    /// Nil where the model has no next step to plan.
    /// `scorecard`, when given, must be the session's under the same counting (it saves scoring again).
    public static func progress(_ session: Session, questionnaire q: Questionnaire, counting: Counting? = nil,
                                scorecard: Scorecard? = nil) -> PlanProgress? {
        guard case let .levels(rules) = q.scoring else {
            return try? plan(session, questionnaire: q, target: .next, counting: counting).progress
        }
        let card = scorecard ?? Scorer.score(session, with: q, counting: counting)
        guard case let .levels(outcome) = card.outcome, !outcome.levels.isEmpty else { return nil }
        guard let next = outcome.next else {
            let top = outcome.levels[outcome.levels.count - 1].rule
            return PlanProgress(target: PlanStanding(id: top.id, name: top.name), reached: true, ratingChanges: 0, gaps: [])
        }
        let targetIndex = (outcome.achievedIndex ?? -1) + 1
        let gaps = LevelGapPlanner.gaps(outcome, upTo: targetIndex, applicableMaximum: card.applicableMaximum)
        let (cells, totalShortfall) = LevelGapPlanner.demand(gaps, rules: rules, q: q)
        let candidates = RaiseCandidates.collect(q, session, includeUnanswered: true)
        let membership = LevelGapPlanner.membership(candidates, cells: cells)
        if membership.contains(where: { $0.count > 1 }) {
            return try? plan(session, questionnaire: q, target: .next, counting: counting).progress
        }
        let fewest = LevelGapPlanner.fewestChanges(candidates, membership: membership, cells: cells,
                                                   totalShortfall: totalShortfall, counting: card.counting)
        var result = PlanProgress(target: PlanStanding(id: next.rule.id, name: next.rule.name), reached: false,
                                  ratingChanges: fewest ?? 0, gaps: gaps)
        if fewest == nil { result.unreachable = true }
        return result
    }
}
