import ArgumentParser
import MaturityCore

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.")

    func run() throws {
        throw UserError("report is not built yet")
    }
}
