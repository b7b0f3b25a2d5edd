import MaturityCore

/// The plain front's entry points: the same opening, locking, saving and
/// effects as the curses wizard (WizardApp), with lines instead of a screen.
extension WizardApp {
    /// Changes the state as a key would and runs the effects; true when the wizard is to end.
    @discardableResult
    func apply(_ change: (inout WizardState) -> [Effect]) -> Bool {
        state.now = Clock.now()
        state.today = Clock.today()
        return perform(change(&state))
    }

    /// `ccmm open FILE --plain`: resume the file, or create it after the profile questions.
    public func runPlainOpen(path: String, questionnaire: String?, console: PlainConsole = StandardConsole()) throws {
        defer { lock?.release() }
        let start = PlainStart(app: self, console: console)
        if FileManager.default.fileExists(atPath: path) {
            try open(path: path, explicitQuestionnaire: questionnaire)
        } else {
            try loadModels()
            let q = try questionnaire.map { try library.load($0) } ?? state.models.first ?? library.load(QuestionnaireLibrary.defaultID)
            pendingPath = path
            receive(.creating(q))
            guard start.profile(for: q) else { return }
        }
        start.introduce()
        PlainWizard(app: self, console: console).run()
    }

    /// `ccmm --plain`: the saved sessions to choose from, or a new one.
    public func runPlainStart(console: PlainConsole = StandardConsole()) throws {
        defer { lock?.release() }
        try loadModels()
        receive(.started(sessions: SessionFolder.catalog(folder, library: library, language: state.language)))
        let start = PlainStart(app: self, console: console)
        guard start.choose() else { return }
        start.introduce()
        PlainWizard(app: self, console: console).run()
    }
}
