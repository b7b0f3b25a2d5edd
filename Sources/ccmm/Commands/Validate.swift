import ArgumentParser
import MaturityCore
import MaturityPresentation

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check questionnaire files: print every problem with its JSON path, or a one-line summary.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Questionnaire JSON files.") var files: [String]
    @Option(help: "text or json.") var format: Format = .text
    @Option(help: "Language of the output and messages: zh or en (default: the locale).") var lang: Language?

    func run() throws {
        let c = Messages.use(lang)
        var results: [(file: String, result: Result<Questionnaire, LoadError>)] = []
        for file in files {
            do throws(LoadError) {
                results.append((file, .success(try QuestionnaireDecoder.load(path: file))))
            } catch {
                results.append((file, .failure(error)))
            }
        }
        switch format {
        case .json: try printOut(JSONOutput.render([("files", .array(results.map(ValidationWords.json)))]))
        case .text: try printOut(TerminalWriter.write(ValidationWords.document(results, c)))
        }
        if results.contains(where: { if case .failure = $0.result { return true } else { return false } }) { throw ExitCode.failure }
    }
}
