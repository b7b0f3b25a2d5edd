import Foundation
import MaturityPresentation
import Testing

/// What ccmm prints is safe for any terminal, and a failed write is an error.
@Suite(.serialized) struct OutputSafetyTests {
    static func controls(_ text: String) -> [String] {
        text.unicodeScalars.filter { ControlCharacters.isControl($0, keepNewlines: true) }.map { "U+" + String($0.value, radix: 16) }
    }

    @Test func closedStdoutIsAnErrorWithAMessage() throws {
        let folder = try Run.temporaryFolder()
        let session = try Sessions.make("s", model: "cc-cmm-oc", rows: 10, in: folder)
        for lang in ["en", "zh"] {
            let run = try Run.ccmm(["score", session, "--lang", lang], in: folder, stdout: .closed)
            #expect(run.status == 1)
            #expect(run.stderr.contains(lang == "en" ? "cannot write to standard output" : "无法写入标准输出"), "\(run.stderr)")
        }
        // The session file is untouched: nothing meant for stdout went into it.
        let reopened = try Run.ccmm(["score", session, "--format", "json"], in: folder)
        #expect(reopened.status == 0)
    }

    @Test func fullDiskIsAnErrorWithAMessage() throws {
        guard FileManager.default.isWritableFile(atPath: "/dev/full") else { return }
        let folder = try Run.temporaryFolder()
        let session = try Sessions.make("s", model: "cc-cmm-oc", rows: 10, in: folder)
        let run = try Run.ccmm(["score", session], in: folder, stdout: .file("/dev/full"))
        #expect(run.status == 1)
        #expect(run.stderr.contains("the disk is full"), "\(run.stderr)")
    }

    @Test(arguments: ["cc-cmm-oc", "see-cmm", "cccs-op-2003", "cccs-v7-outline"])
    func fileTextNeverReachesTheTerminalRaw(_ model: String) throws {
        let folder = try Run.temporaryFolder()
        let a = try Sessions.make("a", model: model, rows: 12, in: folder, centre: Sessions.hostile, note: Sessions.hostile)
        let b = try Sessions.make("b", model: model, rows: 15, in: folder, centre: Sessions.hostile, note: Sessions.hostile)
        let commands: [[String]] = [["score", a], ["plan", a], ["plan", a, "--format", "md"], ["compare", a, b], ["compare", a, b, "--format", "md"],
                                    ["merge", a, b, "--output", folder + "/m.json", "--force"],
                                    ["report", a, "--format", "md"], ["report", a, "--format", "csv"], ["report", a, "--format", "html"]]
        for command in commands {
            for lang in ["en", "zh"] {
                let run = try Run.ccmm(command + ["--lang", lang], in: folder)
                #expect(run.status == 0, "\(command): \(run.stderr)")
                // CSV ends lines with CRLF as it should; HTML keeps bidi text isolated in elements.
                var stdout = command.contains("csv") ? run.stdout.replacingOccurrences(of: "\r\n", with: "\n") : run.stdout
                if command.contains("html") { stdout = String(stdout.unicodeScalars.filter { !(0x2066...0x2069).contains($0.value) && !(0x202A...0x202E).contains($0.value) }) }
                #expect(Self.controls(stdout).isEmpty, "\(command) \(lang) printed \(Self.controls(stdout))")
                #expect(Self.controls(run.stderr).isEmpty, "\(command) \(lang) printed \(Self.controls(run.stderr)) on stderr")
            }
        }
    }

    @Test func importErrorsShowFileTextSafely() throws {
        let folder = try Run.temporaryFolder()
        try "id,method,execution,note\n\u{1B}]0;owned\u{07},7,10,\n".write(toFile: folder + "/bad.csv", atomically: true, encoding: .utf8)
        let run = try Run.ccmm(["import", "--csv", folder + "/bad.csv", "--output", folder + "/x.json"], in: folder)
        #expect(run.status == 1)
        #expect(!run.stderr.isEmpty)
        #expect(Self.controls(run.stderr).isEmpty, "\(Self.controls(run.stderr))")
    }
}
