import ArgumentParser
import MaturityCore
import TerminalUI

struct QuestionnairesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questionnaires",
        abstract: "List the built-in maturity models: id, version, title and criterion count.")

    @OptionGroup var libraryOptions: LibraryOptions
    @Option(help: "Language of the titles: zh or en.") var lang: Language = .en

    func run() throws {
        let library = libraryOptions.library
        let entries = library.builtIns()
        guard !entries.isEmpty else {
            throw UserError("no built-in questionnaires found in \(library.origin); set CCMM_QUESTIONNAIRES or --questionnaires-dir")
        }
        var rows: [[String]] = [["ID", "VERSION", "CRITERIA", "TITLE"]]
        var problems: [String] = []
        for entry in entries {
            do {
                let q = try entry.load()
                rows.append([q.id, q.version, String(q.criteria.count), q.title[lang]])
            } catch {
                problems.append(error.description)
            }
        }
        try printOut(TextTable.render(rows, rightAligned: [2]))
        if !problems.isEmpty { throw UserError(problems.joined(separator: "\n")) }
    }
}

extension Language: ExpressibleByArgument {}
extension Counting: ExpressibleByArgument {}
