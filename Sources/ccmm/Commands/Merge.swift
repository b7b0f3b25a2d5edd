import ArgumentParser
import MaturityPresentation
import MaturityCore

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge several assessors' sessions of the same questionnaire into a consensus session.",
        discussion: """
        Where the assessors agree, the answer is taken. Where they differ, the criterion is marked in \
        conflict, every assessor's ratings and notes are kept in the file, and the LOWER rating counts \
        until a facilitator settles it in the wizard (N/A against a rating counts as a disagreement). \
        Notes are combined under each assessor's name. Agreement is printed: exact agreement per angle, \
        and Cohen's kappa for two assessors or Fleiss' kappa for three or more (categories: the scale \
        values and N/A; questions some assessor left unanswered are left out). Sessions answered against \
        different questionnaires or versions are refused.
        """)

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "Two or more session files, one per assessor.") var sessions: [String] = []
    @Option(help: "The consensus session file to write; - writes it to standard output (the summary goes to standard error).") var output: String
    @Flag(help: "Replace the output file if it exists.") var force = false
    @Option(help: "Language of the output and messages: zh or en (default: the first session's, then the locale).") var lang: Language?
    @Option(help: "text or json.") var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        guard sessions.count >= 2 else { throw ValidationError(Messages.use(lang)(.mergeNeedsTwo)) }
        var seen: Set<String> = []
        for path in sessions {
            let key = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
            guard seen.insert(key).inserted else { throw ValidationError(Messages.use(lang)(.givenTwice, path)) }
        }
    }

    func run() throws {
        var c = Messages.use(lang)
        var raw: [MergeInput] = []
        for path in sessions { raw.append(MergeInput(session: try SessionStore.loadUnchecked(path: path), file: path)) }
        guard let first = raw.first else { return }
        c = Messages.use(lang, session: first.session.profile.language)
        do {
            try Consensus.checkSameQuestionnaire(raw)
        } catch {
            throw UserError(ProblemWords.describe(error, c))
        }
        let q = try libraryOptions.library.load(first.session.questionnaire.id)
        var inputs: [MergeInput] = []
        var changed: [String] = []
        for input in raw {
            let opened = try OpenedSession.open(input.session, at: input.file, with: q)
            if opened.reconciliation.questionnaireChanged { changed.append(input.file) }
            inputs.append(MergeInput(session: opened.session, file: input.file))
        }
        let result: MergeResult
        do {
            result = try Consensus.merge(inputs, questionnaire: q, at: Clock.now())
        } catch {
            throw UserError(ProblemWords.describe(error, c))
        }
        // With --output - the session goes to standard output and the summary to standard error.
        let toStandardOutput = output == StandardInput.dash
        if toStandardOutput {
            try StandardOutput.write(SessionStore.render(result.session, questionnaire: q))
        } else {
            try SessionStore.create(result.session, questionnaire: q, at: output, force: force)
        }
        let summary: String
        switch format {
        case .json:
            summary = JSONWriter.render(MergeJSON.encode(result, questionnaire: q, output: output, reconciled: changed))
        case .text:
            var document = MergeBuilder(result, questionnaire: q, catalog: c).document(output: output)
            if !changed.isEmpty { document.append(.notice(Notice(.warning, c(.mergeReconciled, q.version, c.list(changed))))) }
            summary = TerminalWriter.write(document)
        }
        if toStandardOutput {
            StandardOutput.error(ControlCharacters.visible(summary, keepNewlines: true))
        } else {
            try printOut(summary)
        }
    }
}
