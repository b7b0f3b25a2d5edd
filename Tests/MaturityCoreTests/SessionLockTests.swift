import Foundation
import Testing
@testable import MaturityCore

@Suite struct SessionLockTests {
    @Test func secondWriterIsToldWhoHoldsTheLock() throws {
        let folder = try SessionStoreTests.temporaryFolder()
        let session = folder + "/s.json"
        let me = LockHolder.current(since: "2026-11-23T10:00:00Z")
        guard case let .acquired(lock) = SessionLock.acquire(session: session, holder: me) else { Issue.record("no lock"); return }
        #expect(FileManager.default.fileExists(atPath: folder + "/.s.json.lock"))
        // Another wizard (same host, this live process as holder) is refused and told by whom and since when.
        var other = me
        other.since = "later"
        guard case let .heldBy(holder) = SessionLock.acquire(session: session, holder: other) else { Issue.record("a second writer got the lock"); return }
        #expect(holder == me)
        lock.release()
        #expect(!FileManager.default.fileExists(atPath: folder + "/.s.json.lock"))
        guard case .acquired = SessionLock.acquire(session: session, holder: other) else { Issue.record("released lock not free"); return }
    }

    @Test func lockOfADeadProcessIsTakenOver() throws {
        let folder = try SessionStoreTests.temporaryFolder()
        let session = folder + "/s.json"
        let me = LockHolder.current(since: "now")
        // A child that has exited: its pid no longer runs.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let stale = "pid=\(child.processIdentifier)\nhost=\(me.host)\nuser=ghost\nsince=yesterday\n"
        try stale.write(toFile: SessionLock.lockPath(for: session), atomically: true, encoding: .utf8)
        guard case let .acquired(lock) = SessionLock.acquire(session: session, holder: me) else { Issue.record("stale lock not taken over"); return }
        defer { lock.release() }
        let text = try String(contentsOfFile: SessionLock.lockPath(for: session), encoding: .utf8)
        #expect(text.contains("pid=\(getpid())"))
    }

    @Test func lockFromAnotherHostIsRespected() throws {
        let folder = try SessionStoreTests.temporaryFolder()
        let session = folder + "/s.json"
        try "pid=1\nhost=another-machine\nuser=li\nsince=2026-11-22T09:00:00Z\n".write(toFile: SessionLock.lockPath(for: session), atomically: true, encoding: .utf8)
        guard case let .heldBy(holder) = SessionLock.acquire(session: session, holder: .current(since: "now")) else { Issue.record("foreign lock ignored"); return }
        #expect(holder.user == "li")
        #expect(holder.host == "another-machine")
    }
}
