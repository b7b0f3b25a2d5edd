import MaturityCore
import TerminalUI

/// Turns a key into a change of state plus the effects to run. Pure: no I/O,
/// no clock (the runner stamps `state.now` before each key).
public enum WizardUpdate {
    /// The result of an effect the runner performed.
    public static func receive(_ outcome: Outcome, _ state: inout WizardState) {
        SessionOutcomes.receive(outcome, &state)
    }

    /// Whether the wizard may end now: no answers are left only in memory.
    public static func mayQuit(_ state: WizardState) -> Bool {
        state.saveError == nil || state.assessment == nil || state.readOnly != nil
    }

    public static func handle(_ key: Key, _ state: inout WizardState) -> [Effect] {
        if let question = state.question { return PendingKeys.handle(key, question, &state) }
        if key == .ctrl("z") { return [.suspend] }
        // Ctrl-C in a prompt is the prompt's (it asks before dropping typed text).
        if state.prompt != nil { return PromptKeys.handle(key, &state) }
        if key == .ctrl("c") { return [.quit] }
        if state.form != nil { return FormKeys.handle(key, &state) }
        if let question = state.asking { return QuestionKeys.handle(key, question, &state) }
        // T, not t: t opens the action plan, which a read-only wizard may still read.
        if state.takeOverOffered && key == .character("T") { return [.takeOver] }
        switch state.screen {
        case .start: return StartKeys.handle(key, &state)
        case .pickModel: return StartKeys.handlePick(key, &state)
        case .profile: return ProfileKeys.handle(key, &state)
        case .criterion: return CriterionKeys.handle(key, &state)
        case .outline: return OutlineKeys.handle(key, &state)
        case .plan: return PlanKeys.handle(key, &state)
        case .evidence: return EvidenceKeys.handle(key, &state)
        case .actions: return ActionKeys.handle(key, &state)
        case .scorecard, .summary:
            switch key {
            case .character("q"): return [.quit]
            case .character("R"): state.asking = .reportFormat
            case .character("p"): PlanKeys.open(&state)
            case .character("o"): OutlineKeys.open(&state)
            case .character("?"): state.screen = .help(returnTo: .scorecard)
            case .character("l") where LadderKeys.open(&state): break
            default: state.screen = .criterion
            }
            return []
        case .ladder:
            return LadderKeys.handle(key, &state)
        case let .help(back):
            return HelpScroll.handle(key, back: back, &state)
        }
    }
}

/// Help scrolls one key at a time; any key that does not scroll goes back.
enum HelpScroll {
    /// The new first line for a scrolling key (↑↓ k j, PgUp PgDn space,
    /// Home End g G), or nil for any other key. Shared by every scrolling screen.
    static func scrolled(_ key: Key, from first: Int, last: Int) -> Int? {
        switch key {
        case .down, .character("j"): return min(last, first + 1)
        case .up, .character("k"): return max(0, first - 1)
        case .pageDown, .character(" "): return min(last, first + 8)
        case .pageUp: return max(0, first - 8)
        case .end, .character("G"): return last
        case .home, .character("g"): return 0
        default: return nil
        }
    }

    static func handle(_ key: Key, back: ReturnScreen, _ state: inout WizardState) -> [Effect] {
        let last = HelpKeys.lastFirst(HelpKeys.entries(state, back), size: state.size)
        if let scrolled = scrolled(key, from: state.helpScroll, last: last) {
            state.helpScroll = scrolled
            return []
        }
        switch key {
        case .character("q") where back == .start: return [.quit]
        default:
            state.helpScroll = 0
            switch back {
            case .criterion: state.screen = .criterion
            case .outline: state.screen = .outline
            case .scorecard: state.screen = .scorecard
            case .plan: PlanKeys.open(&state)
            case .start: state.screen = .start(selection: 0)
            case .evidence: state.screen = .evidence(selection: 0)
            case .actions: state.screen = .actions(selection: 0)
            }
        }
        return []
    }
}

