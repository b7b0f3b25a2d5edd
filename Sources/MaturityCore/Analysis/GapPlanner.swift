/// The entry point of gap plans, for `ccmm plan`, the wizard and reports.
public enum GapPlanner {
    /// The smallest set of rating changes that takes `session` to `target`
    /// (see `GapPlan` for what "smallest" means).
    ///
    /// - Parameters:
    ///   - session: a session already matched to `questionnaire` (for example
    ///     `SessionStore.load` or `SessionReconciler.reconcile`).
    ///   - target: `.next` (the level or band above the one held), `.named("L3")`,
    ///     or `.percent(70)` for lowest-module models.
    ///   - counting: the percent reading for level models; nil uses the questionnaire's.
    /// - Throws: `GapPlanError` when the target does not exist in this model.
    public static func plan(_ session: Session, questionnaire q: Questionnaire, target: PlanTarget = .next,
                            counting: Counting? = nil) throws(GapPlanError) -> GapPlan {
        switch q.scoring {
        case let .levels(rules):
            return try LevelGapPlanner.plan(session, q, rules: rules, target: target, counting: counting)
        case let .meanLevel(rules):
            return try MeanLevelGapPlanner.plan(session, q, rules: rules, target: target)
        case let .weightedBands(rules):
            return try BandGapPlanner.plan(session, q, rules: rules, target: target)
        case let .lowestGroup(rules):
            return try LowestGroupGapPlanner.plan(session, q, rules: rules, target: target)
        }
    }

    /// The session as it would be with the plan's changes made (for previews
    /// and tests: score it to see the target reached).
    public static func apply(_ plan: GapPlan, to session: Session, at time: String) -> Session {
        var result = session
        for change in plan.changes {
            result.setAnswer(.rated(change.to), criterion: change.criterionID, angle: change.angle, at: time)
        }
        return result
    }
}
