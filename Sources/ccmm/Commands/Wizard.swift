import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
#endif
#if canImport(Glibc)
import Glibc
#endif
import MaturityCore
import MaturityPresentation
import MaturityTUI
import TerminalUI

/// Options of the two commands that open the wizard. QuickWizard reads
/// their plain spellings without ArgumentParser: an option added here is
/// added there too (QuickWizardTests compares the two), and a `validate()`
/// would have to be called there as well.
struct WizardOptions: ParsableArguments {
    @OptionGroup var libraryOptions: LibraryOptions
    @Option(help: "Interface language: zh or en (default: from the locale; an opened session's own language otherwise).")
    var lang: Language?
    @Option(help: "Folder of saved sessions (default: $CCMM_HOME, else $XDG_DATA_HOME/ccmm, else ~/.local/share/ccmm).")
    var dir: String?
    @Flag(help: "Line by line, for screen readers: numbered choices, no drawing (also when TERM is dumb or input/output is not a terminal).")
    var plain = false
    @Flag(help: "Borders and marks in ASCII, for a terminal that draws ─ ● … two columns wide (automatic where the locale says so).")
    var ascii = false

    var settings: WizardSettings {
        WizardSettings(lang: lang, dir: dir, plain: plain, ascii: ascii, questionnairesDirectory: libraryOptions.directory)
    }
}

/// What the wizard's options say, as plain values: from ArgumentParser
/// (WizardOptions), or from QuickWizard's reading of a plain command line.
struct WizardSettings: Equatable {
    var lang: Language?
    var dir: String?
    var plain = false
    var ascii = false
    var questionnairesDirectory: String?

    var usesPlainMode: Bool { PlainMode.isNeeded(asked: plain) }

    /// A terminal set up for another character set than UTF-8 gets a message
    /// in both languages and how to fix it, not a garbled screen. Output to
    /// a pipe or a file (plain mode) is UTF-8 as always.
    func checkTerminalCharset() throws {
        let environment = ProcessInfo.processInfo.environment
        let charset = TerminalLocale.adopt(environment: environment)
        guard isatty(STDOUT_FILENO) == 1, let message = CharsetCheck.refusal(charset, environment: environment) else { return }
        StandardOutput.error(message)
        throw ExitCode(1)
    }

    /// zh when the locale asks for Chinese, English otherwise.
    var language: Language { lang ?? .fromLocale(ProcessInfo.processInfo.environment) }

    /// Checks the terminal, sets the language of messages and makes the
    /// wizard, for `run` to start on the main actor.
    @MainActor
    func wizard() throws -> (app: WizardApp, plain: Bool) {
        try checkTerminalCharset()
        // An error that ends the command (a broken session) is said in the interface's language.
        Messages.use(lang)
        let app = WizardApp(language: language, languageFixed: lang != nil, library: LibraryOptions.library(questionnairesDirectory),
                            folder: SessionFolder.resolve(explicit: dir), ascii: ascii)
        return (app, usesPlainMode)
    }
}

struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Open the wizard's start screen: saved assessments, or a new one (the default command).")

    @OptionGroup var options: WizardOptions

    func run() throws {
        try Start.run(options.settings)
    }

    /// The command's work, for ArgumentParser's Start and for QuickWizard alike.
    static func run(_ settings: WizardSettings) throws {
        try MainActor.assumeIsolated {
            let (app, plain) = try settings.wizard()
            if plain { try app.runPlainStart() } else { try app.runStart() }
        }
    }
}

struct Open: ParsableCommand {
    // Every command names itself: ArgumentParser would otherwise derive the
    // name from the type by reflection on each start, a millisecond of dynamic casts.
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Resume a session file in the wizard, or create it after the profile form.")

    @OptionGroup var options: WizardOptions
    @Argument(help: "The session file.") var session: String
    @Option(help: "Questionnaire id or file (for a new session; for an existing one, to score it against another version).")
    var questionnaire: String?

    func run() throws {
        try Open.run(options.settings, session: session, questionnaire: questionnaire)
    }

    /// The command's work, for ArgumentParser's Open and for QuickWizard alike.
    static func run(_ settings: WizardSettings, session: String, questionnaire: String?) throws {
        try MainActor.assumeIsolated {
            let (app, plain) = try settings.wizard()
            if plain {
                try app.runPlainOpen(path: session, questionnaire: questionnaire)
            } else {
                try app.runOpen(path: session, questionnaire: questionnaire)
            }
        }
    }
}
