import MaturityCore

/// Undo and redo of answer changes. Each undo is a change like any other:
/// saved at once, and the wizard shows the criterion it touched.
enum UndoKeys {
    /// Runs a change to one criterion's record, rescores, and keeps the
    /// record before and after for undo.
    static func tracked(_ state: inout WizardState, criterion: String, kind: AnswerChange.Kind, _ change: (inout Assessment) -> Void) {
        guard var a = state.assessment else { return }
        let before = a.session.answers[criterion]
        change(&a)
        a.rescore()
        state.assessment = a
        state.history.record(AnswerChange(criterion: criterion, kind: kind, before: before, after: a.session.answers[criterion]))
    }

    static func undo(_ state: inout WizardState, redo: Bool) -> [Effect] {
        guard let change = redo ? state.history.popRedo() : state.history.popUndo() else {
            state.message = redo ? state.text(.nothingToRedo) : state.text(.nothingToUndo)
            return []
        }
        guard var a = state.assessment else { return [] }
        a.session.restore(redo ? change.after : change.before, criterion: change.criterion, at: state.now)
        a.rescore()
        state.assessment = a
        state.screen = .criterion
        var effects: [Effect] = [.save]
        if let index = a.questionnaire.criterionIndex[change.criterion] {
            effects = CriterionKeys.move(&state, to: index)
        }
        state.message = state.text.undone(change, redo: redo, questionnaire: a.questionnaire)
        return effects
    }
}

/// Digits typed with a Chinese input method on arrive full-width (０–９).
enum FullWidth {
    static func digit(_ c: Character) -> Int? {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }

    /// The text with full-width digits made ASCII.
    static func normalized(_ text: String) -> String {
        String(text.map { c in FullWidth.digit(c).map { Character(String($0)) } ?? c })
    }
}
