import MaturityCore
import MaturityPresentation
import TerminalUI

/// The wizard line by line, for screen readers and terminals that cannot
/// draw: every command becomes the key the curses wizard would get, handled
/// by the same `WizardUpdate` and saved by the same `WizardApp.perform`, so
/// both fronts write the same file and either can resume it. Only what is
/// printed differs: whole sentences, numbered choices, no cursor movement,
/// no drawing characters, no colour.
@MainActor
final class PlainWizard {
    let app: WizardApp
    let console: PlainConsole

    init(app: WizardApp, console: PlainConsole) {
        self.app = app
        self.console = console
    }

    var c: Catalog { Catalog(app.state.language) }
    var state: WizardState { app.state }

    func say(_ text: String) { console.write(PlainMode.clean(text) + "\n") }
    func ask(_ text: String) -> String? {
        console.write(PlainMode.clean(text))
        return console.readLine()
    }

    /// Applies a key as the curses wizard would; true when the wizard is to end.
    @discardableResult
    func press(_ key: TerminalUI.Key) -> Bool {
        app.apply { WizardUpdate.handle(key, &$0) }
    }

    /// Types text into the open prompt (N/A reason, note) key by key.
    func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    /// The criterion loop: describe, read a command, act, until quit or the end of input.
    func run() {
        guard state.assessment != nil else { return }
        if !state.screen.isCriterion { app.apply { $0.screen = .criterion; return [] } }
        if let message = takeMessage() { say(message) }
        describeCriterion()
        while true {
            guard let a = state.assessment else { return }
            let scale = a.questionnaire.scale
            // The end of input (Ctrl-D, the end of a piped script) leaves as quit does.
            guard let line = ask(c.plain(scale.allowsNotApplicable ? .prompt : .promptNoNA, scale.values.count)) else {
                console.write("\n")
                _ = handle("quit")
                return
            }
            if handle(line.trimmed()) { return }
        }
    }

    /// One command; true when the wizard ends.
    func handle(_ line: String) -> Bool {
        guard let a = state.assessment, let criterion = state.currentCriterion else { return true }
        let lower = line.lowercased()
        let parts = lower.split(separator: " ", maxSplits: 1).map(String.init)
        let command = parts.first ?? ""
        let digits = line.map { $0.wholeNumberValue.map(String.init) ?? String($0) }.joined()    // full-width digits too
        if let choice = Int(digits), choice >= 1, choice <= a.questionnaire.scale.values.count {
            answer(choice, criterion)
            return false
        }
        switch command {
        case "":
            describeCriterion()
        case "n", "na", "n/a":
            notApplicable(criterion)
        case "note", "e":
            note(criterion)
        case "flag", "f":
            let before = a.session.answers[criterion.id]?.flagged ?? false
            press(.character("f"))
            confirm(c.plain(before ? .savedUnflag : .savedFlag, criterion.id))
        case "clear", "x":
            clear(criterion)
        case "back", "b", "previous":
            if state.focus > 0 {
                press(.up)
                describeQuestion()
            } else if state.current == 0 {
                say(c.plain(.firstCriterion))
            } else {
                move { press(.character(",")) }
            }
        case "skip", "s":
            if state.focus + 1 < criterion.questions.count {
                press(.down)
                describeQuestion()
            } else if state.current + 1 >= a.questionnaire.criteria.count {
                say(c.plain(.lastCriterion))
            } else {
                move { press(.character(".")) }
            }
        case "go", "g", "jump":
            jump(parts.count > 1 ? parts[1] : "")
        case "next", "u":
            move { press(.character("u")) }
        case "score", "scorecard":
            say(PlainScorecard.text(state))
        case "where", "w", "repeat", "r":
            describeCriterion()
        case "retry":
            guard state.saveError != nil else {
                say(c.plain(.nothingToRetry))
                return false
            }
            press(.character("r"))
            reportSave(success: nil)
        case "help", "?", "h":
            for key in PlainKey.helpLines { say(c.plain(key)) }
        case "quit", "q", "exit":
            if press(.character("q")) {
                say(state.saveError.map { c.plain(.notSaved, $0) } ?? c.plain(.goodbye, a.path))
                return true
            }
        default:
            say(c.plain(.unknownCommand, line))
        }
        return false
    }

    func answer(_ choice: Int, _ criterion: Criterion) {
        guard let a = state.assessment, let question = criterion.questions[safe: state.focus] else { return }
        let value = a.questionnaire.scale.values[choice - 1]
        let before = state.current
        press(.character(Character(String(choice))))
        if let message = takeMessage() {
            say(message)        // read-only: nothing changed
            return
        }
        let label = a.questionnaire.scale.labels[value].map { $0[state.language] } ?? ""
        reportSave(success: c.plain(.savedAnswer, criterion.id, angleTitle(question.angle, a.questionnaire), rated(value, label: label)))
        afterAnswer(movedFrom: before)
    }

    func notApplicable(_ criterion: Criterion) {
        let before = state.current
        press(.character("n"))
        if let message = takeMessage() { say(message); return }
        guard state.prompt != nil else {
            say(c.plain(.notApplicableNotAllowed))
            return
        }
        guard let reason = ask(c.plain(.reasonPrompt))?.trimmed(), !reason.isEmpty else {
            press(.escape)
            say(c.plain(.cancelled))
            return
        }
        app.apply { state in
            state.prompt?.editor = LineEditor(reason, maxLength: 2000)
            return []
        }
        press(.enter)
        reportSave(success: c.plain(.savedNotApplicable, criterion.id, reason))
        afterAnswer(movedFrom: before)
    }

