import MaturityCore
import TerminalUI

/// Keys of the outline: move, filter, open a criterion.
enum OutlineKeys {
    /// Opens the outline with the current criterion selected.
    static func open(_ state: inout WizardState) {
        state.screen = .outline
        let visible = state.filteredIndices()
        state.outlineSelection = visible.firstIndex(of: state.current) ?? visible.firstIndex { $0 > state.current } ?? 0
    }

    static func handle(_ key: Key, _ state: inout WizardState) -> [Effect] {
        state.message = nil
        let visible = state.filteredIndices()
        let last = max(visible.count - 1, 0)
        let page = 10
        switch key {
        case .up, .character("k"): state.outlineSelection = max(0, state.outlineSelection - 1)
        case .down, .character("j"): state.outlineSelection = min(last, state.outlineSelection + 1)
        case .pageUp: state.outlineSelection = max(0, state.outlineSelection - page)
        case .pageDown: state.outlineSelection = min(last, state.outlineSelection + page)
        case .home, .character("g"): state.outlineSelection = 0
        case .end, .character("G"): state.outlineSelection = last
        case .enter, .right, .character("l"):
            guard let index = visible[safe: state.outlineSelection] else { return [] }
            state.screen = .criterion
            return CriterionKeys.move(&state, to: index)
        case .character("a"): setFilter(.all, &state)
        case .character("u"): setFilter(.unanswered, &state)
        case .character("f"): setFilter(.flagged, &state)
        case .character("n"): setFilter(.notApplicable, &state)
        case .character("b"): setFilter(.belowTop, &state)
        case .character("c"): setFilter(.conflicts, &state)
        case .character("e"): setFilter(.topWithoutEvidence, &state)
        case .character("/"): Search.begin(&state)
        case .tab: Search.step(true, &state)
        case .backTab: Search.step(false, &state)
        case .escape, .character("o"), .left, .character("h"): state.screen = .criterion
        case .character("s"): state.screen = .scorecard
        case .character("?"): state.screen = .help(returnTo: .outline)
        case .character("q"): return [.quit]
        default: break
        }
        return []
    }

    static func setFilter(_ filter: CriterionFilter, _ state: inout WizardState) {
        let selected = state.filteredIndices()[safe: state.outlineSelection]
        state.filter = filter
        let visible = state.filteredIndices()
        state.outlineSelection = selected.flatMap { visible.firstIndex(of: $0) } ?? 0
        state.outlineScroll = 0
    }
}

/// Keys of the start screen and the model picker.
enum StartKeys {
    static func handle(_ key: Key, _ state: inout WizardState) -> [Effect] {
        guard case let .start(selection) = state.screen else { return [] }
        state.message = nil
        let count = state.sessions.count + 1  // row 0 is "new assessment"
        switch key {
        case .up, .character("k"): state.screen = .start(selection: max(0, selection - 1))
        case .down, .character("j"): state.screen = .start(selection: min(count - 1, selection + 1))
        case .home: state.screen = .start(selection: 0)
        case .end: state.screen = .start(selection: count - 1)
        case .character("n"): state.screen = .pickModel(selection: 0)
        case .enter, .right:
            if selection == 0 {
                state.screen = .pickModel(selection: 0)
            } else if let summary = state.sessions[safe: selection - 1] {
                return [.open(path: summary.path)]
            }
        case .character("f"), .character("r"), .character("A"), .character("D"), .delete:
            guard let summary = state.sessions[safe: selection - 1], summary.problem == nil || key == .character("D") || key == .delete else {
                state.message = state.text(.pickASessionFirst)
                return []
            }
            switch key {
            case .character("f"): state.asking = .followUpAnswers(path: summary.path)
            case .character("A"): state.asking = .archive(path: summary.path)
            case .character("r"):
                let name = URLName.last(summary.path)
                state.prompt = Prompt(purpose: .rename(path: summary.path), editor: LineEditor(name.hasSuffix(".json") ? String(name.dropLast(5)) : name, maxLength: 255))
            default: state.asking = .delete(path: summary.path, second: false)
            }
        case .character("?"): state.screen = .help(returnTo: .start)
        case .character("q"), .escape: return [.quit]
        default: state.message = state.text(.keyDoesNothing)
        }
        return []
    }

