import ArgumentParser
import MaturityPresentation
import MaturityCore

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare a baseline assessment with a follow-up of the same questionnaire.",
        discussion: """
        Shows the level then and now, the total and each dimension's points and percentages \
        with their changes, every answer that went up or down, and the answers a questionnaire \
        change added or dropped. Both sessions must be of the same questionnaire (any versions \
        of it); both are scored against one version of it — the built-in questionnaire of \
        that id, or the one given with --questionnaire — as `ccmm score` would score them. \
        Criteria new since the baseline count as unanswered there and are listed apart.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, md }

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The baseline session file (or, alone, a follow-up that names its baseline).") var first: String
    @Argument(help: "The follow-up session file.") var second: String?
    @Option(help: "text, json or md.") var format: Format = .text
    @Option(help: "Percent reading: strict (only 10s count) or weighted (a 5 counts half). Default: the questionnaire's.") var counting: Counting?
    @Option(help: "Questionnaire id or file to score both against (default: the built-in one of the sessions' id).") var questionnaire: String?
    @Option(help: "Language of the output and messages: zh or en (default: the follow-up's, then the locale).") var lang: Language?

    func run() throws {
        var c = Messages.use(lang)
        // One file: a follow-up started in the wizard, which names its baseline.
        let followUp = second ?? first
        let after = try SessionStore.loadUnchecked(path: followUp)
        c = Messages.use(lang, session: after.profile.language)
        let baseline: String
        if second != nil {
            baseline = first
        } else if let linked = after.baseline {
            baseline = BaselineLink.path(linked, sessionPath: followUp)
        } else {
            throw UserError(c(.compareNoBaseline, followUp))
        }
        let before = try SessionStore.loadUnchecked(path: baseline)
        guard before.questionnaire.id == after.questionnaire.id else {
            throw UserError(c(.compareDifferentQuestionnaires, baseline, before.questionnaire.id, followUp, after.questionnaire.id))
        }
        let q = try libraryOptions.library.load(questionnaire ?? after.questionnaire.id)
        let comparison: Comparison
        do {
            comparison = try Comparison.compare(baseline: before, followUp: after, questionnaire: q, counting: counting,
                                                baselineFile: baseline, followUpFile: followUp)
        } catch {
            throw UserError(ProblemWords.describe(error, c))
        }
        let document = ComparisonBuilder(comparison, questionnaire: q, catalog: c).document()
        switch format {
        case .json: try printOut(JSONWriter.render(ComparisonJSON.encode(comparison)))
        case .text: try printOut(TerminalWriter.write(document))
        case .md: try printOut(MarkdownWriter.write(document))
        }
    }
}
