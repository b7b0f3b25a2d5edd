import ArgumentParser
import MaturityPresentation
import MaturityCore

struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "The smallest set of rating changes that reaches the next level, or a target level.",
        discussion: """
        Lists every unmet requirement of the target (levels are cumulative: a target of L3 \
        includes what L1 and L2 still lack) with its value now and the value needed, then the \
        changes: which criteria to raise, on which angle, from what to what, cheapest first.

        Smallest means fewest changes (one change raises one criterion on one angle); among \
        plans with as few changes, the fewest rating points raised, so a 5 is raised to 10 \
        before a 0 (a shortfall in points, such as the total, takes the largest raises first, \
        since that needs fewer changes). Unanswered questions count as 0; N/A questions are never changed. \
        Requirements no rating can meet (years in operation) are listed as not actionable.

        SEE-CMM: --target is a level 1–4 (the overall mean must reach it). CCCS-OP-2003: \
        --target is a band (conditional, pass, five-star). CCCS outline: --target-percent N \
        raises every module below N% (default: the current mean of modules).

        A target at or below the current level is reported as met (exit code 0).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, md }

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The session file.") var session: String
    @Option(help: "The level or band to reach, by code or by name in either language, e.g. L3, 标杆级, five-star, 五星级 (default: the next one up).") var target: String?
    @Option(name: .customLong("target-percent"), help: "Lowest-module models: every module at least this percent.") var targetPercent: Int?
    @Option(help: "text, json or md.") var format: Format = .text
    @Option(help: "Percent reading: strict (only 10s count) or weighted (a 5 counts half). Default: the questionnaire's.") var counting: Counting?
    @Option(help: "Questionnaire id or file to plan against (default: the one the session names).") var questionnaire: String?
    @Option(help: "Language of the output and messages: zh or en (default: the session's, then the locale).") var lang: Language?

    func validate() throws {
        if target != nil && targetPercent != nil { throw ValidationError(Messages.use(lang)(.targetOrPercent)) }
        if let targetPercent, !(0...100).contains(targetPercent) { throw ValidationError(Messages.use(lang)(.targetPercentRange)) }
    }

    func run() throws {
        Messages.use(lang)
        let opened = try OpenedSession.open(session, questionnaire: questionnaire, library: libraryOptions.library)
        let c = Messages.use(lang, session: opened.session.profile.language)
        let goal: PlanTarget = targetPercent.map { .percent($0) }
            ?? target.map { .named(TargetNames.resolve($0, in: opened.questionnaire)) } ?? .next
        let plan: GapPlan
        do {
            plan = try GapPlanner.plan(opened.session, questionnaire: opened.questionnaire, target: goal, counting: counting)
        } catch {
            throw UserError(c.labelled(session, PlanErrors.message(error, c)))
        }
        var document = PlanBuilder(plan, questionnaire: opened.questionnaire, session: opened.session, catalog: c).document()
        for notice in ReconciliationNotes.notices(opened.reconciliation, questionnaire: opened.questionnaire, c) { document.append(.notice(notice)) }
        switch format {
        case .json: try printOut(JSONWriter.render(GapPlanJSON.encode(plan, questionnaire: opened.questionnaire)))
        case .text: try printOut(TerminalWriter.write(document))
        case .md: try printOut(MarkdownWriter.write(document))
        }
    }
}
