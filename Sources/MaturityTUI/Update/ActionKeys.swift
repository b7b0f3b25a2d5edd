import MaturityCore
import TerminalUI

/// Keys of the action plan: edit, add by hand, remove, sort by due date,
/// filter by status and owner; and turning the gap plan into actions.
enum ActionKeys {
    static func open(_ state: inout WizardState) {
        state.screen = .actions(selection: 0)
        state.confirmingRemoval = false
    }

    static func handle(_ key: Key, _ state: inout WizardState) -> [Effect] {
        guard case let .actions(selection) = state.screen, let a = state.assessment else { return [] }
        let visible = state.visibleActions()
        if state.confirmingRemoval {
            state.confirmingRemoval = false
            guard key == .character("y") || key == .character("Y"), let action = visible[safe: selection] else { return [] }
            var assessment = a
            assessment.session.removeAction(id: action.id, at: state.now)
            assessment.updateCoverage()
            state.assessment = assessment
            state.screen = .actions(selection: max(0, min(selection, visible.count - 2)))
            return [.save]
        }
        if let holder = state.readOnly, [.character("n"), .character("e"), .enter, .character("d"), .delete].contains(key) {
            state.message = holder
            return []
        }
        state.message = nil
        switch key {
        case .up, .character("k"): state.screen = .actions(selection: max(0, selection - 1))
        case .down, .character("j"): state.screen = .actions(selection: min(max(visible.count - 1, 0), selection + 1))
        case .enter, .character("e"):
            guard let action = visible[safe: selection] else { return [] }
            state.form = .action(action, targets: action.targets, details: targetLines(action.targets, state), text: state.text)
        case .character("n"):
            // By hand: aimed at the current criterion's angles below the top.
            guard let criterion = state.currentCriterion else { return [] }
            let draft = ActionDrafts.forCriterion(criterion, questionnaire: a.questionnaire, session: a.session,
                                                  title: "\(criterion.id) \(criterion.title[state.language])")
            var form = ItemForm.action(nil, targets: draft.targets, details: targetLines(draft.targets, state), text: state.text)
            form.fields[0].value = .text(LineEditor(draft.title, maxLength: maximumTitleLength))
            state.form = form
        case .character("d"), .delete, .character("x"):
            if visible.indices.contains(selection) { state.confirmingRemoval = true }
        case .character("s"):
            state.actionSort = state.actionSort == .made ? .due : .made
        case .character("f"):
            // all → planned → in progress → done → dropped → all
            state.actionStatusFilter = cycle(state.actionStatusFilter, through: ActionStatus.allCases)
            state.screen = .actions(selection: 0)
        case .character("w"):
            // all → each owner in turn → all
            state.actionOwnerFilter = cycle(state.actionOwnerFilter, through: state.actionOwners)
            state.screen = .actions(selection: 0)
        case .character("p"): PlanKeys.open(&state)
        case .character("q"): return [.quit]
        case .character("?"): state.screen = .help(returnTo: .actions)
        default: state.screen = .criterion
        }
        return []
    }

    /// The filter after `current`: nil (all) → the first value → … → the last → nil.
    static func cycle<T: Equatable>(_ current: T?, through values: [T]) -> T? {
        guard let current, let index = values.firstIndex(of: current) else { return values.first }
        return values[safe: index + 1]
    }

    /// "1.2 method → 10" per target, for the form's read-only lines.
    static func targetLines(_ targets: [ActionTarget], _ state: WizardState) -> [String] {
        guard let q = state.assessment?.questionnaire else { return [] }
        return targets.map { target in
            let angle = q.angle(target.angle)?.title[state.language] ?? target.angle
            return "\(target.criterionID) \(angle) → \(target.rating)"
        }
    }

    /// The gap plan's changes become actions, grouped as the user chose.
    static func fromPlan(_ grouping: ActionGrouping, _ state: inout WizardState) -> [Effect] {
        guard var a = state.assessment, let plan = state.plan, !plan.changes.isEmpty else { return [] }
        let t = state.text
        let l = state.language
        let drafts = ActionDrafts.fromPlan(plan, questionnaire: a.questionnaire, session: a.session, grouping: grouping) { subject in
            switch subject {
            case let .criterion(criterion): return "\(criterion.id) \(criterion.title[l])"
            case let .group(group): return t(.raiseGroup, group.id, group.title[l])
            case let .plan(target): return t(.reachTarget, target.id, t.c(target.name))
            }
        }
        for draft in drafts { a.session.addAction(draft, at: state.now) }
        a.updateCoverage()
        state.assessment = a
        state.message = t(.actionsMade, drafts.count)
        state.actionStatusFilter = nil
        state.actionOwnerFilter = nil
        state.screen = .actions(selection: max(0, state.visibleActions().count - drafts.count))
        return [.save]
    }
}
