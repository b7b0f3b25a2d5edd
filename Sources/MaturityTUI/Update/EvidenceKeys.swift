import MaturityCore
import TerminalUI

/// Keys of the evidence list of the current criterion: add, edit, remove.
enum EvidenceKeys {
    static func open(_ state: inout WizardState) {
        state.screen = .evidence(selection: 0)
        state.confirmingRemoval = false
    }

    static func handle(_ key: Key, _ state: inout WizardState) -> [Effect] {
        guard case let .evidence(selection) = state.screen, let a = state.assessment,
              let criterion = state.currentCriterion else { return [] }
        let items = a.session.answers[criterion.id]?.evidence ?? []
        if state.confirmingRemoval {
            state.confirmingRemoval = false
            guard key == .character("y") || key == .character("Y"), items.indices.contains(selection) else { return [] }
            var assessment = a
            assessment.session.update(criterion: criterion.id, at: state.now) { $0.evidence.remove(at: selection) }
            state.assessment = assessment
            state.screen = .evidence(selection: max(0, min(selection, items.count - 2)))
            return [.save]
        }
        if let holder = state.readOnly, [.character("a"), .character("e"), .enter, .character("d"), .delete].contains(key) {
            state.message = holder
            return []
        }
        state.message = nil
        switch key {
        case .up, .character("k"): state.screen = .evidence(selection: max(0, selection - 1))
        case .down, .character("j"): state.screen = .evidence(selection: min(max(items.count - 1, 0), selection + 1))
        case .character("a"), .character("+"):
            state.form = .evidence(nil, criterion: criterion.id, index: nil, today: state.today, text: state.text)
        case .enter, .character("e"):
            guard let item = items[safe: selection] else {
                state.form = .evidence(nil, criterion: criterion.id, index: nil, today: state.today, text: state.text)
                return []
            }
            state.form = .evidence(item, criterion: criterion.id, index: selection, today: state.today, text: state.text)
        case .character("d"), .delete, .character("x"):
            if items.indices.contains(selection) { state.confirmingRemoval = true }
        case .character("q"): return [.quit]
        case .character("?"): state.screen = .help(returnTo: .evidence)
        default: state.screen = .criterion
        }
        return []
    }
}
