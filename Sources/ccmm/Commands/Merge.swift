import ArgumentParser
import MaturityCore

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.")

    func run() throws {
        throw UserError("merge is not built yet")
    }
}
