import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import MaturityCore

/// The journal beside a session file: every change recorded before it is
/// shown, replayed after a crash, recognised as folded after a crash between
/// the file's write and the journal's emptying, set aside (not applied) when
/// it belongs to another version of the file.
@Suite struct SessionJournalTests {
    struct Setup {
        var q: Questionnaire
        var path: String
        var saved: Session
        var fileBytes: [UInt8]
    }

    func setup() throws -> Setup {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var s = Fixtures.session(q, years: 4)
        s.setAnswer(.rated(10), criterion: "1", angle: "method", at: "2026-01-02T10:00:00+08:00")
        s.position = "1"
        let path = try SessionStoreTests.temporaryFolder() + "/s.json"
        try SessionStore.save(s, questionnaire: q, to: path)
        return Setup(q: q, path: path, saved: s, fileBytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    /// A journal holding one change: criterion `id`'s method rated 0.
    func oneChange(_ t: Setup, criterion id: String) throws -> (SessionJournal, Session) {
        let journal = SessionJournal(session: t.path, fileBytes: t.fileBytes)
        var s = t.saved
        s.setAnswer(.rated(0), criterion: id, angle: "method", at: "t1")
        #expect(try journal.record(from: t.saved, to: s))
        return (journal, s)
    }

    func appendToJournal(_ t: Setup, _ text: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: SessionJournal.path(for: t.path)))
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        try handle.close()
    }

    func journalText(_ path: String) throws -> String {
        try String(contentsOfFile: SessionJournal.path(for: path), encoding: .utf8)
    }