/// Keys while the wizard waits on a question (see `GuardQuestion`).
enum PendingKeys {
    static func handle(_ key: Key, _ question: GuardQuestion, _ state: inout WizardState) -> [Effect] {
        state.question = nil
        let yes = key == .character("y") || key == .character("Y")
        switch question {
        case .quitUnsaved:
            switch key {
            case .character("r"): return [.retrySave]
            case .character("w"):
                guard let a = state.assessment else { return [] }
                state.prompt = Prompt(purpose: .saveAs, editor: LineEditor(a.path + ".copy.json", maxLength: 4096))
            case .character("d"): return [.discardAndQuit]
            default: break            // Esc, and Ctrl-C pressed again: stay, nothing is lost
            }
            return []
        case let .replaceNotApplicable(value):
            guard yes, let criterion = state.currentCriterion else { return [] }
            return CriterionKeys.answer(&state, criterion, value: value, confirmed: true)
        case let .restoreRecovery(path):
            if yes { return [.restoreRecovery(path: path)] }
            if key == .character("d") { return [.deleteRecovery(path: path)] }
            return []
        }
    }

    /// Keys that may act while the terminal is too small to show anything:
    /// only quitting (which still asks, once the screen can show the question).
    static func actsWhenBlind(_ key: Key, _ state: WizardState) -> Bool {
        key == .ctrl("c") || (key == .character("q") && state.prompt == nil && state.question == nil)
    }
}

/// Keys of the modal text prompt (N/A reason, note, save-as path).
enum PromptKeys {
    static func handle(_ key: Key, _ state: inout WizardState) -> [Effect] {
        guard var prompt = state.prompt else { return [] }
        // Let go of the state's copy, so the editor below is the only one and
        // edits it in place: a 100,000-character paste stays linear.
        state.prompt = nil
        if prompt.confirmingDiscard {
            if key == .character("y") || key == .character("Y") { return [] }
            prompt.confirmingDiscard = false
            prompt.error = nil
            state.prompt = prompt
            return []
        }
        let commit: Bool
        switch key {
        case .escape, .ctrl("c"):
            if prompt.hasUnsavedTyping {
                prompt.confirmingDiscard = true
                prompt.error = state.text(.discardTyping)
                state.prompt = prompt
            }
            return []
        case .enter where !prompt.editor.isMultiline, .ctrl("s"), .function(2):
            commit = true
        default:
            prompt.editor.handle(key)
            prompt.error = nil
            state.prompt = prompt
            commit = false
        }
        state.prompt = prompt
        guard commit else { return [] }
        let text = prompt.editor.text
        switch prompt.purpose {
        case let .notApplicableReason(criterion, angles):
            let reason = text.trimmed(.spacesAndNewlines)
            guard !reason.isEmpty else {
                prompt.error = state.text(.naReasonPrompt)
                state.prompt = prompt
                return []
            }
            state.prompt = nil
            guard let a = state.assessment else { return [] }
            let wasComplete = a.scorecard.answered == a.scorecard.questions
            let now = state.now
            UndoKeys.tracked(&state, criterion: criterion, kind: .notApplicable) { a in
                for angle in angles {
                    a.session.setAnswer(.notApplicable(reason: reason), criterion: criterion, angle: angle, at: now)
                }
            }
            CriterionKeys.advanceAfterAnswer(&state, answeredWholeCriterion: angles.count > 1, wasComplete: wasComplete)
            return [.save]
        case let .note(criterion):
            state.prompt = nil
            let now = state.now
            UndoKeys.tracked(&state, criterion: criterion, kind: .note) { $0.session.update(criterion: criterion, at: now) { $0.note = text } }
            return [.save]
        case .saveAs:
            let path = text.trimmed()
            guard !path.isEmpty else { return [] }
            state.prompt = nil
            return [.saveAs(path)]
        case .search:
            state.prompt = nil
            Search.run(text, &state)
            return []
        case let .reportPath(format, replace):
            let path = text.trimmed()
            guard !path.isEmpty else { return [] }
            state.prompt = nil
            // A changed path is a new question: replacing was agreed for the old one only.
            let agreed = replace && path == prompt.confirmedPath
            return [.writeReport(format, path: path, replace: agreed)]
        case let .rename(path):
            let name = text.trimmed()
            guard !name.isEmpty else { return [] }
            state.prompt = nil
            return [.renameSession(path: path, to: name)]
        }
    }
}
