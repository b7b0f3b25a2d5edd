import MaturityCore
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
            state.planError = error.message
        }
        state.screen = .plan(selection: 0)
    }

    static func handle(_ key: Key, _ state: inout WizardState) -> [Effect] {
        guard case let .plan(selection) = state.screen else { return [] }
        let count = state.plan?.byCriterion.count ?? 0
        switch key {
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
