import ArgumentParser
import FileDigest
import MaturityCore
import MaturityPresentation
import XLSXWriter

struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "List the evidence register of a session; with --check, tell which local files no longer exist.",
        discussion: """
        Every evidence item in questionnaire order: criterion, title, kind, location, date seen, who saw it, note. \
        --check classifies each location (a URL is listed, never fetched; a path is resolved from the session \
        file's folder) and reports local files that are missing; --hash adds the SHA-256 of each file that exists \
        (computed by the system's libcrypto). Exit code 1 when --check finds a missing file. \
        Criteria rated at the top without evidence are named at the end.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The session file.") var session: String
    @Flag(help: "Check that local files named as evidence still exist.") var check = false
    @Flag(help: "With --check: the SHA-256 of each local file that exists.") var hash = false
    @Option(help: "text, csv or json.") var format: Format = .text
    @Option(help: "Language of the output and messages: zh or en (default: the session's, then the locale).") var lang: Language?
    @Option(help: "Questionnaire id or file (default: the one the session names).") var questionnaire: String?

    func run() throws {
        Messages.use(lang)
        if hash && !check { throw UserError(Messages.current(.hashNeedsCheck)) }
        let opened = try OpenedSession.open(session, questionnaire: questionnaire, library: libraryOptions.library)
        let c = Messages.use(lang, session: opened.session.profile.language)
        let folder = URL(fileURLWithPath: session).deletingLastPathComponent().path
        let order = opened.questionnaire.criteria.map(\.id)
        let checks = EvidenceCheck.run(opened.session, order: order, sessionFolder: folder,
                                       hash: hash ? { SHA256Digest.hex(ofFile: $0) } : nil)
        let builder = ImprovementBuilder(questionnaire: opened.questionnaire, session: opened.session, catalog: c)
        switch format {
        case .json: try printOut(ImprovementJSON.evidence(checks, checked: check))
        case .csv: try StandardOutput.write(Array("\u{FEFF}".utf8) + Array(CSVWriter.write(builder.evidenceTable(checks: check ? checks : nil)).utf8))
        case .text: try printOut(TerminalWriter.write(builder.evidenceDocument(checks: check ? checks : nil)))
        }
        if check, checks.contains(where: \.isMissingFile) {
            throw UserError(c(.evidenceCheckSummary, checks.filter { if case .file = $0.location { return true } else { return false } }.count,
                              checks.filter(\.isMissingFile).count))
        }
    }
}

struct ActionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Print or export the action plan of a session.",
        discussion: """
        Each action: id, title, status, owner, due date, target ratings, note; then how much of the next \
        level's gap the live (not dropped) actions cover. When the session follows up a baseline (its \
        "baseline" member, or --baseline), the baseline's actions are listed with whether their criteria \
        reached the targets in this session. xlsx needs --output; csv cells that a spreadsheet would run as \
        formulas are neutralised.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, csv, xlsx, json }

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The session file.") var session: String
    @Option(help: "text, md, csv, xlsx or json.") var format: Format = .text
    @Option(help: "The file to write (default, or -: standard output; a file is required for xlsx).") var output: String?
    @Flag(help: "Replace the output file if it exists.") var force = false
    @Option(help: "The baseline session whose actions to check (default: the one the session names).") var baseline: String?
    @Option(help: "Percent reading for the gap coverage: strict or weighted. Default: the questionnaire's.") var counting: Counting?
    @Option(help: "Language of the output and messages: zh or en (default: the session's, then the locale).") var lang: Language?
    @Option(help: "Questionnaire id or file (default: the one the session names).") var questionnaire: String?

    func run() throws {
        Messages.use(lang)
        if format == .xlsx && output == nil { throw UserError(Messages.current(.xlsxNeedsOutput)) }
        let opened = try OpenedSession.open(session, questionnaire: questionnaire, library: libraryOptions.library)
        let c = Messages.use(lang, session: opened.session.profile.language)
        let (before, beforeFile) = try BaselineOption.load(baseline, for: opened.session, at: session)
        let builder = ImprovementBuilder(questionnaire: opened.questionnaire, session: opened.session, catalog: c)
        let document = builder.actionsDocument(counting: counting, baseline: before, baselineFile: beforeFile)
        let bytes: [UInt8]
        switch format {
        case .text: bytes = Array(ControlCharacters.visible(TerminalWriter.write(document), keepNewlines: true).utf8)
        case .md: bytes = Array(MarkdownWriter.write(document).utf8)
        case .json: bytes = Array(ImprovementJSON.actions(opened.session, questionnaire: opened.questionnaire, counting: counting,
                                                          baseline: before).utf8)
        case .csv:
            let progress = before.map { b in b.actions.map { ActionProgress($0, in: opened.session, questionnaire: opened.questionnaire) } }
            var text = CSVWriter.write(builder.actionsTable(opened.session.actions))
            if let before, let progress, !before.actions.isEmpty {
                text += "\r\n" + CSVWriter.write(builder.actionsTable(before.actions, progress: progress))
            }
            bytes = Array("\u{FEFF}".utf8) + Array(text.utf8)
        case .xlsx:
            let sheet = Workbooks.actionsSheet(builder, counting: counting, baseline: before, baselineFile: beforeFile, c)
            bytes = try Workbooks.bytes(Workbook(sheets: [sheet]))
        }
        try OutputFile.write(bytes, to: output, force: force, what: format.rawValue)
    }
}

/// The baseline whose actions a follow-up checks: the one given, else the
/// one the session links to; nil when there is neither.
enum BaselineOption {
    static func load(_ given: String?, for session: Session, at path: String) throws -> (Session?, String?) {
        if let given { return (try SessionStore.loadUnchecked(path: given), given) }
        guard let link = session.baseline else { return (nil, nil) }
        return (try BaselineLink.load(for: session, sessionPath: path), link)
    }
}

/// Where a command's output goes: standard output (no --output, or -), or a file written
/// atomically that is not replaced without --force — and never, even with
/// it, when it is a session (least of all `source`, the one read) or a file
/// a wizard has open.
enum OutputFile {
    static func write(_ bytes: [UInt8], to output: String?, force: Bool, what: String, source: String? = nil) throws {
        guard let output, output != StandardInput.dash else {
            try StandardOutput.write(bytes)
            return
        }
        try OutputGuard.write(bytes, to: output, force: force, isReport: true, source: source)
        StandardOutput.error(ControlCharacters.visible(Messages.current(.fileWritten, output, what)) + "\n")
    }
}