    @Test func changesAreReplayedOntoTheFileAfterACrash() throws {
        let t = try setup()
        let journal = SessionJournal(session: t.path, fileBytes: t.fileBytes)
        var s = t.saved
        s.setAnswer(.rated(5), criterion: "1", angle: "execution", at: "2026-01-02T10:01:00+08:00")
        s.position = "2"
        #expect(try journal.record(from: t.saved, to: s))
        var next = s
        next.setAnswer(.notApplicable(reason: "无外呼业务"), criterion: "2", angle: "method", at: "2026-01-02T10:02:00+08:00")
        next.update(criterion: "3", at: "2026-01-02T10:03:00+08:00") { $0.note = "第一行\n\"引号\""; $0.flagged = true }
        next.profile.site = "上海"
        #expect(try journal.record(from: s, to: next))
        // Clearing an answer removes the criterion's record when nothing else is left.
        var cleared = next
        cleared.answers["2"] = nil
        #expect(try journal.record(from: next, to: cleared))
        #expect(journal.changes == 3)
        // The file was never written again: the "crash" happens here.
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: t.path))) == t.fileBytes)
        let lines = try journalText(t.path).split(separator: "\n")
        #expect(lines.count == 4)       // the header and three changes, one line each
        #expect(lines[0].hasPrefix("{\"ccmm_journal\":1,\"base\":\"fnv1a64:"))
        #expect(lines[3] == #"{"removed":["2"],"updated_at":"2026-01-02T10:03:00+08:00"}"#)
        let recovered = try SessionJournal.recover(path: t.path)
        #expect(recovered.replayed == 3)
        #expect(recovered.journalFound)
        #expect(recovered.session == cleared)
    }

    @Test func actionsBaselineAndEvidenceAreJournaledToo() throws {
        let t = try setup()
        let journal = SessionJournal(session: t.path, fileBytes: t.fileBytes)
        var s = t.saved
        s.actions = [ImprovementAction(id: "A1", title: "写下文化宣言", owner: "王经理", due: "2026-03-01", note: "第一步")]
        s.baseline = "before.json"
        #expect(try journal.record(from: t.saved, to: s))
        var later = s
        later.actions[0].status = .done
        later.baseline = nil
        #expect(try journal.record(from: s, to: later))
        #expect(journal.changes == 2)
        let recovered = try SessionJournal.recover(path: t.path)
        #expect(recovered.replayed == 2)
        #expect(recovered.session == later)
    }

    @Test func nothingChangedWritesNothing() throws {
        let t = try setup()
        let journal = SessionJournal(session: t.path, fileBytes: t.fileBytes)
        #expect(try journal.record(from: t.saved, to: t.saved))
        #expect(journal.changes == 0)
        #expect(!FileManager.default.fileExists(atPath: SessionJournal.path(for: t.path)))
        let recovered = try SessionJournal.recover(path: t.path)
        #expect(!recovered.journalFound)
        #expect(recovered.session == t.saved)
    }

    @Test func aLineCutOffBeforeItsFlushIsIgnored() throws {
        let t = try setup()
        let (_, s) = try oneChange(t, criterion: "4")
        try appendToJournal(t, #"{"answers":{"5":{"ratings":{"method":1"#)
        let recovered = try SessionJournal.recover(path: t.path)
        #expect(recovered.replayed == 1)
        #expect(recovered.session == s)
    }

    @Test func aFoldCutShortBeforeTheJournalIsEmptiedReplaysNothing() throws {
        let t = try setup()
        let journal = SessionJournal(session: t.path, fileBytes: t.fileBytes)
        var s = t.saved
        s.setAnswer(.rated(10), criterion: "1", angle: "execution", at: "t1")
        #expect(try journal.record(from: t.saved, to: s))
        // The fold: mark, write the file whole — and the crash comes before `folded`.
        let bytes = SessionStore.render(s, questionnaire: t.q)
        try journal.folding(bytes)
        try AtomicFile.write(bytes, to: t.path)
        let recovered = try SessionJournal.recover(path: t.path)
        #expect(recovered.replayed == 0)
        #expect(recovered.journalFound)
        #expect(recovered.session == s)
        // After `folded` the journal is empty and starts again from the new file.
        journal.folded(bytes)
        #expect(try journalText(t.path).isEmpty)
        var later = s
        later.setAnswer(.rated(5), criterion: "6", angle: "method", at: "t2")
        #expect(try journal.record(from: s, to: later))
        let again = try SessionJournal.recover(path: t.path)
        #expect(again.replayed == 1)
        #expect(again.session == later)
        journal.remove()
        #expect(!FileManager.default.fileExists(atPath: SessionJournal.path(for: t.path)))
    }

    @Test func aJournalForAnotherVersionOfTheFileIsNotAppliedAndIsSetAside() throws {
        let t = try setup()
        _ = try oneChange(t, criterion: "7")
        // Someone else writes the file (say, ccmm import --force) while the changes wait.
        var other = t.saved
        other.profile.centre = "another"
        try SessionStore.save(other, questionnaire: t.q, to: t.path)
        let recovered = try SessionJournal.recover(path: t.path)
        // Readers get the file as it now is; the journal's change is not mixed into it.
        #expect(recovered.stale)
        #expect(recovered.replayed == 0)
        #expect(recovered.session.profile.centre == "another")
        #expect(recovered.session.answers["7"] == nil)
        #expect(try SessionStore.loadUnchecked(path: t.path).profile.centre == "another")
        // Set aside under a new name, twice without overwriting the first.
        let journal = SessionJournal.path(for: t.path)
        let before = try Data(contentsOf: URL(fileURLWithPath: journal))
        let first = try #require(SessionJournal.setAside(session: t.path, now: "2026-12-02T10:00:00+08:00"))
        #expect(first == journal + ".stale-20261202100000" + "0800")
        #expect(!FileManager.default.fileExists(atPath: journal))
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == before)
        _ = try oneChange(t, criterion: "8")
        let second = try #require(SessionJournal.setAside(session: t.path, now: "2026-12-02T10:00:00+08:00"))
        #expect(second == first + "-1")
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == before)
    }

    @Test func aJournalOfAnotherUserIsNotReplayed() throws {
        // Only root can give a file to another user; elsewhere the check is the same code path unexercised.
        guard geteuid() == 0 else { return }
        let t = try setup()
        _ = try oneChange(t, criterion: "7")
        #expect(chown(SessionJournal.path(for: t.path), 65534, 65534) == 0)
        let error = #expect(throws: LoadError.self) { try SessionJournal.recover(path: t.path) }
        #expect(error?.english.contains("another user") == true)
    }

    @Test func aPlantedLinkAtTheJournalsNameIsNeverFollowed() throws {
        let t = try setup()
        let victim = t.path + ".private"
        try Data("secret".utf8).write(to: URL(fileURLWithPath: victim))
        #expect(symlink(victim, SessionJournal.path(for: t.path)) == 0)
        let journal = SessionJournal(session: t.path, fileBytes: t.fileBytes)
        var s = t.saved
        s.setAnswer(.rated(10), criterion: "7", angle: "method", at: "t1")
        #expect(throws: SaveError.self) { try journal.record(from: t.saved, to: s) }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "secret")
    }

    @Test func aDamagedLineIsReportedWithItsNumber() throws {
        let t = try setup()
        _ = try oneChange(t, criterion: "7")
        try appendToJournal(t, "{\"answers\": 12}\n")
        let error = #expect(throws: LoadError.self) { try SessionJournal.recover(path: t.path) }
        #expect(error?.english.contains("line 3") == true)
    }

    @Test func aChangeOfQuestionnaireIsLeftToAWholeWrite() throws {
        let t = try setup()
        let journal = SessionJournal(session: t.path, fileBytes: t.fileBytes)
        var s = t.saved
        s.questionnaire.version = "2"
        #expect(try journal.record(from: t.saved, to: s) == false)
        #expect(journal.changes == 0)
    }
}
