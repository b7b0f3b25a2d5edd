import ArgumentParser
import MaturityCore

struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.")

    func run() throws {
        throw UserError("plan is not built yet")
    }
}
