#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Who is editing a session: written into the lock file for the message the
/// next wizard shows. Only a description — the kernel lock decides.
public struct LockHolder: Sendable, Equatable {
    public var pid: Int32
    public var host: String
    public var user: String
    public var since: String

    public init(pid: Int32, host: String, user: String, since: String) {
        self.pid = pid
        self.host = host
        self.user = user
        self.since = since
    }

    public static func current(since: String) -> LockHolder {
        var name = [CChar](repeating: 0, count: 256)
        gethostname(&name, name.count - 1)
        let host = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let user = ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"] ?? String(getuid())
        return LockHolder(pid: getpid(), host: host, user: user, since: since)
    }

    var text: String { "pid=\(pid)\nhost=\(host)\nuser=\(user)\nsince=\(since)\n" }

    init?(text: String) {
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        guard let pid = fields["pid"].flatMap(Int32.init), let host = fields["host"] else { return nil }
        self.init(pid: pid, host: host, user: fields["user"] ?? "?", since: fields["since"] ?? "?")
    }
}

/// Why a session opens read-only.
public enum ReadOnlyReason: Sendable, Equatable {
    /// Another wizard holds the lock, and said who it is.
    case heldBy(LockHolder)
    /// The lock is held, but the holder left no readable description.
    case heldByUnknown
    /// The lock file exists and cannot be opened: another user's. Respected.
    case foreignLock(path: String)
    /// Something that is not a lock file stands at the lock's name.
    case badLock(path: String)
    /// The session has several names (hard links): a save replaces one name
    /// only, which would split them.
    case hardLinks(Int)

}

/// One writer per session. The lock is a kernel advisory lock (`flock`) on
/// a file `.<name>.lock` beside the real session file (a symbolic link to the
/// session leads to the same lock): the kernel drops it when the holder exits
/// in any way — a crash, kill -9, a closed SSH session — so there is nothing
/// stale to guess about, no pid to trust and no lock file to delete. A lock
/// on an unchanging name rather than on the session's inode, because every
/// save gives the session a new inode; hard links, the one way two names
/// could share a session without sharing a lock, open read-only instead.
public final class SessionLock {
    public enum Outcome {
        case acquired(SessionLock)
        case readOnly(ReadOnlyReason)
        /// No lock file exists and none can be made (a read-only folder):
        /// nobody can hold it, and saving will fail too, and say so.
        case unavailable(errno: Int32)
    }

    public let path: String
    private let descriptor: Int32
    private let describesHolder: Bool
    private var released = false

    private init(path: String, descriptor: Int32, describesHolder: Bool) {
        self.path = path
        self.descriptor = descriptor
        self.describesHolder = describesHolder
    }

    public static func lockPath(for session: String) -> String {
        let target = (try? AtomicFile.realTarget(session)) ?? session
        return AtomicFile.directory(of: target) + "/." + AtomicFile.baseName(of: target) + ".lock"
    }

    public static func acquire(session: String, holder: LockHolder) -> Outcome {
        var sessionInfo = stat()
        let sessionExists = stat(session, &sessionInfo) == 0
        if sessionExists && sessionInfo.st_nlink > 1 { return .readOnly(.hardLinks(Int(sessionInfo.st_nlink))) }
        // Readable by whoever may read the session (so they can see who holds it), writable by its owner only.
        let mode = sessionExists ? (sessionInfo.st_mode & 0o644) | 0o600 : AtomicFile.privateMode
        let path = lockPath(for: session)
        for _ in 0..<3 {
            var writable = true
            var descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, mode)
            if descriptor < 0 {
                let error = errno
                switch error {
                case ELOOP, EISDIR, ENXIO: return .readOnly(.badLock(path: path))
                case EACCES, EPERM, EROFS:
                    // Someone else's lock file may still be ours to lock (flock needs only read access).
                    descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
                    writable = false
                    if descriptor < 0 {
                        switch errno {
                        case ENOENT: return .unavailable(errno: error)
                        case ELOOP, EISDIR, ENXIO: return .readOnly(.badLock(path: path))
                        default: return .readOnly(.foreignLock(path: path))
                        }
                    }
                default:
                    return .unavailable(errno: error)
                }
            }
            var lockInfo = stat()
            guard fstat(descriptor, &lockInfo) == 0, lockInfo.st_mode & S_IFMT == S_IFREG else {
                close(descriptor)
                return .readOnly(.badLock(path: path))
            }
            // The lock is held through a read-only descriptor: a descriptor
            // open for writing would keep the file system from being
            // remounted read-only while the wizard runs.
            let reader = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            var readerInfo = stat()
            guard reader >= 0, fstat(reader, &readerInfo) == 0, readerInfo.st_ino == lockInfo.st_ino, readerInfo.st_dev == lockInfo.st_dev else {
                if reader >= 0 { close(reader) }
                close(descriptor)
                continue
            }
            if flock(reader, LOCK_EX | LOCK_NB) != 0 {
                let error = errno
                let holder = describedHolder(reader)
                close(reader)
                close(descriptor)
                if error == EWOULDBLOCK { return .readOnly(holder.map(ReadOnlyReason.heldBy) ?? .heldByUnknown) }
                return .unavailable(errno: error)
            }
            // Locked what we opened; make sure the name still leads to it.
            var current = stat()
            guard lstat(path, &current) == 0, current.st_ino == lockInfo.st_ino, current.st_dev == lockInfo.st_dev else {
                close(reader)
                close(descriptor)
                continue
            }
            if writable {
                if lockInfo.st_uid == getuid() { fchmod(descriptor, mode) }
                let text = Array(holder.text.utf8)
                ftruncate(descriptor, 0)
                _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
            }
            close(descriptor)
            return .acquired(SessionLock(path: path, descriptor: reader, describesHolder: writable))
        }
        return .readOnly(.badLock(path: path))
    }

    static func describedHolder(_ descriptor: Int32) -> LockHolder? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return LockHolder(text: String(decoding: buffer.prefix(count), as: UTF8.self))
    }

    /// Lets go of the lock. The file stays (deleting it would let a waiting
    /// wizard and a new one lock two different files); its description is
    /// emptied so nobody is named who no longer edits.
    public func release() {
        guard !released else { return }
        released = true
        if describesHolder {
            let writer = open(path, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            var ours = stat()
            var theirs = stat()
            if writer >= 0, fstat(descriptor, &ours) == 0, fstat(writer, &theirs) == 0, ours.st_ino == theirs.st_ino, ours.st_dev == theirs.st_dev {
                ftruncate(writer, 0)
            }
            if writer >= 0 { close(writer) }
        }
        unlockAndClose()
    }

    /// Unlocked explicitly before the close: a child process forked at that
    /// moment (by this program's tests, or a report viewer) shares the open
    /// file until it runs its program, and a bare close would leave the
    /// lock held until then.
    private func unlockAndClose() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// For a session that was moved or deleted while locked: the lock file
    /// goes too. Safe while held: a wizard waiting on the old file finds, once
    /// it gets it, that the name no longer leads to it, and starts again.
    public func releaseRemovingFile() {
        guard !released else { return }
        var ours = stat()
        var named = stat()
        if fstat(descriptor, &ours) == 0, lstat(path, &named) == 0, ours.st_ino == named.st_ino, ours.st_dev == named.st_dev {
            unlink(path)
        }
        released = true
        unlockAndClose()
    }

    deinit { release() }
}
