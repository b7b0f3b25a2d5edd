import ArgumentParser
import MaturityPresentation
import MaturityCore

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
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
    @Option(help: "Language of the text and md output: zh or en (default: the follow-up's).") var lang: Language?

    func run() throws {
        // One file: a follow-up started in the wizard, which names its baseline.
        let followUp = second ?? first
        let after = try SessionJournal.recover(path: followUp).session
        let baseline: String
        if second != nil {
            baseline = first
        } else if let linked = after.baseline {
            baseline = BaselineLink.path(linked, sessionPath: followUp)
        } else {
            throw UserError("\(followUp) names no baseline assessment; give two files: ccmm compare BASELINE.json FOLLOWUP.json")
        }
        let before = try SessionJournal.recover(path: baseline).session
        guard before.questionnaire.id == after.questionnaire.id else {
            throw UserError("\(baseline) was answered against the questionnaire \"\(before.questionnaire.id)\" and \(followUp) against \"\(after.questionnaire.id)\"; only assessments of the same questionnaire can be compared")
        }
        let q = try libraryOptions.library.load(questionnaire ?? after.questionnaire.id)
        let comparison: Comparison
        do {
            comparison = try Comparison.compare(baseline: before, followUp: after, questionnaire: q, counting: counting,
                                                baselineFile: baseline, followUpFile: followUp)
        } catch {
            throw UserError(error.message)
        }
        let language = lang ?? after.profile.language
        switch format {
        case .json: try printOut(JSONWriter.render(ComparisonJSON.encode(comparison)))
        case .text: try printOut(CompareText.render(comparison, questionnaire: q, language: language))
        case .md: try printOut(CompareMarkdown.render(comparison, questionnaire: q, language: language))
        }
    }
}
