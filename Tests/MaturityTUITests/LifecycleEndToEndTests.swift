import Foundation
import MaturityCore
import Testing

/// The real binary in tmux: a follow-up then compared, a report written from
/// the wizard, search, and help scrolled to its last key at 80×24.
@Suite(.serialized) struct LifecycleEndToEndTests {
    typealias Tmux = EndToEndTests.Tmux
    typealias Spawn = EndToEndTests.Spawn

    /// A finished CC-CMM-OC assessment (every criterion 10/10) made with `ccmm import`.
    func finishedSession(_ binary: String, home: String) throws {
        let rows = (1...170).map { "\($0),10,10," }.joined(separator: "\n")
        try ("id,method,execution,note\n" + rows + "\n").write(toFile: "\(home)/all.csv", atomically: true, encoding: .utf8)
        #expect(Spawn.run([binary, "import", "--csv", "\(home)/all.csv", "--output", "\(home)/old.json", "--centre", "Pudong", "--years", "6",
                           "--date", "2025-11-01", "--lang", "en", "--questionnaires-dir", "\(EndToEndTests.root.path)/Questionnaires"]) == 0)
    }

    /// The finished session open in the wizard at 80×24; returns its folder.
    func openFinished(_ tmux: Tmux) throws -> String {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let home = try EndToEndTests.temporaryFolder()
        try finishedSession(binary, home: home)
        try tmux.start(EndToEndTests().command(binary, "open \(home)/old.json --lang en", home: home), cols: 80, rows: 24)
        _ = try tmux.waitFor("Criterion")
        return home
    }

    @Test func followUpFromAFinishedSessionThenCompared() throws {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let home = try EndToEndTests.temporaryFolder()
        try finishedSession(binary, home: home)
        let tmux = Tmux()
        defer { tmux.kill() }
        try tmux.start(EndToEndTests().command(binary, "--lang en", home: home))
        let start = try tmux.waitFor("Saved assessments")
        #expect(start.contains("340/340"))
        #expect(start.contains("File: \(home)/old.json") || start.contains("old.json"))
        try tmux.type("f")
        _ = try tmux.waitFor("Follow-up: b blank answers")
        try tmux.type("c")
        _ = try tmux.waitFor("Follow-up created")
        // Criterion 1 falls to 0 / 10 in the follow-up.
        try tmux.type("1")
        _ = try tmux.waitFor("Answered 340/340")
        try tmux.type("q")
        tmux.waitForExit()
        let files = try FileManager.default.contentsOfDirectory(atPath: home).filter { $0.hasPrefix("cc-cmm-oc-") }
        let followUp = "\(home)/" + (try #require(files.first))
        let session = try SessionStore.loadUnchecked(path: followUp)
        #expect(session.baseline == "\(home)/old.json")
        #expect(session.profile.centre == "Pudong")
        #expect(session.profile.yearsInOperation == 6)
        // compare with one file finds the baseline through the link.
        let out = "\(home)/compare.txt"
        #expect(Spawn.run([binary, "compare", followUp, "--questionnaires-dir", "\(EndToEndTests.root.path)/Questionnaires", "--lang", "en"], output: out) == 0)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("Date              2025-11-01"))
        #expect(text.contains("Regressed: 1 answer in 1 criterion"))
    }

    @Test func reportWrittenFromTheWizard() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        let home = try openFinished(tmux)
        try tmux.type("R")
        _ = try tmux.waitFor("Report format")
        try tmux.type("h")
        _ = try tmux.waitFor("Write the report to")
        try tmux.keys("Enter")
        // The path is shown (its end may be cut on a long temporary folder).
        _ = try tmux.waitFor("Report written: \(String(home.prefix(20)))")
        let html = try String(contentsOfFile: "\(home)/old.html", encoding: .utf8)
        #expect(html.contains("<html"))
        #expect(html.contains("Pudong"))
        // The same path again: asked, not replaced silently.
        try tmux.type("Rh")
        _ = try tmux.waitFor("Write the report to")
        try tmux.keys("Enter")
        _ = try tmux.waitFor("Enter again replaces it")
        try tmux.keys("Escape")
        try tmux.type("q")
        tmux.waitForExit()
    }

    @Test func searchFindsIVRAndScheduling() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        _ = try openFinished(tmux)
        try tmux.type("o")
        _ = try tmux.waitFor("Outline")
        try tmux.type("/")
        _ = try tmux.waitFor("Search the criteria")
        try tmux.type("IVR")
        try tmux.keys("Enter")
        let ivr = try tmux.waitFor("\"IVR\": match 1 of")
        #expect(ivr.contains("▸"))
        try tmux.keys("Tab")
        _ = try tmux.waitFor("\"IVR\": match 2 of")
        try tmux.type("/")
        try tmux.type("排班")
        try tmux.keys("Enter")
        _ = try tmux.waitFor("\"排班\": match ")
        try tmux.keys("Enter")
        _ = try tmux.waitFor("Criterion ")
        try tmux.type("q")
        tmux.waitForExit()
    }

    @Test func helpScrolledToItsLastKeyAt80x24() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        _ = try openFinished(tmux)
        try tmux.type("?")
        let first = try tmux.waitFor("Keys")
        #expect(!first.contains("Suspend (fg resumes)"))
        try tmux.keys("End")
        let last = try tmux.waitFor("Suspend (fg resumes)")
        // "n–N of N": the last key shown is the last there is.
        let status = last.split(separator: "\n").last { $0.contains(" of ") }.map(String.init) ?? ""
        let numbers = status.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        #expect(numbers.count >= 3 && numbers[1] == numbers[2], "status line: \(status)")
        #expect(last.contains("Answer the focused question") == false)
        try tmux.keys("Escape")
        _ = try tmux.waitFor("Criterion")
        try tmux.type("q")
        tmux.waitForExit()
    }
}
