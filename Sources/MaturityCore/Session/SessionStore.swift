import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads and writes session files so that nothing is ever half-written or
/// silently replaced.
public enum SessionStore {
    /// Loads a session and matches it to its questionnaire.
    public static func load(path: String, questionnaire: Questionnaire) throws(LoadError) -> Reconciliation {
        let session = try loadUnchecked(path: path)
        return try SessionReconciler.reconcile(session, with: questionnaire, file: path)
    }

    /// Parses a session file without a questionnaire (to learn which one it needs).
    public static func loadUnchecked(path: String) throws(LoadError) -> Session {
        let bytes = try FileBytes.read(path: path, what: "session")
        return try SessionCodec.decode(bytes: bytes, file: path)
    }

    public static func render(_ session: Session, questionnaire: Questionnaire?) -> [UInt8] {
        Array(JSONWriter.render(SessionCodec.encode(session, order: questionnaire?.criteria.map(\.id) ?? [])).utf8)
    }

    /// Saves atomically: the bytes go to a temporary file in the same folder,
    /// are flushed to disk, and the temporary file is renamed over the old one.
    /// A crash at any moment leaves either the old file or the new one.
    public static func save(_ session: Session, questionnaire: Questionnaire?, to path: String) throws(SaveError) {
        try AtomicFile.write(render(session, questionnaire: questionnaire), to: path)
    }

    /// Creates a new session file, refusing to replace an existing one unless asked.
    public static func create(_ session: Session, questionnaire: Questionnaire?, at path: String, force: Bool = false) throws(SaveError) {
        if !force && FileManager.default.fileExists(atPath: path) {
            throw SaveError(path: path, reason: "the file already exists; it was not overwritten (use --force to replace it)")
        }
        try save(session, questionnaire: questionnaire, to: path)
    }
}

/// Why a file could not be written, in words a user can act on.
public struct SaveError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var description: String { "\(path): could not save: \(reason)" }
}

public enum AtomicFile {
    /// Session files and reports hold private assessments: owner-only by default.
    public static let privateMode: mode_t = 0o600

    /// The mode new session files and reports get: owner-only, unless the user
    /// asks otherwise with `CCMM_FILE_MODE` (octal, e.g. 640 to share with the group).
    public static func defaultMode(environment: [String: String] = ProcessInfo.processInfo.environment) -> mode_t {
        guard let text = environment["CCMM_FILE_MODE"], let value = mode_t(text, radix: 8), value <= 0o777 else { return privateMode }
        return value
    }

    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t = defaultMode()) throws(SaveError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, mode)
        guard fd >= 0 else { throw SaveError(path: path, reason: describe(errno, folder: folder)) }
        // The umask must not widen or narrow what was asked for.
        fchmod(fd, mode)
        var written = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += result
            }
        }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw SaveError(path: path, reason: describe(failure, folder: folder))
        }
        if rename(temporary, path) != 0 {
            let error = errno
            unlink(temporary)
            throw SaveError(path: path, reason: describe(error, folder: folder))
        }
        // Make the rename itself durable.
        let dirfd = open(folder, O_RDONLY)
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }

    static func describe(_ code: Int32, folder: String) -> String {
        switch code {
        case ENOSPC, EDQUOT: return "the disk is full"
        case EFBIG: return "the file is larger than this system allows"
        case EACCES, EPERM: return "permission denied in the folder \(folder)"
        case EROFS: return "the folder \(folder) is on a read-only file system"
        case ENOENT: return "the folder \(folder) does not exist"
        default: return String(cString: strerror(code))
        }
    }
}
