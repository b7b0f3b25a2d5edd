import ArgumentParser
import MaturityCore
import MaturityPresentation

struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Print the scorecard of a session: level, percentages, points and what blocks the next level.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The session file.") var session: String
    @Option(help: "text or json.") var format: Format = .text
    @Option(help: "Percent reading: strict (only 10s count) or weighted (a 5 counts half). Default: the questionnaire's.") var counting: Counting?
    @Option(help: "Questionnaire id or file to score against (default: the one the session names).") var questionnaire: String?
    @Option(help: "Language of the output and messages: zh or en (default: the session's, then the locale).") var lang: Language?

    func run() throws {
        Messages.use(lang)
        let opened = try OpenedSession.open(session, questionnaire: questionnaire, library: libraryOptions.library)
        let c = Messages.use(lang, session: opened.session.profile.language)
        let card = Scorer.score(opened.session, with: opened.questionnaire, counting: counting)
        switch format {
        case .json:
            try printOut(JSONWriter.render(ScorecardJSON.encode(card, questionnaire: opened.questionnaire, session: opened.session)))
        case .text:
            var document = ScorecardBuilder(card, questionnaire: opened.questionnaire, session: opened.session, catalog: c).document()
            for notice in ReconciliationNotes.notices(opened.reconciliation, questionnaire: opened.questionnaire, c) { document.append(.notice(notice)) }
            try printOut(TerminalWriter.write(document))
        }
    }
}

/// Loads a session with the questionnaire it names (or one given), reporting migrations.
struct SessionLoading {
    var session: Session
    var questionnaire: Questionnaire
    var reconciliation: Reconciliation

    static func load(_ path: String, questionnaire explicit: String?, library: QuestionnaireLibrary) throws -> SessionLoading {
        let opened = try OpenedSession.open(path, questionnaire: explicit, library: library)
        return SessionLoading(session: opened.session, questionnaire: opened.questionnaire, reconciliation: opened.reconciliation)
    }

    func changeNotes(_ language: Language) -> [String] {
        ReconciliationNotes.texts(reconciliation, questionnaire: questionnaire, Catalog(language))
    }
}
