import MaturityCore
import MaturityPresentation
import TerminalUI

/// One-key questions (report format, follow-up answers, archive, delete)
/// and the results of the effects they start.
enum QuestionKeys {
    static func handle(_ key: TerminalUI.Key, _ question: PendingQuestion, _ state: inout WizardState) -> [Effect] {
        state.asking = nil
        state.message = nil
        let c: Character? = if case let .character(c) = key { Character(c.lowercased()) } else { nil }
        switch question {
        case .reportFormat:
            let format: ReportFormat? = switch c { case "h": .html; case "m": .md; case "c": .csv; default: nil }
            guard let format, let a = state.assessment else { return [] }
            state.prompt = Prompt(purpose: .reportPath(format, replace: false),
                                  editor: LineEditor(ReportFile.defaultPath(session: a.path, format: format), maxLength: 4096))
        case let .followUpAnswers(path):
            if c == "b" { return [.followUp(path: path, copyAnswers: false)] }
            if c == "c" { return [.followUp(path: path, copyAnswers: true)] }
        case let .archive(path):
            if c == "y" { return [.archiveSession(path: path)] }
        case let .delete(path, second):
            guard c == "y" else { return [] }
            let complete = state.sessions.first { $0.path == path }.map { $0.questions > 0 && $0.answered == $0.questions } ?? false
            if complete && !second {
                state.asking = .delete(path: path, second: true)
                return []
            }
            return [.deleteSession(path: path)]
        }
        return []
    }

    static func receive(_ outcome: Outcome, _ state: inout WizardState) {
        switch outcome {
        case let .reportWritten(path):
            state.message = state.text(.reportWritten, path)
        case let .reportExists(format, path):
            var editor = LineEditor(path, maxLength: 4096)
            editor.moveEnd()
            state.prompt = Prompt(purpose: .reportPath(format, replace: true), editor: editor, error: state.text(.reportExists), confirmedPath: path)
        case let .sessionsChanged(sessions, select, message):
            state.sessions = sessions
            let index = select.flatMap { path in sessions.firstIndex { $0.path == path } }.map { $0 + 1 }
            if case .start = state.screen { state.screen = .start(selection: index ?? min(1, sessions.count)) }
            state.message = message
        case let .failed(reason):
            state.message = "✗ " + reason
        default:
            SessionOutcomes.receive(outcome, &state)
        }
    }
}
