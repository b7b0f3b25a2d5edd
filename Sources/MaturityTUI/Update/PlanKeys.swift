import MaturityCore
import MaturityPresentation
import TerminalUI

/// The gap plan screen: computed by the core's planner when it opens; each
/// listed criterion opens from there.
enum PlanKeys {
    static func open(_ state: inout WizardState) {
        guard let a = state.assessment else { return }
        do {
            state.plan = try GapPlanner.plan(a.session, questionnaire: a.questionnaire, target: .next, counting: a.counting)
            state.planError = nil
        } catch {
            state.plan = nil
            state.planError = PlanErrors.message(error, Catalog(state.text.language))
        }
        state.screen = .plan(selection: 0)
    }

    static func handle(_ key: Key, _ state: inout WizardState) -> [Effect] {
        guard case let .plan(selection) = state.screen else { return [] }
        let count = state.plan?.byCriterion.count ?? 0
        if state.choosingGrouping {
            state.choosingGrouping = false
            switch key {
            case .character("1"): return ActionKeys.fromPlan(.perCriterion, &state)
            case .character("2"): return ActionKeys.fromPlan(.perGroup, &state)
            case .character("3"): return ActionKeys.fromPlan(.single, &state)
            default: return []
            }
        }
        switch key {
        case .character("a"):
            // One key turns the listed changes into actions, after asking how to group them.
            if let holder = state.readOnly {
                state.message = state.text.readOnly(holder)
            } else if state.plan?.changes.isEmpty == false {
                state.choosingGrouping = true
            }
            return []
        case .character("t"):
            ActionKeys.open(&state)
            return []
        case .up, .character("k"): state.screen = .plan(selection: max(0, selection - 1))
        case .down, .character("j"): state.screen = .plan(selection: min(max(count - 1, 0), selection + 1))
        case .pageUp: state.screen = .plan(selection: max(0, selection - 10))
        case .pageDown: state.screen = .plan(selection: min(max(count - 1, 0), selection + 10))
        case .enter, .right:
            guard let id = state.plan?.byCriterion[safe: selection]?.criterionID,
                  let index = state.assessment?.questionnaire.criterionIndex[id] else { return [] }
            state.screen = .criterion
            return CriterionKeys.move(&state, to: index)
        case .character("q"): return [.quit]
        case .character("?"): state.screen = .help(returnTo: .plan)
        default: state.screen = .criterion
        }
        return []
    }
}
