#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Reads and writes session files so that nothing is ever half-written or
/// silently replaced. Writing goes through `AtomicFile`; one writer at a
/// time is `SessionLock`'s business.
public enum SessionStore {
    /// Loads a session and matches it to its questionnaire.
    public static func load(path: String, questionnaire: Questionnaire) throws(LoadError) -> Reconciliation {
        let session = try loadUnchecked(path: path)
        return try SessionReconciler.reconcile(session, with: questionnaire, file: path)
    }

    /// Parses a session file without a questionnaire (to learn which one it
    /// needs), with the changes a wizard's journal holds beside it: what the
    /// user last saw saved.
    public static func loadUnchecked(path: String) throws(LoadError) -> Session {
        try SessionJournal.recover(path: path).session
    }

    /// The session file alone, without its journal.
    public static func loadFileOnly(path: String) throws(LoadError) -> Session {
        let bytes = try FileBytes.read(path: path, what: .session)
        return try SessionCodec.decode(bytes: bytes, file: path)
    }

    public static func render(_ session: Session, questionnaire: Questionnaire?) -> [UInt8] {
        Array(JSONWriter.render(SessionCodec.encode(session, order: questionnaire?.criteria.map(\.id) ?? [])).utf8)
    }

    /// Saves atomically (see `AtomicFile`); returns the identity of the file
    /// written, to pass as `.unchanged` next time.
    @discardableResult
    public static func save(_ session: Session, questionnaire: Questionnaire?, to path: String,
                            expecting: SaveExpectation = .anything) throws(SaveError) -> FileIdentity {
        try AtomicFile.write(render(session, questionnaire: questionnaire), to: path, expecting: expecting)
    }

    /// Creates a new session file, refusing to replace an existing one unless
    /// asked — and, even when asked, one that a wizard has open.
    @discardableResult
    public static func create(_ session: Session, questionnaire: Questionnaire?, at path: String, force: Bool = false) throws(SaveError) -> FileIdentity {
        try OutputGuard.write(render(session, questionnaire: questionnaire), to: path, force: force)
    }

    /// Removes temporary files that writers of this session left when they
    /// were killed mid-save: ours (same user), regular files, whose writer
    /// process is gone, and older than a minute (a writer on another machine
    /// sharing the folder is never that slow).
    @discardableResult
    public static func removeStaleTemporaries(of path: String, now: time_t = time(nil)) -> [String] {
        guard let target = try? AtomicFile.realTarget(path) else { return [] }
        let folder = AtomicFile.directory(of: target)
        let prefix = "." + AtomicFile.baseName(of: target) + ".tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for name in names where name.hasPrefix(prefix) {
            let candidate = folder + "/" + name
            var info = stat()
            guard lstat(candidate, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == getuid(),
                  now - info.st_mtim.tv_sec > 60 else { continue }
            let pidText = name.dropFirst(prefix.count).prefix { $0.isNumber }
            if let pid = Int32(pidText), pid > 0, kill(pid, 0) == 0 || errno == EPERM { continue }   // still running
            if unlink(candidate) == 0 { removed.append(candidate) }
        }
        return removed
    }
}

/// Why a file could not be written, in words a user can act on.
public struct SaveError: Error, Sendable, CustomStringConvertible {
    public enum Cause: Sendable, Equatable {
        case failed
        /// Another program replaced or edited the file since we last wrote it.
        case changedOnDisk
        /// A file is there and replacing it was not asked for.
        case exists
        /// A wizard has the session open.
        case locked
    }
    public var path: String
    public var reason: SaveProblem
    public var cause: Cause
    public init(path: String, reason: SaveProblem, cause: Cause = .failed) {
        self.path = path
        self.reason = reason
        self.cause = cause
    }
    /// For logs and tests only; people read ProblemWords' wording.
    public var description: String { "\(path): \(reason)" }

    static func changedOnDisk(_ path: String) -> SaveError {
        SaveError(path: path, reason: .changedOnDisk, cause: .changedOnDisk)
    }
}

/// How a command (import, merge, report) writes a file the user named: an
/// existing file is replaced only with --force, never while a wizard has it
/// open (the lock is held for the write), never when it changed between the
/// check and the write, and a report never lands on a session.
public enum OutputGuard {
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String, force: Bool, isReport: Bool = false, source: String? = nil) throws(SaveError) -> FileIdentity {
        guard let existing = FileIdentity(path: path) else { return try AtomicFile.write(bytes, to: path, expecting: .absent) }
        if let source, let input = FileIdentity(path: source), input.isSameFile(as: existing) {
            throw SaveError(path: path, reason: .reportOverItsSource, cause: .exists)
        }
        guard force else {
            throw SaveError(path: path, reason: .exists(forceHelps: true), cause: .exists)
        }
        if isReport, (try? SessionStore.loadFileOnly(path: path)) != nil {
            throw SaveError(path: path, reason: .reportOverASession, cause: .exists)
        }
        var lock: SessionLock?
        switch SessionLock.acquire(session: path, holder: .current(since: Clock.now())) {
        case let .acquired(taken): lock = taken
        case let .readOnly(reason): throw SaveError(path: path, reason: .locked(reason), cause: .locked)
        case .unavailable: break      // no lock can be made there: the write will say why it fails too
        }
        defer { lock?.release() }
        return try AtomicFile.write(bytes, to: path, expecting: .unchanged(existing))
    }
}
