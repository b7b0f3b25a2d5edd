import ArgumentParser
import MaturityCore
import MaturityPresentation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Create a session file from answers in a CSV.",
        discussion: """
        Points models (CC-CMM-OC, CCCS): header id,method,execution,note — one row per criterion.
        Level models (SEE-CMM): header id,level,note — one row per aspect, ids like 1.approach.
        A rating is a scale value (0, 5, 10 or 1–4), NA (the reason goes in note) or empty (unanswered).
        A bad row refuses the whole import and every problem is listed with its line number.
        """)

    @OptionGroup var libraryOptions: LibraryOptions
    @Option(help: "Built-in questionnaire id or a questionnaire file.") var questionnaire: String = QuestionnaireLibrary.defaultID
    @Option(help: "The answers CSV (UTF-8); - reads standard input.") var csv: String
    @Option(help: "The session file to write; - writes it to standard output.") var output: String
    @Option(help: "Contact centre name.") var centre: String?
    @Option(help: "Site.") var site: String?
    @Option(help: "Assessor's name.") var assessor: String?
    @Option(help: "Years the centre has been operating (used by CC-CMM-OC levels).") var years: Int?
    @Option(help: "Assessment date, YYYY-MM-DD (default: today).") var date: String?
    @Option(help: "Language of the session and of the messages: zh or en (default: from the locale).") var lang: Language?
    @Flag(help: "Replace the output file if it exists.") var force = false

    func validate() throws {
        if let years, years < 0 || years > 200 { throw ValidationError(Messages.use(lang)(.yearsRange)) }
        if let date, !CalendarDate.isValid(date) { throw ValidationError(Messages.use(lang)(.dateInvalid, date)) }
    }

    func run() throws {
        let c = Messages.use(lang)
        let q = try libraryOptions.library.load(questionnaire)
        // "-": the CSV comes on standard input.
        let bytes = csv == StandardInput.dash ? try StandardInput.readAll(what: "CSV") : try FileBytes.read(path: csv, what: .csv)
        let time = Clock.now()
        let answers = try AnswerImport.answers(csv: bytes, file: csv, questionnaire: q, time: time)
        let profile = Profile(centre: centre ?? "", site: site ?? "", assessor: assessor ?? "",
                              date: date ?? Clock.today(), yearsInOperation: years, language: lang ?? .fromLocale(ProcessInfo.processInfo.environment))
        let session = Session(questionnaire: QuestionnaireReference(q), profile: profile, answers: answers, createdAt: time)
        let progress = session.progress(in: q)
        let summary = c(.imported, output, answers.count, progress.answered, progress.total)
        if output == StandardInput.dash {
            // The session goes to standard output, so the summary goes to standard error.
            try StandardOutput.write(SessionStore.render(session, questionnaire: q))
            StandardOutput.error(ControlCharacters.visible(summary) + "\n")
            return
        }
        try SessionStore.create(session, questionnaire: q, at: output, force: force)
        try printOut(TerminalWriter.write(Document([.paragraph(summary)])))
    }
}
