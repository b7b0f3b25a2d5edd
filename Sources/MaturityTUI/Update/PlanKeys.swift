import MaturityCore
import MaturityPresentation
import TerminalUI

/// The gap plan screen: computed by the core's planner when it opens; each
/// listed criterion opens from there.
enum PlanKeys {
    static func open(_ state: inout WizardState) {
        guard let a = state.assessment else { return }
        do {
            state.plan = try GapPlanner.plan(a.session, questionnaire: a.questionnaire, target: state.planTarget, counting: a.counting)
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
                state.message = holder
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
        case .enter:
            guard let id = state.plan?.byCriterion[safe: selection]?.criterionID,
                  let index = state.assessment?.questionnaire.criterionIndex[id] else { return [] }
            state.screen = .criterion
            return CriterionKeys.move(&state, to: index)
        case .left, .right, .character("h"), .character("l"):
            // Any level or band, not only the next: ← → step through them.
            guard let a = state.assessment else { return [] }
            let targets = [PlanTarget.next] + targets(a.questionnaire)
            let index = targets.firstIndex(of: state.planTarget) ?? 0
            let step = key == .left || key == .character("h") ? -1 : 1
            state.planTarget = targets[(index + step + targets.count) % targets.count]
            open(&state)
        case .character("q"): return [.quit]
        case .character("?"): state.screen = .help(returnTo: .plan)
        default: state.screen = .criterion
        }
        return []
    }

    /// Every level or band a plan can aim at, lowest first.
    static func targets(_ q: Questionnaire) -> [PlanTarget] {
        switch q.scoring {
        case let .levels(rules): return rules.levels.map { .named($0.id) }
        case let .meanLevel(rules): return rules.levels.map { .named($0.id) }
        case let .weightedBands(rules): return rules.bands.reversed().dropFirst().map { .named($0.id) }
        case .lowestGroup: return [60, 70, 80, 90, 100].map { .percent($0) }
        }
    }
}
