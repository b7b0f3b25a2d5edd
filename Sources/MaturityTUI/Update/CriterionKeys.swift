import MaturityCore
import TerminalUI

/// Keys of the criterion screen: answering, moving, notes and flags.
enum CriterionKeys {
    static func handle(_ key: Key, _ state: inout WizardState) -> [Effect] {
        guard let a = state.assessment, let criterion = state.currentCriterion else { return [] }
        if state.confirmingClear {
            state.confirmingClear = false
            if key == .character("y") || key == .character("Y") { return clear(&state, criterion) }
            return []
        }
        if state.saveError != nil {
            if key == .character("r") { return [.retrySave] }
            if key == .character("w") {
                state.prompt = Prompt(purpose: .saveAs, editor: LineEditor(a.path + ".copy.json", maxLength: 4096))
                return []
            }
        }
        if let readOnly = state.readOnly, changesAnswers(key) {
            state.message = readOnly
            return []
        }
        let scale = a.questionnaire.scale
        let choices = scale.values.count + (scale.allowsNotApplicable ? 1 : 0)
        let focusCount = criterion.questions.count
        state.message = nil
        switch key {
        case let .character(c) where c.isNumber && FullWidth.digit(c) != nil:
            // Full-width digits too: a Chinese input method left on types them.
            guard let digit = FullWidth.digit(c), digit >= 1, digit <= scale.values.count else {
                state.message = state.text(.noSuchChoice, scale.values.count)
                return []
            }
            return answer(&state, criterion, value: scale.values[digit - 1])
        case .character("z"):
            return UndoKeys.undo(&state, redo: false)
        case .character("Z"), .ctrl("y"):
            return UndoKeys.undo(&state, redo: true)
        case .character("i"):
            state.screen = .profile(ProfileForm(editing: a.session.profile, questionnaire: a.questionnaire))
        case .character("S"):
            state.screen = .summary
        case .character("R"):
            state.asking = .reportFormat
        case .character("n"), .character("N"):
            beginNotApplicable(&state, criterion)
        case .character("x"), .delete, .backspace:
            if let question = criterion.questions[safe: state.focus], a.session.answer(criterion.id, question.angle) != nil {
                state.confirmingClear = true
            } else {
                state.message = state.text(.nothingToClear)
            }
        case .left, .character("h"):
            state.highlight = max(0, (state.highlight ?? selectedChoice(state, criterion) ?? 0) - 1)
        case .right, .character("l"):
            state.highlight = min(choices - 1, (state.highlight ?? selectedChoice(state, criterion) ?? -1) + 1)
        case .enter, .character(" "):
            guard let highlight = state.highlight else {
                state.message = state.text(.chooseFirst)
                return []
            }
            if highlight < scale.values.count { return answer(&state, criterion, value: scale.values[highlight]) }
            beginNotApplicable(&state, criterion)
        case .up, .character("k"), .backTab:
            state.focus = max(0, state.focus - 1)
            state.highlight = nil
        case .down, .character("j"), .tab:
            state.focus = min(focusCount - 1, state.focus + 1)
            state.highlight = nil
        case .character(","), .character("<"), .pageUp:
            return move(&state, to: state.current - 1)
        case .character("."), .character(">"), .pageDown:
            return move(&state, to: state.current + 1)
        case .character("u"):
            return nextUnanswered(&state)
        case .character("o"):
            OutlineKeys.open(&state)
        case .escape:
            // Back to the list of sessions (everything is saved).
            return [.closeSession]
        case .character("s"):
            state.screen = .scorecard
        case .character("p"):
            PlanKeys.open(&state)
        case .character("v"):
            EvidenceKeys.open(&state)
        case .character("t"):
            ActionKeys.open(&state)
        case .character("a"):
            guard var assessment = state.assessment, assessment.session.conflicts[criterion.id] != nil else {
                state.message = state.text(.noConflict)
                return []
            }
            let ratings = assessment.session.answers[criterion.id]?.ratings ?? [:]
            // Settling also ends the conflict, which undo does not bring back.
            assessment.session.settle(criterion: criterion.id, ratings: ratings, at: state.now)
            assessment.rescore()
            state.assessment = assessment
            state.message = state.text(.settled)
            return [.save]
        case .character("e"):
            let note = a.session.answers[criterion.id]?.note ?? ""
            state.prompt = Prompt(purpose: .note(criterion: criterion.id), editor: LineEditor(note, multiline: true, maxLength: maximumNoteLength))
        case .character("f"):
            let now = state.now
            UndoKeys.tracked(&state, criterion: criterion.id, kind: .flag) { $0.session.update(criterion: criterion.id, at: now) { $0.flagged.toggle() } }
            return [.save]
        case .character("w"):
            guard var assessment = state.assessment else { return [] }
            let current = assessment.counting ?? assessment.scorecard.counting
            assessment.counting = current == .strict ? .weighted : .strict
            assessment.rescore()
            state.assessment = assessment
        case .character("?"):
            state.screen = .help(returnTo: .criterion)
        case .character("q"):
            return [.quit]
        default:
            state.message = state.text(.keyDoesNothing)
        }
        return []
    }

    /// Keys that would change the session, refused in read-only mode.
    static func changesAnswers(_ key: Key) -> Bool {
        switch key {
        case .character(let c): return c.isNumber || "nNxefazZi ".contains(c)
        case .ctrl("y"): return true
        case .enter, .delete, .backspace: return true
        default: return false
        }
    }

