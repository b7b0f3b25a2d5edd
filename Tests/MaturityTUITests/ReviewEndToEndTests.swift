import Foundation
import MaturityCore
import Testing

/// The real binary in tmux: a revision pass, undo over an N/A, editing the
/// years, on the small bilingual fixture model (4 criteria, L2 needs 2 years).
@Suite(.serialized) struct ReviewEndToEndTests {
    typealias Tmux = EndToEndTests.Tmux

    /// A new session of the fixture model, its profile filled (years 1), on criterion 1.
    func startMini(_ tmux: Tmux, home: String) throws {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        try TUIFixtures.json.write(toFile: "\(home)/mini.json", atomically: true, encoding: .utf8)
        try tmux.start(EndToEndTests().command(binary, "open \(home)/s.json --questionnaire \(home)/mini.json --lang en", home: home))
        _ = try tmux.waitFor("Assessment profile")
        try tmux.type("Pudong")
        try tmux.keys("Tab", "Tab", "Tab", "Tab")
        try tmux.type("1")
        try tmux.keys("Tab", "Tab", "Enter")
        _ = try tmux.waitFor("Criterion 1/4")
    }

    @Test func fullPassThenRevisionPassWithoutTheCompleteScreen() throws {
        let home = try EndToEndTests.temporaryFolder()
        let tmux = Tmux()
        defer { tmux.kill() }
        try startMini(tmux, home: home)
        try tmux.type("33333333")
        _ = try tmux.waitFor("Assessment complete")
        // Back to criterion 1 through the outline, and revise every answer.
        try tmux.keys("Escape")
        _ = try tmux.waitFor("Criterion 4/4")
        try tmux.type("o")
        _ = try tmux.waitFor("Outline")
        try tmux.keys("Home", "Enter")
        _ = try tmux.waitFor("Criterion 1/4")
        for next in 2...4 {
            try tmux.type("22")
            let screen = try tmux.waitFor("Criterion \(next)/4")
            #expect(!screen.contains("Assessment complete"))
        }
        try tmux.type("22")
        let last = try tmux.waitFor("This is the last criterion")
        #expect(!last.contains("Assessment complete"))
        #expect(last.contains("Criterion 4/4"))
        try tmux.type("S")
        // Wait for the frame's body, not its first line: a capture can fall
        // between the summary's heading and the rest of its frame.
        let summary = try tmux.waitFor("all 4 criteria answered")
        #expect(summary.contains("Assessment complete"))
        #expect(summary.contains("Progress: 1.0 2/2 · 2.0 2/2 — all 4 criteria answered"))
        try tmux.type("q")
        tmux.waitForExit()
        let session = try SessionStore.loadUnchecked(path: "\(home)/s.json")
        #expect(session.answers.values.allSatisfy { $0.ratings == ["method": .rated(5), "execution": .rated(5)] })
        #expect(session.answers.count == 4)
    }

    @Test func undoOfARatingOverAnNARestoresItsReason() throws {
        let home = try EndToEndTests.temporaryFolder()
        let tmux = Tmux()
        defer { tmux.kill() }
        try startMini(tmux, home: home)
        try tmux.type("n")
        _ = try tmux.waitFor("Why is this not applicable?")
        try tmux.type("没有外呼业务")
        try tmux.keys("Enter")
        _ = try tmux.waitFor("Criterion 2/4")
        try tmux.type(",3")
        _ = try tmux.waitFor("Rate it and drop the N/A reason?")   // the reason would go: asked first
        try tmux.type("y")
        _ = try tmux.waitFor("●3 Fully meets·10")
        try tmux.type("z")
        let undone = try tmux.waitFor("Undone: the rating (Method 10) of criterion 1")
        #expect(undone.contains("N/A: 没有外呼业务"))
        #expect(undone.contains("●n N/A"))
        try tmux.type("q")
        tmux.waitForExit()
        // The undo was saved like any change.
        let session = try SessionStore.loadUnchecked(path: "\(home)/s.json")
        #expect(session.answers["1"]?.ratings == ["method": .notApplicable(reason: "没有外呼业务"), "execution": .notApplicable(reason: "没有外呼业务")])
    }

    @Test func editingTheYearsShowsTheLevelChange() throws {
        let home = try EndToEndTests.temporaryFolder()
        let tmux = Tmux()
        defer { tmux.kill() }
        try startMini(tmux, home: home)
        try tmux.type("31313131")
        _ = try tmux.waitFor("Assessment complete")
        try tmux.keys("Escape")
        _ = try tmux.waitFor("Level L1 Applied")
        try tmux.type("i")
        _ = try tmux.waitFor("Edit the assessment profile")
        try tmux.keys("Tab", "Tab", "Tab", "Tab", "BSpace")
        try tmux.type("3")
        let preview = try tmux.waitFor("years 1 → 3: L1 → L2")
        #expect(preview.contains("Save the profile"))
        try tmux.keys("Tab", "Tab", "Enter")
        let saved = try tmux.waitFor("Profile saved; years 1 → 3: L1 → L2")
        #expect(saved.contains("Level L2 Professional"))
        try tmux.type("q")
        tmux.waitForExit()
        let session = try SessionStore.loadUnchecked(path: "\(home)/s.json")
        #expect(session.profile.yearsInOperation == 3)
    }

    @Test func importRefusesADayThatDoesNotExistAndTakesTheLocaleLanguage() throws {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let home = try EndToEndTests.temporaryFolder()
        try "id,method,execution,note\n1,10,10,\n".write(toFile: "\(home)/a.csv", atomically: true, encoding: .utf8)
        let base = [binary, "import", "--csv", "\(home)/a.csv", "--questionnaires-dir", "\(EndToEndTests.root.path)/Questionnaires"]
        let refused = EndToEndTests.Spawn.run(base + ["--output", "\(home)/bad.json", "--date", "2026-02-30"])
        #expect(refused != 0)
        #expect(!FileManager.default.fileExists(atPath: "\(home)/bad.json"))
        #expect(EndToEndTests.Spawn.run(base + ["--output", "\(home)/leap.json", "--date", "2028-02-29"]) == 0)
        // No --lang: the language comes from the locale (the tests run in C.UTF-8, so English) …
        #expect(EndToEndTests.Spawn.run(["env", "LC_ALL=C.UTF-8"] + base + ["--output", "\(home)/en.json"]) == 0)
        #expect(try SessionStore.loadUnchecked(path: "\(home)/en.json").profile.language == .en)
        #expect(EndToEndTests.Spawn.run(["env", "LC_ALL=zh_CN.UTF-8"] + base + ["--output", "\(home)/zh.json"]) == 0)
        #expect(try SessionStore.loadUnchecked(path: "\(home)/zh.json").profile.language == .zh)
        // … and --lang wins.
        #expect(EndToEndTests.Spawn.run(["env", "LC_ALL=zh_CN.UTF-8"] + base + ["--output", "\(home)/en2.json", "--lang", "en"]) == 0)
        #expect(try SessionStore.loadUnchecked(path: "\(home)/en2.json").profile.language == .en)
    }
}
