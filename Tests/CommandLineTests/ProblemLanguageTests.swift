import Foundation
@testable import MaturityPresentation
import Testing

/// A broken file is explained in the language asked for: `--lang zh` names the
/// file and the place (JSON path or line) in Chinese, with no English word.
@Suite struct ProblemLanguageTests {
    /// One broken file and the place its message must name.
    struct Broken: Sendable {
        let name: String
        let place: String
    }

    /// Bad JSON, a rating of 7, an unknown criterion id, a truncated file, a FIFO and a file over the size limit.
    static func brokenFiles(in dir: String) throws -> [Broken] {
        let good = try Sessions.make("好", model: "cc-cmm-oc", rows: 6, in: dir, language: "zh", centre: "北区中心")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: good))
        try Data(#"{"ccmm_session": 1,, }"#.utf8).write(to: URL(fileURLWithPath: dir + "/语法.json"))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: dir + "/截断.json"))
        guard var session = try JSONSerialization.jsonObject(with: bytes) as? [String: Any],
              var answers = session["answers"] as? [String: Any],
              let (id, first) = answers.first(where: { $0.value is [String: Any] }),
              var answer = first as? [String: Any], var ratings = answer["ratings"] as? [String: Any],
              let angle = ratings.keys.sorted().first else { throw CocoaError(.fileReadCorruptFile) }
        ratings[angle] = 7
        answer["ratings"] = ratings
        answers[id] = answer
        session["answers"] = answers
        try JSONSerialization.data(withJSONObject: session).write(to: URL(fileURLWithPath: dir + "/评分.json"))
        answers["999"] = answer
        session["answers"] = answers
        answers[id] = first
        session["answers"] = answers
        try JSONSerialization.data(withJSONObject: session).write(to: URL(fileURLWithPath: dir + "/编号.json"))
        #expect(mkfifo(dir + "/管道.json", 0o600) == 0)
        let huge = dir + "/过大.json"
        _ = FileManager.default.createFile(atPath: huge, contents: nil)
        #expect(truncate(huge, off_t(64 * 1024 * 1024 + 1)) == 0)
        return [Broken(name: "语法.json", place: "第 1 行第 20 列"), Broken(name: "截断.json", place: "第 "),
                Broken(name: "评分.json", place: "$.answers"), Broken(name: "编号.json", place: "$.answers"),
                Broken(name: "管道.json", place: "$"), Broken(name: "过大.json", place: "$")]
    }

    /// A key the file lacks is quoted as the file spells it, like an id.
    static func readable(_ message: String, folder: String) -> String {
        LanguageTests.readable(message, folder: folder).replacing(/“[!-~]+”/, with: " ")
    }

    @Test func brokenSessionsAreExplainedInChinese() throws {
        let dir = try Run.temporaryFolder()
        for broken in try Self.brokenFiles(in: dir) {
            for command in [["score"], ["plan"], ["report", "--format", "md"], ["open"]] {
                let run = try Run.ccmm(command + [dir + "/" + broken.name, "--lang", "zh"], in: dir)
                let message = run.stderr + run.stdout
                let what = "\(command.first ?? "") \(broken.name): \(message)"
                #expect(run.status != 0, "\(what)")
                #expect(message.contains(broken.name), "\(what)")
                #expect(message.contains(broken.place), "\(what)")
                #expect(message.unicodeScalars.contains { $0.properties.isIdeographic && !broken.name.unicodeScalars.contains($0) }, "\(what)")
                let latin = LatinWords.unexpected(in: Self.readable(message, folder: dir))
                #expect(latin.isEmpty, "\(what): \(Set(latin).sorted())")
            }
        }
    }

    /// `validate` reads questionnaires: a broken one is explained in Chinese too.
    @Test func brokenQuestionnaireIsExplainedInChinese() throws {
        let dir = try Run.temporaryFolder()
        let file = dir + "/问卷.json"
        try Data(#"{"format": 1, "id": "x", "version": "1", "title": "标题"}"#.utf8).write(to: URL(fileURLWithPath: file))
        let run = try Run.ccmm(["validate", file, "--lang", "zh"], in: dir)
        #expect(run.status != 0)
        let message = run.stdout + run.stderr
        #expect(message.contains("问卷.json") && message.contains("$.title") && message.contains("应为中英文文本"), "\(message)")
        #expect(LatinWords.unexpected(in: Self.readable(message, folder: dir)).isEmpty, "\(message)")
    }
}
