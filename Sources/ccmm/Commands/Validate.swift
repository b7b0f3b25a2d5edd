import ArgumentParser
import MaturityCore

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check questionnaire files: print every problem with its JSON path, or a one-line summary.")

    @Argument(help: "Questionnaire JSON files.") var files: [String]

    func run() throws {
        var failed = false
        for file in files {
            do {
                let q = try QuestionnaireDecoder.load(path: file)
                printOut("\(file): OK — \(q.id) \(q.version), \(q.groups.count) top-level groups, \(q.criteria.count) criteria, \(q.questionCount) questions, scoring \(q.scoring.methodName)\n")
            } catch {
                failed = true
                printOut(error.description + "\n")
                printOut("\(file): \(error.problems.count) problem\(error.problems.count == 1 ? "" : "s") found\n")
            }
        }
        if failed { throw ExitCode.failure }
    }
}
