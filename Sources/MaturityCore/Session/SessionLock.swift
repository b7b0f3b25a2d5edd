import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who is editing a session: written into the lock file beside it.
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
}

/// One writer per session: a lock file `.<name>.lock` beside the session,
/// created exclusively. A lock left by a process that no longer runs (a
/// crash, a kill -9, a power cut) on this machine is taken over; a live one
/// is reported so the second wizard can open the session read-only.
public final class SessionLock {
    public enum Outcome {
        case acquired(SessionLock)
        case heldBy(LockHolder)
        /// The folder does not let us write a lock (read-only): saving will
        /// fail too, and says so; there is nobody to exclude.
        case unavailable(String)
    }

    public let path: String
    private var released = false

    private init(path: String) { self.path = path }

    public static func lockPath(for session: String) -> String {
        let url = URL(fileURLWithPath: session)
        return url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".lock"
    }

    public static func acquire(session: String, holder: LockHolder) -> Outcome {
        let path = lockPath(for: session)
        for _ in 0..<2 {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            if fd >= 0 {
                let text = "pid=\(holder.pid)\nhost=\(holder.host)\nuser=\(holder.user)\nsince=\(holder.since)\n"
                _ = text.withCString { write(fd, $0, strlen($0)) }
                fsync(fd)
                close(fd)
                return .acquired(SessionLock(path: path))
            }
            guard errno == EEXIST else { return .unavailable(String(cString: strerror(errno))) }
            guard let other = read(path), other.isAlive(onHost: holder.host) || other.host != holder.host else {
                // Stale (its process is gone) or unreadable: take it over.
                unlink(path)
                continue
            }
            return .heldBy(other)
        }
        return .unavailable("the lock file \(path) could not be taken over")
    }

    static func read(_ path: String) -> LockHolder? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        guard let pid = fields["pid"].flatMap(Int32.init), let host = fields["host"] else { return nil }
        return LockHolder(pid: pid, host: host, user: fields["user"] ?? "?", since: fields["since"] ?? "?")
    }

    public func release() {
        guard !released else { return }
        released = true
        unlink(path)
    }

    deinit { release() }
}

extension LockHolder {
    /// Whether the holder's process still runs (only checkable on this host).
    func isAlive(onHost host: String) -> Bool {
        guard self.host == host, pid > 0 else { return false }
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        // A killed process nobody has reaped yet (a zombie) still answers
        // kill(0) but will never write again.
        if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
           let close = stat.lastIndex(of: ")") {
            let state = stat[stat.index(after: close)...].drop { $0 == " " }.first
            if state == "Z" || state == "X" { return false }
        }
        return true
    }
}
