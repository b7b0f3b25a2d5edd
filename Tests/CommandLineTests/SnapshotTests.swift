import Foundation
import Testing

/// Every command's text output, in Chinese and English, compared with the
/// files in Snapshots/, so that a change of wording is seen in review rather
/// than slipping through. `CCMM_RECORD_SNAPSHOTS=1 scripts/test --filter
/// SnapshotTests` writes them again; the diff is the review.
@Suite(.serialized) struct SnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots").path
    static var recording: Bool { ProcessInfo.processInfo.environment["CCMM_RECORD_SNAPSHOTS"] == "1" }

    /// Output with the run's temporary folder and the repository path replaced, so snapshots are stable.
    static func stable(_ text: String, folder: String) -> String {
        text.replacingOccurrences(of: folder, with: "<dir>").replacingOccurrences(of: Run.root.path, with: "<repo>")
    }

    static func check(_ name: String, _ output: String) throws {
        let path = folder + "/" + name + ".txt"
        if recording {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try output.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let recorded = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt; record it with CCMM_RECORD_SNAPSHOTS=1")
            return
        }
        if recorded != output {
            let a = recorded.split(separator: "\n", omittingEmptySubsequences: false), b = output.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record("""
                \(name) differs from its snapshot at line \(first + 1):
                  recorded: \(first < a.count ? String(a[first]) : "<end>")
                  now:      \(first < b.count ? String(b[first]) : "<end>")
                (CCMM_RECORD_SNAPSHOTS=1 records it again)
                """)
        }
    }

    static let models = ["cc-cmm-oc", "see-cmm", "cccs-op-2003", "cccs-v7-outline"]

    @Test(arguments: models)
    func commandsOfOneModel(_ model: String) throws {
        for lang in ["zh", "en"] {
            let dir = try Run.temporaryFolder()
            let centre = lang == "zh" ? "北区中心" : "North Hub"
            let a = try Sessions.make("a", model: model, rows: 12, in: dir, language: lang, centre: centre)
            let b = try Sessions.make("b", model: model, rows: 20, in: dir, language: lang, centre: centre)
            let commands: [(String, [String])] = [
                ("score", ["score", a]), ("plan", ["plan", b]), ("plan-md", ["plan", b, "--format", "md"]),
                ("compare", ["compare", a, b]), ("compare-md", ["compare", a, b, "--format", "md"]),
                ("merge", ["merge", a, b, "--output", dir + "/m.json"]),
            ]
            for (name, arguments) in commands {
                let run = try Run.ccmm(arguments + ["--lang", lang], in: dir)
                #expect(run.status == 0, "\(name): \(run.stderr)")
                try Self.check("\(model)-\(name)-\(lang)", Self.stable(run.stdout + (run.stderr.isEmpty ? "" : "--- stderr\n" + run.stderr), folder: dir))
            }
        }
    }

    @Test func commandsOfNoModel() throws {
        let dir = try Run.temporaryFolder()
        try "{\"format\": 1, \"id\": \"x\"}".write(toFile: dir + "/bad.json", atomically: true, encoding: .utf8)
        for lang in ["zh", "en"] {
            let runs: [(String, [String], Int32)] = [
                ("questionnaires", ["questionnaires"], 0),
                ("validate", ["validate", Run.root.path + "/Questionnaires/see-cmm.json", dir + "/bad.json"], 1),
                ("plan-unknown-target", ["plan", try Sessions.make("s", model: "cc-cmm-oc", rows: 3, in: dir), "--target", "gold"], 1),
            ]
            for (name, arguments, status) in runs {
                let run = try Run.ccmm(arguments + ["--lang", lang], in: dir)
                #expect(run.status == status, "\(name): \(run.stderr)")
                try Self.check("\(name)-\(lang)", Self.stable(run.stdout + (run.stderr.isEmpty ? "" : "--- stderr\n" + run.stderr), folder: dir))
            }
        }
    }

    /// `plan --target` takes a level or band by its name in either language.
    @Test func targetsByNameInEitherLanguage() throws {
        let dir = try Run.temporaryFolder()
        let levels = try Sessions.make("l", model: "cc-cmm-oc", rows: 30, in: dir)
        let bands = try Sessions.make("b", model: "cccs-op-2003", rows: 10, in: dir)
        for (session, names, id) in [(levels, ["L3", "标杆级", "Benchmark", "benchmark"], "L3"), (bands, ["five-star", "五星级", "Certified, five-star"], "five-star")] {
            for name in names {
                let run = try Run.ccmm(["plan", session, "--target", name, "--format", "json"], in: dir)
                #expect(run.status == 0, "\(name): \(run.stderr)")
                #expect(run.stdout.contains("\"id\": \"\(id)\""), "\(name) did not aim at \(id)")
            }
        }
    }
}
