import ArgumentParser
import MaturityCore

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.")

    func run() throws {
        throw UserError("compare is not built yet")
    }
}
