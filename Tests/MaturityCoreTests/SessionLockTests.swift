import Foundation
import Testing
@testable import MaturityCore

/// The session lock is a kernel lock: who holds it is decided by the kernel,
/// never by guessing from the lock file's text, and the file is never deleted.
@Suite struct SessionLockTests {
    static func session(in folder: String) throws -> String {
        let path = folder + "/s.json"
        try AtomicFile.write(Array("{}".utf8), to: path)
        return path
    }

    @Test func secondWriterIsToldWhoHoldsTheLock() throws {
        let folder = try SessionStoreTests.temporaryFolder()
        let session = try Self.session(in: folder)
        let me = LockHolder.current(since: "2026-11-23T10:00:00Z")
        guard case let .acquired(lock) = SessionLock.acquire(session: session, holder: me) else { Issue.record("no lock"); return }
        #expect(FileManager.default.fileExists(atPath: folder + "/.s.json.lock"))
        // Another wizard (another open of the lock file) is refused and told by whom and since when.
        var other = me
        other.since = "later"
        guard case let .readOnly(.heldBy(holder)) = SessionLock.acquire(session: session, holder: other) else { Issue.record("a second writer got the lock"); return }
        #expect(holder == me)
        // The refused one going away changes nothing for the holder.
        guard case .readOnly = SessionLock.acquire(session: session, holder: other) else { Issue.record("lock lost"); return }
        lock.release()
        // Released: the file stays (never deleted), emptied of its holder, and the lock is free.
        #expect(try String(contentsOfFile: folder + "/.s.json.lock", encoding: .utf8) == "")
        guard case let .acquired(second) = SessionLock.acquire(session: session, holder: other) else { Issue.record("released lock not free"); return }
        #expect(try String(contentsOfFile: folder + "/.s.json.lock", encoding: .utf8).contains("since=later"))
        second.release()
    }

    @Test func deadHolderAndLiveUnrelatedPidDoNotBlock() throws {
        let folder = try SessionStoreTests.temporaryFolder()
        let session = try Self.session(in: folder)
        let me = LockHolder.current(since: "now")
        // A holder that has exited (here the flock tool, holding it for `true`):
        // the kernel let go when it ended, whatever its text says.
        try "pid=999999\nhost=\(me.host)\nuser=ghost\nsince=yesterday\n".write(toFile: SessionLock.lockPath(for: session), atomically: false, encoding: .utf8)
        #expect(Self.run(["flock", "-x", SessionLock.lockPath(for: session), "true"]) == 0)
        guard case let .acquired(lock) = SessionLock.acquire(session: session, holder: me) else { Issue.record("dead holder's lock not free"); return }
        #expect(try String(contentsOfFile: SessionLock.lockPath(for: session), encoding: .utf8).contains("pid=\(getpid())"))
        lock.release()
        // A text naming a live, unrelated process (pid 1) or another host does not hold anything either.
        for text in ["pid=1\nhost=\(me.host)\nuser=li\nsince=x\n", "pid=1\nhost=another-machine\nuser=li\nsince=x\n"] {
            try text.write(toFile: SessionLock.lockPath(for: session), atomically: false, encoding: .utf8)
            let outcome = SessionLock.acquire(session: session, holder: me)
            guard case let .acquired(taken) = outcome else { Issue.record("a text alone blocked: \(text) \(outcome)"); return }
            taken.release()
        }
    }

    @Test func liveHolderInAnotherProcessIsRespected() throws {
        let folder = try SessionStoreTests.temporaryFolder()
        let session = try Self.session(in: folder)
        let lockPath = SessionLock.lockPath(for: session)
        try "pid=4242\nhost=another-machine\nuser=li\nsince=2026-11-22T09:00:00Z\n".write(toFile: lockPath, atomically: false, encoding: .utf8)
        // Another process holds the kernel lock until the marker file appears.
        let marker = folder + "/done"
        let holder = Self.spawn(["flock", "-x", lockPath, "sh", "-c", "touch \(folder)/held; while [ ! -e \(marker) ]; do sleep 0.05; done"])
        defer { _ = FileManager.default.createFile(atPath: marker, contents: nil); Self.wait(holder) }
        for _ in 0..<200 where !FileManager.default.fileExists(atPath: folder + "/held") { Thread.sleep(forTimeInterval: 0.025) }
        guard case let .readOnly(.heldBy(who)) = SessionLock.acquire(session: session, holder: .current(since: "now")) else { Issue.record("a live lock was ignored"); return }
        #expect(who.user == "li")
        #expect(who.host == "another-machine")
        _ = FileManager.default.createFile(atPath: marker, contents: nil)
        Self.wait(holder)
        guard case let .acquired(lock) = SessionLock.acquire(session: session, holder: .current(since: "now")) else { Issue.record("not free after the holder ended"); return }
        lock.release()
    }

