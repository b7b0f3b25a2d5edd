import MaturityCore
import TerminalUI

/// Turns a key into a change of state plus the effects to run. Pure: no I/O,
/// no clock (the runner stamps `state.now` before each key).
public enum WizardUpdate {
    public static func handle(_ key: Key, _ state: inout WizardState) -> [Effect] {
        if key == .ctrl("c") { return [.quit] }
        if key == .ctrl("z") { return [.suspend] }
        if state.prompt != nil { return PromptKeys.handle(key, &state) }
        switch state.screen {
        case .start: return StartKeys.handle(key, &state)
        case .pickModel: return StartKeys.handlePick(key, &state)
        case .profile: return ProfileKeys.handle(key, &state)
        case .criterion: return CriterionKeys.handle(key, &state)
        case .outline: return OutlineKeys.handle(key, &state)
        case .plan: return PlanKeys.handle(key, &state)
        case .scorecard, .summary:
            switch key {
            case .character("q"): return [.quit]
            case .character("o"): OutlineKeys.open(&state)
            case .character("?"): state.screen = .help(returnTo: .scorecard)
            default: state.screen = .criterion
            }
            return []
        case let .help(back):
            switch back {
            case .criterion: state.screen = .criterion
            case .outline: state.screen = .outline
            case .scorecard: state.screen = .scorecard
            case .start: state.screen = .start(selection: 0)
            }
            return []
        }
    }
}

/// Keys of the modal text prompt (N/A reason, note, save-as path).
enum PromptKeys {
    static func handle(_ key: Key, _ state: inout WizardState) -> [Effect] {
        guard var prompt = state.prompt else { return [] }
        let commit: Bool
        switch key {
        case .escape:
            state.prompt = nil
            return []
        case .enter where !prompt.editor.isMultiline, .ctrl("s"), .function(2):
            commit = true
        default:
            prompt.editor.handle(key)
            prompt.error = nil
            state.prompt = prompt
            commit = false
        }
        guard commit else { return [] }
        let text = prompt.editor.text
        switch prompt.purpose {
        case let .notApplicableReason(criterion, angles):
            let reason = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty else {
                prompt.error = state.text.naReasonPrompt
                state.prompt = prompt
                return []
            }
            state.prompt = nil
            guard var a = state.assessment else { return [] }
            for angle in angles {
                a.session.setAnswer(.notApplicable(reason: reason), criterion: criterion, angle: angle, at: state.now)
            }
            a.rescore()
            state.assessment = a
            CriterionKeys.advanceAfterAnswer(&state, answeredWholeCriterion: angles.count > 1)
            return [.save]
        case let .note(criterion):
            state.prompt = nil
            guard var a = state.assessment else { return [] }
            a.session.update(criterion: criterion, at: state.now) { $0.note = text }
            state.assessment = a
            return [.save]
        case .saveAs:
            let path = text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { return [] }
            state.prompt = nil
            return [.saveAs(path)]
        }
    }
}

extension String {
    func trimmingCharacters(in set: CharacterSetKind) -> String {
        let drop: (Character) -> Bool = set == .whitespaces ? { $0 == " " || $0 == "\t" } : { $0.isWhitespace }
        var result = Substring(self)
        while let first = result.first, drop(first) { result.removeFirst() }
        while let last = result.last, drop(last) { result.removeLast() }
        return String(result)
    }
}

enum CharacterSetKind { case whitespaces, whitespacesAndNewlines }
