import Foundation
@testable import MaturityPresentation
import Testing

/// Chinese output is Chinese: every command's output and every report, with
/// --lang zh, holds no Latin word outside `LatinWords.allowed`.
@Suite(.serialized) struct LanguageTests {
    @Test func chineseCatalogWordsAreChinese() {
        for (key, text) in Words.zh {
            #expect(LatinWords.unexpected(in: text).isEmpty, "\(key): \(text) has \(LatinWords.unexpected(in: text))")
        }
        // Problems quote the file's own syntax (keys, literals, a CSV header, encodings) as it is written.
        let syntax: Set<String> = ["null", "true", "false", "na", "u", "groups", "criteria", "meaning", "unscored", "conditions",
                                   "angles", "scoring", "scopes", "min", "level", "note", "report", "format", "NUL", "NA", "Latin", "GBK", "reason", "x", "x00"]
        for (key, text) in ProblemTable.zh {
            #expect(LatinWords.unexpected(in: text, alsoAllowed: syntax).isEmpty, "\(key): \(text) has \(LatinWords.unexpected(in: text, alsoAllowed: syntax))")
        }
    }

    /// Markup, styles and paths are not words a reader reads.
    static func readable(_ output: String, folder: String) -> String {
        output.replacingOccurrences(of: folder, with: "")
            .replacingOccurrences(of: Run.root.path, with: "")
            .replacing(/<style>[\s\S]*?<\/style>/, with: " ")
            .replacing(/<svg[\s\S]*?<\/svg>/, with: " ")
            .replacing(/<[^>]*>/, with: " ")
            .replacing(/&[a-z#0-9]+;/, with: " ")
            .replacing(/fnv1a64:[0-9a-f]+/, with: " ")
            .replacing(/\/[\w.\/-]+/, with: " ")
            .replacing(/[\w.-]+\.(json|csv|md|html)/, with: " ")
            // A JSON path names the file's own keys: a place, not words.
            .replacing(/\$[^\s：，；（）]*/, with: " ")
    }

    @Test(arguments: ["cc-cmm-oc", "see-cmm", "cccs-op-2003", "cccs-v7-outline"])
    func everyCommandAndReportInChinese(_ model: String) throws {
        let dir = try Run.temporaryFolder()
        // Named in Chinese: a merge names each assessor after the file.
        let a = try Sessions.make("甲", model: model, rows: 12, in: dir, language: "zh", centre: "北区中心")
        let b = try Sessions.make("乙", model: model, rows: 20, in: dir, language: "zh", centre: "北区中心")
        let commands: [[String]] = [
            ["score", a], ["plan", b], ["plan", b, "--format", "md"], ["compare", a, b], ["compare", a, b, "--format", "md"],
            ["merge", a, b, "--output", dir + "/m.json", "--force"], ["questionnaires"],
            ["validate", Run.root.path + "/Questionnaires/\(model).json"],
            ["report", b, "--format", "md"], ["report", b, "--format", "html"], ["report", b, "--format", "csv"],
            ["report", b, "--format", "html", "--baseline", a], ["report", b, "--format", "md", "--baseline", a],
            ["import", "--questionnaire", model, "--csv", dir + "/甲.csv", "--output", dir + "/c.json", "--force"],
            ["score", dir + "/missing.json"], ["plan", a, "--target", "金牌"],
        ]
        for command in commands {
            let run = try Run.ccmm(command + ["--lang", "zh"], in: dir)
            let text = Self.readable(run.stdout + "\n" + run.stderr, folder: dir)
            let latin = LatinWords.unexpected(in: text)
            #expect(latin.isEmpty, "\(model) \(command.first ?? "") \(command.dropFirst().filter { $0.hasPrefix("--") }): \(Set(latin).sorted())")
        }
    }
}
