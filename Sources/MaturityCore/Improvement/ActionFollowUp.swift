/// Whether one target of an action was reached, read from a (follow-up) session.
public enum TargetState: Sendable, Equatable {
    /// Rated at or above the target.
    case reached(Int)
    /// Rated, but below the target.
    case below(Int)
    case notApplicable
    case unanswered
    /// The questionnaire no longer has this criterion or angle.
    case gone

    public var isReached: Bool {
        if case .reached = self { return true }
        return false
    }
}

/// How an action's criteria stand in a session: per target, and overall.
public struct ActionProgress: Sendable, Equatable {
    public enum Overall: String, Sendable {
        /// Every target reached.
        case reached
        /// Some targets reached, not all.
        case partly
        /// None reached.
        case notReached = "not_reached"
        /// The action has no targets to check.
        case nothingToCheck = "nothing_to_check"
    }

    public var actionID: String
    public var targets: [(target: ActionTarget, state: TargetState)]
    public var overall: Overall

    public static func == (lhs: ActionProgress, rhs: ActionProgress) -> Bool {
        lhs.actionID == rhs.actionID && lhs.overall == rhs.overall
            && lhs.targets.count == rhs.targets.count
            && zip(lhs.targets, rhs.targets).allSatisfy { $0.target == $1.target && $0.state == $1.state }
    }

    /// Reads each target of `action` in `session` (for a follow-up: the new
    /// session, with the baseline's actions).
    public init(_ action: ImprovementAction, in session: Session, questionnaire q: Questionnaire) {
        actionID = action.id
        targets = action.targets.map { target in
            guard let criterion = q.criterion(target.criterionID), criterion.question(for: target.angle) != nil else {
                return (target, .gone)
            }
            switch session.answer(criterion.id, target.angle) {
            case nil: return (target, .unanswered)
            case .notApplicable?: return (target, .notApplicable)
            case let .rated(value)?: return (target, value >= target.rating ? .reached(value) : .below(value))
            }
        }
        let reached = targets.filter { $0.state.isReached }.count
        if targets.isEmpty {
            overall = .nothingToCheck
        } else if reached == targets.count {
            overall = .reached
        } else {
            overall = reached == 0 ? .notReached : .partly
        }
    }
}
