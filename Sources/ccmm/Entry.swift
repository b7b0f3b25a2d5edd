import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import MaturityCore
import MaturityPresentation

@main
struct Entry {
    /// ArgumentParser exits with 64 on a bad flag; ccmm promises 1 for every
    /// user error, so errors are caught and reported here.
    static func main() {
        StandardOutput.prepare()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if Version.handled(arguments) { return }
        do {
            // The wizard's usual starts skip ArgumentParser's reflection, a
            // sixth of their start-up; anything else is parsed in full.
            switch QuickWizard.parse(arguments) {
            case let .start(settings)?: return try Start.run(settings)
            case let .open(settings, session, questionnaire)?: return try Open.run(settings, session: session, questionnaire: questionnaire)
            case nil: break
            }
            var command = try CCMM.parseAsRoot()
            try command.run()
        } catch {
            if CCMM.exitCode(for: error) == .success { CCMM.exit(withError: error) }
            // A command that has said everything already (validate) only sets the exit code.
            if let code = error as? ExitCode { Glibc.exit(code.rawValue) }
            let message: String
            switch error {
            case let error as LoadError: message = ProblemWords.describe(error, Messages.catalog)
            case let error as SaveError: message = ProblemWords.describe(error, Messages.catalog)
            case let error as UserError: message = error.message
            default: message = CCMM.fullMessage(for: error)
            }
            StandardOutput.error("ccmm: " + ControlCharacters.visible(message, keepNewlines: true).replacing("\n", with: "\nccmm: ") + "\n")
            exit(1)
        }
    }
}

/// A problem the user can fix, reported on stderr with exit code 1.
struct UserError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

struct CCMM: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ccmm",
        abstract: "Self-assessment against contact-centre capability maturity models (CC-CMM-OC, SEE-CMM, CCCS).",
        discussion: """
        Run with no subcommand to open the wizard's start screen. Sessions are kept in \
        $CCMM_HOME, else $XDG_DATA_HOME/ccmm, else ~/.local/share/ccmm.
        """,
        version: Version.number,
        subcommands: [Start.self, Open.self, QuestionnairesCommand.self, Validate.self, Import.self, Score.self,
                      Plan.self, Report.self, Compare.self, Merge.self, PortfolioCommand.self, EvidenceCommand.self, ActionsCommand.self],
        defaultSubcommand: Start.self)
}

/// Options shared by commands that look up questionnaires.
struct LibraryOptions: ParsableArguments {
    @Option(name: .customLong("questionnaires-dir"), help: "Folder of questionnaires to use instead of the ones built into ccmm (default: $CCMM_QUESTIONNAIRES if set).")
    var directory: String?

    var library: QuestionnaireLibrary { Self.library(directory) }

    /// The folder given, else $CCMM_QUESTIONNAIRES, else the compiled-in questionnaires.
    static func library(_ directory: String?) -> QuestionnaireLibrary {
        directory.map { QuestionnaireLibrary(directory: $0) } ?? QuestionnaireLibrary.locate()
    }
}
