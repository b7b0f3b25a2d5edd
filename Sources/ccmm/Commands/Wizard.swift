import ArgumentParser
import MaturityCore

struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Open the wizard's start screen: saved assessments, or a new one.")

    func run() throws {
        throw UserError("the wizard is not built yet")
    }
}

struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Resume a session file in the wizard, or create it after the profile form.")

    @Argument(help: "The session file.") var session: String
    @Option(help: "Questionnaire id or file for a new session.") var questionnaire: String?

    func run() throws {
        throw UserError("the wizard is not built yet")
    }
}
