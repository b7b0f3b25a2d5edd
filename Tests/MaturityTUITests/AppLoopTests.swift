import Foundation
import MaturityCore
import TerminalUI
import Testing
@testable import MaturityTUI

/// The runner's loop against a terminal in memory: scripted keys in, frames
/// and session files out — where a new or resumed session opens, what is on
/// disk after each step, without a real terminal.
@MainActor
@Suite struct AppLoopTests {
    func keys(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test func newSessionIsCreatedAnsweredAndResumedWhereItStopped() throws {
        let folders = try AppFolders()
        let path = folders.sessions + "/pudong.json"
        // The profile form: a centre, Enter through site, assessor, date, years, language to "Start".
        let first = MemoryTerminal(keys: keys("Pudong") + Array(repeating: .enter, count: 7) + keys("32") + [.character("q")])
        try folders.app(first).runOpen(path: path, questionnaire: nil)
        #expect(first.frames.first?.text()[0] == " Assessment profile · Mini model")
        #expect(first.starts == 1 && first.stops == 1)
        let saved = try folders.session(path)
        #expect(saved.profile.centre == "Pudong")
        #expect(saved.answer("1", "method") == .rated(10))
        #expect(saved.answer("1", "execution") == .rated(5))
        // "3 2" answered criterion 1 and moved on: that is where the file says the wizard stood.
        #expect(saved.position == "2")

        let second = MemoryTerminal(keys: [.character("q")])
        try folders.app(second).runOpen(path: path, questionnaire: nil)
        #expect(second.frames.first?.text()[0].hasSuffix("Criterion 2/4                      Answered 2/8") == true)
    }

    @Test func hangingUpSavesTheLastMove() throws {
        let folders = try AppFolders()
        let path = folders.sessions + "/s.json"
        try SessionStore.create(Session(questionnaire: QuestionnaireReference(try TUIFixtures.questionnaire()), profile: Profile(centre: "C"), createdAt: "t"),
                                questionnaire: try TUIFixtures.questionnaire(), at: path)
        // Two criteria on, then the script ends: the terminal hangs up, the position is saved.
        let terminal = MemoryTerminal(keys: [.character("."), .character(".")])
        try folders.app(terminal).runOpen(path: path, questionnaire: nil)
        #expect(try folders.session(path).position == "3")
        #expect(terminal.screen[0].contains("Criterion 3/4"))
    }

    @Test func asciiDrawsBordersAndMarksInASCII() throws {
        let folders = try AppFolders()
        let q = try TUIFixtures.questionnaire()
        for (asked, localeWide) in [(true, false), (false, true)] {
            let path = folders.sessions + "/\(asked).json"
            try SessionStore.create(Session(questionnaire: QuestionnaireReference(q), profile: Profile(centre: "C"), createdAt: "t"), questionnaire: q, at: path)
            let terminal = MemoryTerminal(keys: keys("3"))
            terminal.drawsAmbiguousWide = localeWide
            try folders.app(terminal, ascii: asked).runOpen(path: path, questionnaire: nil)
            let lines = terminal.screen
            #expect(lines[2] == String(repeating: "-", count: 80))
            #expect(lines[7] == "    o1 Does not meet.0  o2 Partly meets.5  *3 Fully meets.10")
            #expect(lines[11] == " on N/A (the whole criterion)")
            let nonASCII = lines.joined().filter { !$0.isASCII }
            #expect(nonASCII.isEmpty, "\(lines)")
        }
    }
}