    static func handlePick(_ key: Key, _ state: inout WizardState) -> [Effect] {
        guard case let .pickModel(selection) = state.screen else { return [] }
        switch key {
        case .up, .character("k"): state.screen = .pickModel(selection: max(0, selection - 1))
        case .down, .character("j"): state.screen = .pickModel(selection: min(max(state.models.count - 1, 0), selection + 1))
        case .enter, .right:
            guard let q = state.models[safe: selection] else { return [] }
            state.screen = .profile(ProfileForm(questionnaire: q, today: state.today, language: state.language))
        case .escape, .left: state.screen = .start(selection: 0)
        case .character("q"): return [.quit]
        default: break
        }
        return []
    }
}

/// Keys of the profile form.
enum ProfileKeys {
    static func handle(_ key: Key, _ state: inout WizardState) -> [Effect] {
        guard case var .profile(form) = state.screen else { return [] }
        defer { if case .profile = state.screen { state.screen = .profile(form) } }
        let fields = ProfileForm.Field.allCases
        func step(_ delta: Int) {
            let index = (fields.firstIndex(of: form.focus) ?? 0) + delta
            form.focus = fields[min(max(index, 0), fields.count - 1)]
        }
        switch key {
        case .tab, .down: step(1); return []
        case .backTab, .up: step(-1); return []
        case .escape:
            if form.editing {
                state.screen = .criterion
                state.message = state.text(.profileUnchanged)
                return []
            }
            let index = state.models.firstIndex { $0.id == form.questionnaire.id } ?? 0
            state.screen = .pickModel(selection: index)
            return []
        default: break
        }
        form.error = nil
        switch form.focus {
        case .language:
            if [.left, .right, .character(" ")].contains(key) { form.language = form.language == .zh ? .en : .zh }
            if key == .enter { step(1) }
        case .start:
            if key == .enter || key == .character(" ") { return submit(&form, &state) }
        case .centre, .site, .assessor, .date, .years:
            if key == .enter { step(1); return [] }
            if form.focus == .years || form.focus == .date, case let .character(c) = key {
                // Full-width digits (a Chinese input method left on) count as digits.
                if let digit = FullWidth.digit(c) {
                    edit(&form) { _ = $0.insert(Character(String(digit))) }
                    return []
                }
                if form.focus == .years || c != "-" {
                    form.error = t(state)(.digitsOnly)
                    return []
                }
            }
            edit(&form) { $0.handle(key) }
        }
        return []
    }

    static func edit(_ form: inout ProfileForm, _ change: (inout LineEditor) -> Void) {
        switch form.focus {
        case .centre: change(&form.centre)
        case .site: change(&form.site)
        case .assessor: change(&form.assessor)
        case .date: change(&form.date)
        case .years: change(&form.years)
        case .language, .start: break
        }
    }

    static func t(_ state: WizardState) -> UIText { state.text }

    /// The profile the form describes, or the first problem with the field to fix.
    static func parse(_ form: ProfileForm) -> Result<Profile, ProfileProblem> {
        let t = UIText(form.language)
        let centre = form.centre.text.trimmed(.spacesAndNewlines)
        guard !centre.isEmpty else { return .failure(ProfileProblem(message: t(.centreRequired), field: .centre)) }
        let date = FullWidth.normalized(form.date.text).trimmed()
        guard CalendarDate.isValid(date) else { return .failure(ProfileProblem(message: t(.dateInvalid, date), field: .date)) }
        var years: Int?
        if !form.years.isEmpty {
            guard let value = Int(FullWidth.normalized(form.years.text)), (0...200).contains(value) else {
                return .failure(ProfileProblem(message: t(.yearsInvalid), field: .years))
            }
            years = value
        }
        return .success(Profile(centre: centre, site: form.site.text.trimmed(.spacesAndNewlines),
                                assessor: form.assessor.text.trimmed(.spacesAndNewlines),
                                date: date, yearsInOperation: years, language: form.language))
    }

    static func submit(_ form: inout ProfileForm, _ state: inout WizardState) -> [Effect] {
        let profile: Profile
        switch parse(form) {
        case let .failure(problem):
            form.error = problem.message
            form.focus = problem.field
            return []
        case let .success(parsed): profile = parsed
        }
        if form.editing { return ProfileEdit.apply(profile, &state) }
        let model = state.models.firstIndex { $0.id == form.questionnaire.id } ?? 0
        return [.create(profile: profile, model: model)]
    }
}