    /// The index of the chosen answer of the focused question, for the highlight.
    static func selectedChoice(_ state: WizardState, _ criterion: Criterion) -> Int? {
        guard let a = state.assessment, let question = criterion.questions[safe: state.focus] else { return nil }
        switch a.session.answer(criterion.id, question.angle) {
        case let .rated(value)?: return a.questionnaire.scale.values.firstIndex(of: value)
        case .notApplicable?: return a.questionnaire.scale.values.count
        case nil: return nil
        }
    }

    static func answer(_ state: inout WizardState, _ criterion: Criterion, value: Int, confirmed: Bool = false) -> [Effect] {
        guard let a = state.assessment, let question = criterion.questions[safe: state.focus] else { return [] }
        // A rating over an N/A drops its reason: asked first.
        let notApplicable = a.questionnaire.notApplicableIsPerCriterion
            ? a.session.answers[criterion.id]?.isNotApplicable == true
            : a.session.answer(criterion.id, question.angle)?.isNotApplicable == true
        if notApplicable && !confirmed {
            state.question = .replaceNotApplicable(value: value)
            return []
        }
        let wasComplete = a.scorecard.answered == a.scorecard.questions
        let now = state.now
        UndoKeys.tracked(&state, criterion: criterion.id, kind: .rating(angle: question.angle, value: value)) { a in
            // In points models N/A covers the whole criterion: rating one angle
            // takes the criterion out of N/A, leaving the other angles unanswered
            // (undo brings the N/A and its reason back).
            if a.questionnaire.notApplicableIsPerCriterion, a.session.answers[criterion.id]?.isNotApplicable == true {
                for other in criterion.questions where other.angle != question.angle {
                    a.session.setAnswer(nil, criterion: criterion.id, angle: other.angle, at: now)
                }
            }
            a.session.setAnswer(.rated(value), criterion: criterion.id, angle: question.angle, at: now)
        }
        advanceAfterAnswer(&state, answeredWholeCriterion: false, wasComplete: wasComplete)
        return [.save]
    }

    /// After an answer: the next question of the criterion, or — once the
    /// criterion is complete — the next criterion, so that typing "3 3"
    /// answers a criterion and moves on.
    /// Once everything is answered the wizard is in review: the summary comes
    /// once, when the last gap is filled; later answers move on like any other
    /// (`wasComplete` says whether every question was answered before this one).
    static func advanceAfterAnswer(_ state: inout WizardState, answeredWholeCriterion: Bool, wasComplete: Bool) {
        state.highlight = nil
        guard let a = state.assessment, let criterion = state.currentCriterion else { return }
        if !answeredWholeCriterion, state.focus + 1 < criterion.questions.count {
            state.focus += 1
            return
        }
        guard a.session.isComplete(criterion) else { return }
        if !wasComplete && a.scorecard.answered == a.scorecard.questions {
            state.screen = .summary
            return
        }
        if state.current + 1 < a.questionnaire.criteria.count {
            state.current += 1
            state.focus = 0
            state.assessment?.session.position = a.questionnaire.criteria[state.current].id
        } else if wasComplete {
            state.message = state.text(.lastCriterion)
        }
    }

    static func beginNotApplicable(_ state: inout WizardState, _ criterion: Criterion) {
        guard let a = state.assessment, a.questionnaire.scale.allowsNotApplicable,
              let question = criterion.questions[safe: state.focus] else { return }
        let angles = a.questionnaire.notApplicableIsPerCriterion ? criterion.angleIDs : [question.angle]
        let existing = a.session.answers[criterion.id]?.notApplicableReason ?? ""
        state.prompt = Prompt(purpose: .notApplicableReason(criterion: criterion.id, angles: angles),
                              editor: LineEditor(existing, maxLength: 2000))
    }

    static func clear(_ state: inout WizardState, _ criterion: Criterion) -> [Effect] {
        guard let question = criterion.questions[safe: state.focus] else { return [] }
        let now = state.now
        UndoKeys.tracked(&state, criterion: criterion.id, kind: .clear(angle: question.angle)) { a in
            let angles = a.questionnaire.notApplicableIsPerCriterion && a.session.answers[criterion.id]?.isNotApplicable == true
                ? criterion.angleIDs : [question.angle]
            for angle in angles { a.session.setAnswer(nil, criterion: criterion.id, angle: angle, at: now) }
            if let record = a.session.answers[criterion.id], record.isEmpty { a.session.restore(nil, criterion: criterion.id, at: now) }
        }
        return [.save]
    }

    static func move(_ state: inout WizardState, to index: Int) -> [Effect] {
        guard let a = state.assessment, a.questionnaire.criteria.indices.contains(index) else { return [] }
        state.current = index
        state.focus = 0
        state.highlight = nil
        state.assessment?.session.position = a.questionnaire.criteria[index].id
        return [.save]
    }

    static func nextUnanswered(_ state: inout WizardState) -> [Effect] {
        guard let a = state.assessment else { return [] }
        let count = a.questionnaire.criteria.count
        for step in 1...max(count, 1) {
            let index = (state.current + step) % count
            if !a.session.isComplete(a.questionnaire.criteria[index]) {
                let effects = move(&state, to: index)
                if let first = a.questionnaire.criteria[index].questions.firstIndex(where: { a.session.answer(a.questionnaire.criteria[index].id, $0.angle) == nil }) {
                    state.focus = first
                }
                return effects
            }
        }
        state.message = state.text(.complete)
        return []
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
