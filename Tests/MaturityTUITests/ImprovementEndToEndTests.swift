import Foundation
import MaturityCore
import Testing

/// The evidence register and the action plan in the real wizard, in tmux:
/// two evidence items and one action from the gap plan, quit, resume, and
/// `ccmm actions --format csv` lists the action.
@Suite(.serialized) struct ImprovementEndToEndTests {
    typealias Tmux = EndToEndTests.Tmux
    typealias Spawn = EndToEndTests.Spawn

    @Test func evidenceAndAnActionFromTheGapPlanSurviveAResume() throws {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let home = try EndToEndTests.temporaryFolder()
        let questionnaires = "\(EndToEndTests.root.path)/Questionnaires"
        // Criteria 1 and 2 rated 10/10; the wizard opens at criterion 3, the first gap.
        try "id,method,execution,note\n1,10,10,\n2,10,10,\n".write(toFile: "\(home)/a.csv", atomically: true, encoding: .utf8)
        #expect(Spawn.run([binary, "import", "--csv", "\(home)/a.csv", "--output", "\(home)/s.json", "--centre", "浦东客服中心",
                           "--years", "3", "--questionnaires-dir", questionnaires]) == 0)
        let open = "cd \(home) && env CCMM_HOME=\(home) CCMM_QUESTIONNAIRES=\(questionnaires) LC_ALL=C.UTF-8 TERM=xterm-256color \(binary) open \(home)/s.json --lang en"

        let tmux = Tmux()
        defer { tmux.kill() }
        try tmux.start(open, cols: 100, rows: 30)
        _ = try tmux.waitFor("Criterion 3/170")
        _ = try tmux.waitFor("0 evidence items")

        // Two evidence items on criterion 3: a document with a location, and an interview.
        try tmux.type("v")
        _ = try tmux.waitFor("no evidence yet")
        try tmux.type("a")
        _ = try tmux.waitFor("Evidence for criterion 3")
        try tmux.type("质量手册 第3版")
        try tmux.keys("Tab", "Tab")
        try tmux.type("evidence/manual.pdf")
        try tmux.keys("F2")
        _ = try tmux.waitFor("Evidence saved")
        try tmux.type("a")
        _ = try tmux.waitFor("Evidence for criterion 3")
        try tmux.type("班组长访谈")
        try tmux.keys("Tab", "Right", "Right", "Right")
        try tmux.keys("F2")
        let list = try tmux.waitFor("2. 班组长访谈")
        #expect(list.contains("1. 质量手册 第3版"))
        #expect(list.contains("evidence/manual.pdf"))
        #expect(list.contains("interview"))
        try tmux.keys("Escape")
        _ = try tmux.waitFor("2 evidence items")

        // The gap plan's changes become one action.
        try tmux.type("p")
        _ = try tmux.waitFor("make actions")
        try tmux.type("a")
        _ = try tmux.waitFor("Turn the changes into actions")
        try tmux.type("3")
        let actions = try tmux.waitFor("1 action made")
        #expect(actions.contains("A1 Reach L1"))
        #expect(actions.contains("The live actions cover"))   // the words of `ccmm actions`
        try tmux.type("q")
        tmux.waitForExit()

        // The file holds both items and the action.
        let saved = try SessionStore.loadUnchecked(path: "\(home)/s.json")
        #expect(saved.answers["3"]?.evidence.map(\.title) == ["质量手册 第3版", "班组长访谈"])
        #expect(saved.answers["3"]?.evidence.map(\.kind) == [.document, .interview])
        #expect(saved.answers["3"]?.evidence.first?.location == "evidence/manual.pdf")
        #expect(saved.actions.map(\.id) == ["A1"])
        #expect(saved.actions.first?.status == .planned)
        #expect(saved.actions.first?.targets.isEmpty == false)

        // Resume: the count is back on the criterion screen, the action on its screen.
        let again = Tmux()
        defer { again.kill() }
        try again.start(open, cols: 100, rows: 30)
        _ = try again.waitFor("2 evidence items")
        try again.type("t")
        _ = try again.waitFor("A1 Reach L1")
        try again.type("q")
        again.waitForExit()

        // The command line lists it.
        let output = "\(home)/actions.csv"
        #expect(Spawn.run([binary, "actions", "\(home)/s.json", "--format", "csv", "--lang", "en", "--output", output,
                           "--questionnaires-dir", questionnaires]) == 0)
        let csv = try String(contentsOfFile: output, encoding: .utf8)
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows[0].hasSuffix("id,title,status,owner,due,targets,note"))
        #expect(rows[1].hasPrefix("A1,Reach L1"))
        #expect(rows[1].contains(",planned,"))
    }
}
