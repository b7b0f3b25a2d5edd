import ArgumentParser
import FileDigest
import MaturityCore
import MaturityPresentation

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report of a session: HTML (printable on A4), Markdown or CSV.",
        discussion: """
        html: one self-contained file (inline CSS and SVG, no scripts, no network) with the profile, \
        the level and what it rests on, a level ladder, the gap plan to the next level, a chart per \
        dimension and every criterion (with --baseline, a comparison with the baseline too). \
        md: the scorecard, level, gap plan and criterion tables, for pasting into a document. \
        csv: one row per criterion, UTF-8 with a byte-order mark; cells that a spreadsheet would run as \
        formulas are neutralised with a leading quote. \
        html and md also list the evidence per criterion and the action plan (with a baseline, whether its \
        actions reached their targets). xlsx (needs --output): sheets of criteria (ratings, points, N/A \
        reasons, notes, evidence counts), the scorecard, the actions and the evidence; numbers are numbers, \
        dates are dates, ids stay text, and no cell is ever a formula. \
        Without --output the report goes to standard output. Files are created readable by their owner only.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, csv, xlsx }

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The session file.") var session: String
    @Option(help: "md, html, csv or xlsx.") var format: Format
    @Option(help: "The file to write (default, or -: standard output).") var output: String?
    @Flag(help: "Replace the output file if it exists.") var force = false
    @Option(help: "Language of the report and messages: zh or en (default: the session's, then the locale).") var lang: Language?
    @Option(help: "Percent reading: strict (only 10s count) or weighted (a 5 counts half). Default: the questionnaire's.") var counting: Counting?
    @Option(help: "A baseline session to compare with (adds a comparison section).") var baseline: String?
    @Option(help: "Questionnaire id or file to score against (default: the one the session names).") var questionnaire: String?
    @Flag(help: "Add the SHA-256 of each local evidence file that exists (html, md, xlsx; every file is checked to exist anyway).")
    var evidenceHash = false

    func run() throws {
        Messages.use(lang)
        let library = libraryOptions.library
        let loaded = try SessionLoading.load(session, questionnaire: questionnaire, library: library)
        let language = Messages.use(lang, session: loaded.session.profile.language).language
        var comparison: Comparison?
        // A follow-up started in the wizard names its baseline; --baseline overrides it.
        if let baseline = baseline ?? loaded.session.baseline.map({ BaselineLink.path($0, sessionPath: session) }) {
            let before = try SessionStore.loadUnchecked(path: baseline)
            let after = try SessionStore.loadUnchecked(path: session)
            do {
                comparison = try Comparison.compare(baseline: before, followUp: after, questionnaire: loaded.questionnaire,
                                                    counting: counting, baselineFile: baseline, followUpFile: session)
            } catch {
                throw UserError(ProblemWords.describe(error, Catalog(language)))
            }
        }
        let input = ReportInput(questionnaire: loaded.questionnaire, session: loaded.session, counting: counting,
                                language: language, remarks: loaded.changeNotes(language), generatedOn: Clock.today(),
                                comparison: comparison)
        let c = Catalog(language)
        // A baseline that cannot be read leaves its actions out; the report is still written.
        var (before, beforeFile): (Session?, String?) = (nil, nil)
        do {
            (before, beforeFile) = try BaselineOption.load(baseline, for: loaded.session, at: session)
        } catch {
            // In the catalog's words, and made visible: the message names a file path from the session.
            let message = (error as? LoadError).map { ProblemWords.describe($0, c) } ?? "\(error)"
            StandardOutput.error("ccmm: " + ControlCharacters.visible(message) + "\n")
        }
        // Local evidence files are checked to exist as the report is written.
        let checks = EvidenceCheck.run(loaded.session, order: loaded.questionnaire.criteria.map(\.id),
                                       sessionFolder: URL(fileURLWithPath: session).deletingLastPathComponent().path,
                                       hash: evidenceHash ? { SHA256Digest.hex(ofFile: $0) } : nil)
        let improvement = ImprovementBuilder(questionnaire: loaded.questionnaire, session: loaded.session, catalog: c)
            .reportSections(counting: counting, baseline: before, baselineFile: beforeFile, checks: checks)
        let bytes: [UInt8]
        switch format {
        case .xlsx:
            guard output != nil else { throw UserError(Messages.current(.xlsxNeedsOutput)) }
            bytes = try Workbooks.bytes(Workbooks.report(loaded.questionnaire, loaded.session, counting: counting,
                                                         baseline: before, baselineFile: beforeFile, checks: checks, c))
        case .html: bytes = ReportFile.render(.html, input, improvement: improvement)
        case .md: bytes = ReportFile.render(.md, input, improvement: improvement)
        case .csv: bytes = ReportFile.render(.csv, input, improvement: improvement)
        }
        try OutputFile.write(bytes, to: output, force: force, what: Messages.current(.reportKind, format.rawValue), source: session)
    }
}
