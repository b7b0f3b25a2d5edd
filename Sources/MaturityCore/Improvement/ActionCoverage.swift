/// How much of a gap plan the live (not dropped) actions cover.
public struct ActionCoverage: Sendable, Equatable {
    /// The plan's changes that some live action aims at, on the same
    /// criterion and angle, at the planned rating or higher.
    public var coveredChanges: Int
    public var totalChanges: Int
    /// Rating points of the covered changes, out of the plan's total effort.
    public var coveredEffort: Int
    public var totalEffort: Int
    /// The changes a fresh plan still needs once every live action's targets
    /// are met; nil when the target cannot be named again (lowest-module models).
    public var remainingChanges: Int?

    public init(coveredChanges: Int, totalChanges: Int, coveredEffort: Int, totalEffort: Int, remainingChanges: Int?) {
        self.coveredChanges = coveredChanges
        self.totalChanges = totalChanges
        self.coveredEffort = coveredEffort
        self.totalEffort = totalEffort
        self.remainingChanges = remainingChanges
    }

    public init(plan: GapPlan, actions: [ImprovementAction], session: Session, questionnaire q: Questionnaire,
                counting: Counting? = nil) {
        var aimed: [String: Int] = [:]
        for action in actions where action.status.isLive {
            for target in action.targets {
                let key = target.criterionID + "\u{1F}" + target.angle
                aimed[key] = max(aimed[key] ?? Int.min, target.rating)
            }
        }
        let covered = plan.changes.filter { change in
            (aimed[change.criterionID + "\u{1F}" + change.angle] ?? Int.min) >= change.to
        }
        coveredChanges = covered.count
        totalChanges = plan.changes.count
        coveredEffort = covered.reduce(0) { $0 + $1.effort }
        totalEffort = plan.totalEffort
        remainingChanges = ActionCoverage.remaining(plan: plan, actions: actions, session: session, q, counting)
    }

    /// Re-plans toward the same level or band with every live target met.
    private static func remaining(plan: GapPlan, actions: [ImprovementAction], session: Session, _ q: Questionnaire,
                                  _ counting: Counting?) -> Int? {
        if case .lowestGroup = q.scoring { return nil }
        var applied = session
        for action in actions where action.status.isLive {
            for target in action.targets where q.criterion(target.criterionID)?.question(for: target.angle) != nil {
                let now = applied.answer(target.criterionID, target.angle)
                if now?.isNotApplicable == true { continue }
                if let rating = now?.rating, rating >= target.rating { continue }
                applied.setAnswer(.rated(target.rating), criterion: target.criterionID, angle: target.angle, at: session.updatedAt)
            }
        }
        guard let again = try? GapPlanner.plan(applied, questionnaire: q, target: .named(plan.target.id), counting: counting)
        else { return nil }
        return again.changes.count
    }
}
