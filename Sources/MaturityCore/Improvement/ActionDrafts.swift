/// How the changes of a gap plan are grouped into actions.
public enum ActionGrouping: String, Sendable, CaseIterable {
    /// One action per criterion: the finest grain, one owner each.
    case perCriterion = "criterion"
    /// One action per top-level group (dimension, category, module).
    case perGroup = "group"
    /// One action for the whole plan.
    case single
}

/// What an action drafted from a gap plan stands for, so that the caller
/// (the presentation layer) can word its title.
public enum ActionDraftSubject: Sendable, Equatable {
    case criterion(Criterion)
    case group(Group)
    /// The whole plan, toward this level or band.
    case plan(PlanStanding)
}

public enum ActionDrafts {
    /// Turns a gap plan's changes into actions, numbered on from the session's
    /// last action id; each target is the rating the plan asks for. Changes
    /// keep the plan's order (cheapest criterion first) inside each action,
    /// and actions follow the first change they hold.
    public static func fromPlan(_ plan: GapPlan, questionnaire q: Questionnaire, session: Session,
                                grouping: ActionGrouping,
                                title: (ActionDraftSubject) -> String) -> [ImprovementAction] {
        var keys: [String] = []
        var targets: [String: [ActionTarget]] = [:]
        var subjects: [String: ActionDraftSubject] = [:]
        for change in plan.changes {
            let key: String
            let subject: ActionDraftSubject
            switch grouping {
            case .perCriterion:
                guard let criterion = q.criterion(change.criterionID) else { continue }
                key = criterion.id
                subject = .criterion(criterion)
            case .perGroup:
                guard let group = q.topGroup(containing: change.criterionID) else { continue }
                key = group.id
                subject = .group(group)
            case .single:
                key = ""
                subject = .plan(plan.target)
            }
            if targets[key] == nil { keys.append(key) }
            subjects[key] = subject
            targets[key, default: []].append(ActionTarget(criterionID: change.criterionID, angle: change.angle, rating: change.to))
        }
        var numbering = session
        return keys.compactMap { key -> ImprovementAction? in
            guard let subject = subjects[key] else { return nil }
            let action = ImprovementAction(id: numbering.nextActionID, title: title(subject), targets: targets[key] ?? [])
            numbering.actions.append(action)
            return action
        }
    }

    /// An action made by hand on a criterion's screen: every angle below the
    /// top of the scale aims for the top (N/A angles are left out).
    public static func forCriterion(_ criterion: Criterion, questionnaire q: Questionnaire, session: Session,
                                    title: String) -> ImprovementAction {
        let record = session.answers[criterion.id]
        let targets = criterion.angleIDs.compactMap { angle -> ActionTarget? in
            let answer = record?.ratings[angle]
            if answer?.isNotApplicable == true { return nil }
            if let rating = answer?.rating, rating >= q.scale.top { return nil }
            return ActionTarget(criterionID: criterion.id, angle: angle, rating: q.scale.top)
        }
        return ImprovementAction(id: session.nextActionID, title: title, targets: targets)
    }
}

extension Questionnaire {
    /// The top-level group (dimension, category, module) that holds a criterion.
    public func topGroup(containing criterionID: String) -> Group? {
        groups.first { group in group.allCriteria.contains { $0.id == criterionID } }
    }
}