    @Test func folderAtTheLockNameMeansReadOnly() throws {
        let folder = try SessionStoreTests.temporaryFolder()
        let session = try Self.session(in: folder)
        try FileManager.default.createDirectory(atPath: SessionLock.lockPath(for: session), withIntermediateDirectories: false)
        for _ in 0..<2 {   // two wizards: neither gets to write
            guard case .readOnly(.badLock) = SessionLock.acquire(session: session, holder: .current(since: "now")) else { Issue.record("a folder as lock let a writer in"); return }
        }
        // Also a symbolic link or a FIFO at the lock's name (a FIFO must not block the open).
        try FileManager.default.removeItem(atPath: SessionLock.lockPath(for: session))
        try FileManager.default.createSymbolicLink(atPath: SessionLock.lockPath(for: session), withDestinationPath: folder + "/elsewhere")
        guard case .readOnly(.badLock) = SessionLock.acquire(session: session, holder: .current(since: "now")) else { Issue.record("a link as lock was used"); return }
        #expect(!FileManager.default.fileExists(atPath: folder + "/elsewhere"))
        try FileManager.default.removeItem(atPath: SessionLock.lockPath(for: session))
        #expect(mkfifo(SessionLock.lockPath(for: session), 0o600) == 0)
        guard case .readOnly(.badLock) = SessionLock.acquire(session: session, holder: .current(since: "now")) else { Issue.record("a FIFO as lock was used"); return }
    }

    @Test func linksShareOneLockOrOpenReadOnly() throws {
        let folder = try SessionStoreTests.temporaryFolder()
        let session = try Self.session(in: folder)
        // A symbolic link to the session leads to the same lock.
        try FileManager.default.createDirectory(atPath: folder + "/other", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: folder + "/other/link.json", withDestinationPath: session)
        #expect(SessionLock.lockPath(for: folder + "/other/link.json") == SessionLock.lockPath(for: session))
        guard case let .acquired(lock) = SessionLock.acquire(session: session, holder: .current(since: "now")) else { Issue.record("no lock"); return }
        guard case .readOnly(.heldBy) = SessionLock.acquire(session: folder + "/other/link.json", holder: .current(since: "now")) else { Issue.record("the link got its own lock"); return }
        lock.release()
        // A hard link: both names open read-only, and a save through either is refused, both copies unchanged.
        #expect(link(session, folder + "/other/hard.json") == 0)
        for name in [session, folder + "/other/hard.json"] {
            guard case .readOnly(.hardLinks(2)) = SessionLock.acquire(session: name, holder: .current(since: "now")) else { Issue.record("\(name) opened for writing"); return }
            #expect(throws: SaveError.self) { try AtomicFile.write(Array("new".utf8), to: name) }
        }
        #expect(try String(contentsOfFile: folder + "/other/hard.json", encoding: .utf8) == "{}")
        #expect(FileIdentity(path: session)?.isSameFile(as: FileIdentity(path: folder + "/other/hard.json")!) == true)
    }

    @Test func commandsDoNotWriteOverAnOpenSession() throws {
        let folder = try SessionStoreTests.temporaryFolder()
        let session = try Self.session(in: folder)
        guard case let .acquired(lock) = SessionLock.acquire(session: session, holder: .current(since: "now")) else { Issue.record("no lock"); return }
        do {
            try OutputGuard.write(Array("forced".utf8), to: session, force: true)
            Issue.record("--force wrote over a session a wizard has open")
        } catch {
            #expect(error.cause == .locked)
        }
        lock.release()
        try OutputGuard.write(Array("forced".utf8), to: session, force: true)
        #expect(try String(contentsOfFile: session, encoding: .utf8) == "forced")
    }

    static func spawn(_ arguments: [String]) -> pid_t {
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        guard posix_spawnp(&pid, arguments[0], nil, nil, argv, environ) == 0 else { return -1 }
        return pid
    }

    static func wait(_ pid: pid_t) {
        guard pid > 0 else { return }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }

    static func run(_ arguments: [String]) -> Int32 {
        let pid = spawn(arguments)
        guard pid > 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status >> 8) & 0xFF
    }
}
