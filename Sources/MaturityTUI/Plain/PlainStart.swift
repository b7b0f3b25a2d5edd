import MaturityCore
import MaturityPresentation
import TerminalUI

/// The plain start: choose a saved assessment or a model, then answer the
/// profile questions one per line. The profile goes through the wizard's
/// own form checks (ProfileKeys.submit) and creation (the `.create` effect).
@MainActor
struct PlainStart {
    let app: WizardApp
    let console: PlainConsole

    var c: Catalog { Catalog(app.state.language) }

    func say(_ text: String) { console.write(PlainMode.clean(text) + "\n") }
    func ask(_ text: String) -> String? {
        console.write(PlainMode.clean(text))
        return console.readLine()
    }

    /// Lists the saved sessions and opens one, or starts a new one; false to leave.
    func choose() -> Bool {
        let sessions = app.state.sessions
        guard !sessions.isEmpty else { return newAssessment() }
        say(c.plain(.savedTitle))
        for (index, summary) in sessions.enumerated() {
            if let problem = summary.problem {
                say(c.plain(.unreadableLine, index + 1, summary.path, problem))
            } else {
                say(c.plain(.savedLine, index + 1, summary.centre, summary.model, summary.answered, summary.questions, summary.level, summary.updatedAt))
            }
        }
        say(c.plain(.newChoice))
        while let line = ask(c.plain(.startPrompt))?.trimmed().lowercased() {
            if line == "q" || line == "quit" { return false }
            if line == "n" || line == "new" { return newAssessment() }
            if let number = Int(line), let summary = sessions[safe: number - 1], summary.problem == nil {
                app.apply { _ in [.open(path: summary.path)] }
                if app.state.assessment != nil { return true }
                if let message = app.state.message { say(message) }
                continue
            }
            say(c.plain(.notANumber))
        }
        return false
    }

    func newAssessment() -> Bool {
        let models = app.state.models
        say(c.plain(.modelTitle))
        let l = app.state.language
        for (index, q) in models.enumerated() {
            say(c.plain(.modelLine, index + 1, q.id, q.title[l], q.criteria.count))
        }
        while let line = ask(c.plain(.modelPrompt))?.trimmed().lowercased() {
            if line == "q" || line == "quit" { return false }
            if let number = Int(line), let q = models[safe: number - 1] { return profile(for: q) }
            say(c.plain(.notANumber))
        }
        return false
    }

    /// Asks each profile field in turn; a refused field is asked again with the reason.
    func profile(for q: Questionnaire) -> Bool {
        var form = ProfileForm(questionnaire: q, today: app.state.today.isEmpty ? Clock.today() : app.state.today, language: app.state.language)
        let t = app.state.text
        var field: ProfileForm.Field? = .centre
        while let current = field {
            let value: String
            switch current {
            case .centre: value = form.centre.text
            case .site: value = form.site.text
            case .assessor: value = form.assessor.text
            case .date: value = form.date.text
            case .years: value = form.years.text
            case .language: value = form.language.rawValue
            case .start: value = ""
            }
            if current == .start {
                var state = app.state
                state.screen = .profile(form)
                let effects = ProfileKeys.submit(&form, &state)
                if let error = form.error {
                    say(error)
                    form.error = nil
                    field = form.focus
                    continue
                }
                app.apply { state in
                    state.screen = .profile(form)
                    return effects
                }
                if case let .profile(refused) = app.state.screen, let error = refused.error {
                    say(error)       // the file could not be created
                    return false
                }
                if let path = app.state.assessment?.path { say(c.plain(.created, path)) }
                return app.state.assessment != nil
            }
            let label: String
            switch current {
            case .centre: label = t.c(.centre)
            case .site: label = t.c(.site)
            case .assessor: label = t.c(.assessor)
            case .date: label = t.c(.date) + " (YYYY-MM-DD)"
            case .years: label = t.c(.yearsInOperation)
            default: label = c.plain(.languageLabel)
            }
            let prompt = !value.isEmpty ? c.plain(.fieldKeeps, label, value) : c.plain(current == .centre ? .fieldRequired : .fieldOptional, label)
            guard let line = ask(prompt) else { return false }
            let text = line.trimmed()
            if !text.isEmpty {
                switch current {
                case .centre: form.centre = LineEditor(text, maxLength: 200)
                case .site: form.site = LineEditor(text, maxLength: 200)
                case .assessor: form.assessor = LineEditor(text, maxLength: 200)
                case .date: form.date = LineEditor(text, maxLength: 10)
                case .years: form.years = LineEditor(text.map { $0.wholeNumberValue.map(String.init) ?? String($0) }.joined(), maxLength: 3)
                case .language: form.language = text.lowercased().hasPrefix("zh") ? .zh : .en
                case .start: break
                }
            }
            // The wizard's own checks, run on a copy after each answer, so a
            // bad date is asked again at once rather than after the last field.
            if case let .failure(problem) = ProfileKeys.parse(form), problem.field == current {
                say(problem.message)
                continue
            }
            field = ProfileForm.Field(rawValue: current.rawValue + 1)
        }
        return false
    }

    /// The model, the file, and any message from opening it (read-only, migrated).
    func introduce() {
        guard let a = app.state.assessment else { return }
        say(c.plain(.intro, a.questionnaire.id + " " + a.questionnaire.title[app.state.language], a.path))
    }
}
