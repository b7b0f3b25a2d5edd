import MaturityCore
import TerminalUI

/// Keys of the evidence and action forms: move between fields, type, cycle
/// choices, save (Ctrl-S, F2, or Enter on the last field), cancel (Esc).
enum FormKeys {
    static func handle(_ key: Key, _ state: inout WizardState) -> [Effect] {
        guard var form = state.form else { return [] }
        let last = form.fields.count - 1
        switch key {
        case .escape:
            state.form = nil
            return []
        case .ctrl("s"), .function(2):
            return commit(form, &state)
        case .enter:
            if form.focus >= last { return commit(form, &state) }
            form.focus += 1
        case .tab, .down:
            form.focus = min(last, form.focus + 1)
        case .backTab, .up:
            form.focus = max(0, form.focus - 1)
        default:
            form.error = nil
            guard let field = form.fields[safe: form.focus] else { break }
            switch field.value {
            case let .choice(options, index):
                let step: Int
                switch key {
                case .left: step = -1
                case .right, .character(" "): step = 1
                default: step = 0
                }
                form.fields[form.focus].value = .choice(options: options, index: (index + step + options.count) % max(options.count, 1))
            case var .text(editor):
                editor.handle(key)
                form.fields[form.focus].value = .text(editor)
            }
        }
        state.form = form
        return []
    }

    static func commit(_ form: ItemForm, _ state: inout WizardState) -> [Effect] {
        var form = form
        guard var a = state.assessment else { return [] }
        let t = state.text
        switch form.purpose {
        case let .evidence(criterion, index):
            guard let item = form.evidenceItem(t) else {
                state.form = form
                return []
            }
            a.session.update(criterion: criterion, at: state.now) { record in
                if let index, record.evidence.indices.contains(index) {
                    record.evidence[index] = item
                } else {
                    record.evidence.append(item)
                }
            }
            let count = a.session.answers[criterion]?.evidence.count ?? 0
            state.screen = .evidence(selection: index ?? max(0, count - 1))
            state.message = t(.evidenceSaved)
        case let .action(id, targets):
            guard let action = form.action(id: id ?? a.session.nextActionID, targets: targets, t) else {
                state.form = form
                return []
            }
            if id == nil || !a.session.replaceAction(action, at: state.now) { a.session.addAction(action, at: state.now) }
            state.message = t(.actionSaved, action.id)
        }
        a.updateCoverage()
        state.assessment = a
        state.form = nil
        return [.save]
    }
}
