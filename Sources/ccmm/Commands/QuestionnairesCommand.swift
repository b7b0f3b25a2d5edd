import ArgumentParser
import MaturityCore
import MaturityPresentation
import TerminalUI

struct QuestionnairesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questionnaires",
        abstract: "List the built-in maturity models: id, version, title and criterion count.")

    @OptionGroup var libraryOptions: LibraryOptions
    @Option(help: "Language of the output and messages: zh or en (default: the locale).") var lang: Language?
    @Option(help: "text or json.") var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        let c = Messages.use(lang)
        let library = libraryOptions.library
        let entries = library.builtIns()
        guard !entries.isEmpty else {
            throw UserError(c(.noQuestionnaires, library.directory.map { c(.inFolder, $0) } ?? ""))
        }
        var loaded: [Questionnaire] = []
        var problems: [String] = []
        for entry in entries {
            do {
                loaded.append(try entry.load())
            } catch {
                problems.append(ProblemWords.describe(error, c))
            }
        }
        switch format {
        case .json:
            try printOut(JSONOutput.render([("questionnaires", .array(loaded.map { q in
                .object([("id", .string(q.id)), ("version", .string(q.version)), ("criteria", .int(q.criteria.count)),
                         ("questions", .int(q.questionCount)), ("scoring", .string(q.scoring.methodName)),
                         ("title", .object([("zh", .string(q.title.zh)), ("en", .string(q.title.en))]))])
            }))]))
        case .text:
            var table = Table(columns: [Column(c(.columnID), key: "id"), Column(c(.columnVersion), key: "version"),
                                        Column(c(.columnCriteria), key: "criteria", alignment: .trailing), Column(c(.columnTitle), key: "title")])
            table.rows = loaded.map { [.text($0.id), .text($0.version), .figure(String($0.criteria.count)), .text(c($0.title))] }
            try printOut(TerminalWriter.write(Document([.table(table)])))
        }
        if !problems.isEmpty { throw UserError(problems.joined(separator: "\n")) }
    }
}

extension Language: ExpressibleByArgument {}
extension Counting: ExpressibleByArgument {}