    func note(_ criterion: Criterion) {
        press(.character("e"))
        if let message = takeMessage() { say(message); return }
        guard state.prompt != nil, let text = ask(c.plain(.notePrompt)) else {
            press(.escape)
            return
        }
        let trimmed = text.trimmed()
        guard !trimmed.isEmpty else {
            press(.escape)
            say(c.plain(.cancelled))
            return
        }
        let note = trimmed == "-" ? "" : trimmed
        app.apply { state in
            state.prompt?.editor = LineEditor(note, multiline: true, maxLength: maximumNoteLength)
            return []
        }
        press(.ctrl("s"))
        reportSave(success: c.plain(note.isEmpty ? .savedNoteCleared : .savedNote, criterion.id))
    }

    func clear(_ criterion: Criterion) {
        guard let a = state.assessment, let question = criterion.questions[safe: state.focus] else { return }
        guard a.session.answer(criterion.id, question.angle) != nil else {
            say(c.plain(.noAnswerToClear))
            return
        }
        press(.character("x"))
        if let message = takeMessage() { say(message); return }
        let angle = angleTitle(question.angle, a.questionnaire)
        let reply = ask(c.plain(.clearPrompt, angle))?.trimmed().lowercased()
        guard let reply, reply == "y" || reply == Catalog.en.plain(.yes) || reply == Catalog.zh.plain(.yes) else {
            press(.escape)
            say(c.plain(.cancelled))
            return
        }
        press(.character("y"))
        reportSave(success: c.plain(.savedClear, criterion.id, angle))
    }

    func jump(_ target: String) {
        guard let q = state.assessment?.questionnaire else { return }
        let index = q.criterionIndex[target] ?? Int(target).map { $0 - 1 }
        guard let index, q.criteria.indices.contains(index) else {
            say(c.plain(.noSuchCriterion, target, q.criteria.count))
            return
        }
        move { app.apply { CriterionKeys.move(&$0, to: index) } }
    }

    /// A move to another criterion; the new one is described in full.
    func move(_ action: () -> Void) {
        action()
        if let message = takeMessage() { say(message) }
        describeCriterion()
    }

    /// After an answer the wizard moves on by itself: to the next question,
    /// the next criterion, or (everything answered) the summary.
    func afterAnswer(movedFrom before: Int) {
        if case .summary = state.screen {
            say(c.plain(.allAnswered))
            say(PlainScorecard.text(state))
            app.apply { $0.screen = .criterion; return [] }
            return
        }
        if state.current != before { describeCriterion() } else { describeQuestion() }
    }

    /// Confirms a change in words, or says it could not be saved.
    func confirm(_ text: String) { reportSave(success: text) }

    func reportSave(success: String?) {
        if let failure = state.saveError {
            say(c.plain(.notSaved, failure))
        } else if let success {
            say(success)
        }
        if let message = takeMessage() { say(message) }
    }

    func takeMessage() -> String? {
        guard let message = state.message else { return nil }
        app.apply { $0.message = nil; return [] }
        return message
    }

    /// "10, Fully meets": the rating with the scale's label.
    func rated(_ value: Int, label: String) -> String { label.isEmpty ? String(value) : c.plain(.rated, value, label) }

    /// A numbered group shows its number and title; a named one its title.
    func group(_ id: String, _ title: String) -> String { id == title || title.isEmpty ? id : "\(id) \(title)" }

    func angleTitle(_ id: String, _ q: Questionnaire) -> String {
        q.angle(id)?.title[state.language] ?? id
    }

    /// Where you are, the criterion, and the current question.
    func describeCriterion() {
        guard let a = state.assessment, let criterion = state.currentCriterion else { return }
        let l = state.language
        let q = a.questionnaire
        let groups = (q.ancestry[criterion.id] ?? []).map { group($0.id, $0.title[l]) }
        let complete = q.criteria.filter { a.session.isComplete($0) }.count
        say("")
        say(c.plain(.whereYouAre, state.current + 1, q.criteria.count, criterion.id, groups.joined(separator: c.plain(.groupSeparator)), complete))
        say(criterion.id + " " + criterion.title[l])
        if !criterion.statement[l].isEmpty { say(criterion.statement[l]) }
        if criterion.provenance == .reconstructed { say(c.plain(.reconstructed)) }
        let record = a.session.answers[criterion.id]
        if let note = record?.note, !note.isEmpty { say(c.plain(.note, note)) }
        if record?.flagged == true { say(c.plain(.flagged)) }
        describeQuestion()
    }

    func describeQuestion() {
        guard let a = state.assessment, let criterion = state.currentCriterion, let question = criterion.questions[safe: state.focus] else { return }
        let l = state.language
        let q = a.questionnaire
        say(c.plain(.question, state.focus + 1, criterion.questions.count, angleTitle(question.angle, q), question.text[l]))
        for (index, value) in q.scale.values.enumerated() {
            let named = rated(value, label: q.scale.labels[value]?[l] ?? "")
            let guidance = question.guidance[value]?[l] ?? ""
            say(guidance.isEmpty ? c.plain(.choiceNoGuidance, index + 1, named) : c.plain(.choice, index + 1, named, guidance))
        }
        if q.scale.allowsNotApplicable { say(c.plain(.choiceNotApplicable)) }
        if !question.evidence[l].isEmpty { say(c.plain(.evidence, question.evidence[l])) }
        switch a.session.answer(criterion.id, question.angle) {
        case let .rated(value)?: say(c.plain(.current, rated(value, label: q.scale.labels[value]?[l] ?? "")))
        case let .notApplicable(reason)?: say(c.plain(.current, c.plain(.notApplicable, reason)))
        case nil: say(c.plain(.currentNone))
        }
    }
}

extension Screen {
    var isCriterion: Bool {
        if case .criterion = self { return true }
        return false
    }
}
