import Foundation
import MaturityCore
import TerminalUI
import Testing
@testable import MaturityTUI

/// The wizard with a journal a killed wizard left behind: replayed and folded
/// into the file when it belongs to the file; set aside, unapplied, when the
/// file was replaced since (another program's version wins, nothing is lost).
@MainActor
@Suite struct JournalAppTests {
    /// A session file at `path` and a journal beside it holding one change
    /// (criterion 2's method rated 10), as a wizard killed before its fold leaves them.
    func sessionWithJournal(_ folders: AppFolders, _ path: String) throws -> Session {
        let q = try TUIFixtures.questionnaire()
        let saved = Session(questionnaire: QuestionnaireReference(q), profile: Profile(centre: "C"), createdAt: "t")
        try SessionStore.create(saved, questionnaire: q, at: path)
        let journal = SessionJournal(session: path, fileBytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        var changed = saved
        changed.setAnswer(.rated(10), criterion: "2", angle: "method", at: "t1")
        #expect(try journal.record(from: saved, to: changed))
        return changed
    }

    @Test func aJournalLeftBehindIsReplayedFoldedAndRemoved() throws {
        let folders = try AppFolders()
        let path = folders.sessions + "/s.json"
        _ = try sessionWithJournal(folders, path)
        #expect(try SessionStore.loadFileOnly(path: path).answers.isEmpty)
        let terminal = MemoryTerminal(keys: [.character("q")])
        try folders.app(terminal).runOpen(path: path, questionnaire: nil)
        // Folded into the file at the open; the clean quit removed the journal.
        #expect(try SessionStore.loadFileOnly(path: path).answer("2", "method") == .rated(10))
        #expect(!FileManager.default.fileExists(atPath: SessionJournal.path(for: path)))
    }

    @Test func aJournalForAReplacedFileIsSetAsideNotApplied() throws {
        let folders = try AppFolders()
        let path = folders.sessions + "/s.json"
        _ = try sessionWithJournal(folders, path)
        // Another program replaces the file before the wizard opens it again.
        let q = try TUIFixtures.questionnaire()
        var theirs = Session(questionnaire: QuestionnaireReference(q), profile: Profile(centre: "Theirs"), createdAt: "t")
        theirs.setAnswer(.rated(0), criterion: "1", angle: "method", at: "t2")
        try SessionStore.save(theirs, questionnaire: q, to: path)
        let journal = SessionJournal.path(for: path)
        let journalBytes = try Data(contentsOf: URL(fileURLWithPath: journal))

        let terminal = MemoryTerminal(keys: [.character("q")])
        try folders.app(terminal).runOpen(path: path, questionnaire: nil)
        let shown = terminal.frames.first.map { $0.text().joined(separator: "\n") } ?? ""
        #expect(shown.contains("Changes journaled for another version"), "\(shown)")
        // Their version stands; the journal's change is not mixed into it.
        let after = try SessionStore.loadFileOnly(path: path)
        #expect(after.profile.centre == "Theirs")
        #expect(after.answer("1", "method") == .rated(0))
        #expect(after.answer("2", "method") == nil)
        // The journal itself is kept, byte for byte, under a new name.
        #expect(!FileManager.default.fileExists(atPath: journal))
        let names = try FileManager.default.contentsOfDirectory(atPath: folders.sessions).filter { $0.hasPrefix(".s.json.journal.stale-") }
        #expect(names.count == 1)
        if let name = names.first {
            #expect(try Data(contentsOf: URL(fileURLWithPath: folders.sessions + "/" + name)) == journalBytes)
        }
    }
}
