#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// What a save expects to find at the path when the new bytes go in.
public enum SaveExpectation: Sendable, Equatable {
    /// Whatever is there is replaced (a report written with --force).
    case anything
    /// Nothing may be there: a file that appears meanwhile is never replaced.
    case absent
    /// The file as it was last written or read. Replaced or edited since:
    /// the save is refused. Deleted since: it is written again (but never
    /// over a file that appears meanwhile).
    case unchanged(FileIdentity)
}

/// Writes whole files so that nothing is half-written, nothing outside the
/// target's folder is touched and nobody else's file is replaced unseen.
///
/// The bytes go to a new temporary file in the target's folder: its name has
/// 64 random bits (so nobody can plant a link or a file there in advance) and
/// it is opened `O_CREAT|O_EXCL|O_NOFOLLOW` (so a planted one is never
/// followed or reused). It is flushed, given its mode with `fchmod` (the
/// umask plays no part), and renamed over the target. The check that the
/// target is still the file we expect happens after the slow part (write and
/// fsync), and the rename itself is an atomic exchange that is undone if what
/// it displaced was not that file — so a replacement made at any moment
/// survives.
public enum AtomicFile {
    /// Session files and reports hold private assessments: owner-only by default.
    public static let privateMode: mode_t = 0o600

    /// The mode new files get: owner-only, unless `CCMM_FILE_MODE` (octal)
    /// asks otherwise. A mode that lets the group or others write, or that
    /// keeps the owner from reading and writing, is refused, not ignored.
    public static func newFileMode(environment: [String: String] = ProcessInfo.processInfo.environment) throws(SaveError) -> mode_t {
        guard let text = environment["CCMM_FILE_MODE"], !text.isEmpty else { return privateMode }
        guard let value = mode_t(text, radix: 8), value <= 0o777 else {
            throw SaveError(path: "CCMM_FILE_MODE", reason: .fileModeNotOctal(text))
        }
        if value & 0o022 != 0 {
            throw SaveError(path: "CCMM_FILE_MODE", reason: .fileModeLetsOthersWrite(text))
        }
        if value & 0o600 != 0o600 {
            throw SaveError(path: "CCMM_FILE_MODE", reason: .fileModeLocksOwnerOut(text))
        }
        return value
    }

    /// Writes `bytes` to `path` and returns the identity of the file written.
    /// A symbolic link at `path` is followed: the real file gets the bytes and
    /// the link stays. An existing file keeps its mode (and, where allowed,
    /// its group); a new one gets `newFileMode`. A file with several hard
    /// links is refused: replacing one name would silently split them.
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String, expecting: SaveExpectation = .anything,
                             mode: mode_t? = nil) throws(SaveError) -> FileIdentity {
        try write(bytes, to: path, expecting: expecting, mode: mode, names: randomName)
    }

    /// The same, with the temporary names given (tests plant files at them).
    static func write(_ bytes: [UInt8], to path: String, expecting: SaveExpectation, mode: mode_t?,
                      names: (String) -> String) throws(SaveError) -> FileIdentity {
        let target = try realTarget(path)
        var existing = stat()
        let exists = lstat(target, &existing) == 0
        if exists {
            guard existing.st_mode & S_IFMT == S_IFREG else {
                throw SaveError(path: path, reason: .notARegularFile)
            }
            if existing.st_nlink > 1 {
                throw SaveError(path: path, reason: .hardLinks(Int(existing.st_nlink)))
            }
        }
        let fileMode: mode_t
        if exists {
            fileMode = existing.st_mode & 0o777
        } else if let mode {
            fileMode = mode
        } else {
            fileMode = try newFileMode()
        }
        let folder = directory(of: target)
        let temporary = try Temporary.create(folder: folder, name: baseName(of: target), names: names, path: path)
        defer { temporary.discard() }
        // The mode on the descriptor, before any byte is in: never briefly wider.
        if fchmod(temporary.descriptor, fileMode) != 0 { throw SaveError(path: path, reason: describe(errno, folder: folder)) }
        if exists { _ = fchown(temporary.descriptor, uid_t.max, existing.st_gid) }   // keep a shared file's group, where allowed
        try temporary.fill(bytes, path: path, folder: folder)
        let written = temporary.identity
        try Commit.place(temporary, at: target, expecting: expecting, path: path, folder: folder)
        temporary.placed = true
        // Make the rename itself durable.
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
        return written
    }

    /// The path a save writes: the path itself, or the file a symbolic link
    /// at it points to (the link is kept). A dangling link is refused.
    public static func realTarget(_ path: String) throws(SaveError) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return path }
        guard let resolved = realpath(path, nil) else {
            throw SaveError(path: path, reason: .danglingLink)
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Writes every byte to `descriptor` (again after a signal or a short
    /// write); 0, or the errno of the failure.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var written = 0
            while written < buffer.count {
                let result = Glibc.write(descriptor, base + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += result
            }
        }
        return failure
    }

    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `.<name>.tmp-<pid>-<16 hex digits>`: the pid lets a later open tell a
    /// dead writer's leftover from a live writer's file; the random part
    /// makes the name impossible to predict.
    static func randomName(_ base: String) -> String {
        let random = String(UInt64.random(in: .min ... .max), radix: 16)
        return ".\(base).tmp-\(getpid())-\(String(repeating: "0", count: 16 - random.count))\(random)"
    }

    static func describe(_ code: Int32, folder: String) -> SaveProblem { .system(errno: code, folder: folder) }
}

/// The temporary file of one save: created exclusively, removed on every
/// way out except a successful rename.
final class Temporary {
    let path: String
    let descriptor: Int32
    var identity: FileIdentity
    var placed = false

    private init(path: String, descriptor: Int32, identity: FileIdentity) {
        self.path = path
        self.descriptor = descriptor
        self.identity = identity
    }

    static func create(folder: String, name: String, names: (String) -> String, path: String) throws(SaveError) -> Temporary {
        var lastError: Int32 = EEXIST
        for _ in 0..<32 {
            let candidate = folder + "/" + names(name)
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if descriptor >= 0, let identity = FileIdentity(descriptor: descriptor) {
                return Temporary(path: candidate, descriptor: descriptor, identity: identity)
            }
            lastError = errno
            // Something (planted or left over) already has that name: never reuse it, take another.
            guard lastError == EEXIST || lastError == ELOOP else { break }
        }
        throw SaveError(path: path, reason: AtomicFile.describe(lastError, folder: folder))
    }

    func fill(_ bytes: [UInt8], path: String, folder: String) throws(SaveError) {
        var failure = AtomicFile.writeAll(bytes, to: descriptor)
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        if failure != 0 { throw SaveError(path: path, reason: AtomicFile.describe(failure, folder: folder)) }
        identity = FileIdentity(descriptor: descriptor) ?? identity
    }

    /// The file at our name is still the one we created (nobody swapped it).
    var isOurs: Bool {
        var info = stat()
        return lstat(path, &info) == 0 && FileIdentity(info).isSameFile(as: identity)
    }

    func discard() {
        close(descriptor)
        // Only our own file is removed; whatever else stands at the name stays.
        if !placed && isOurs { unlink(path) }
    }
}

/// The last step of a save: the temporary file takes the target's place.
enum Commit {
    static func place(_ temporary: Temporary, at target: String, expecting: SaveExpectation, path: String, folder: String) throws(SaveError) {
        guard temporary.isOurs else {
            throw SaveError(path: path, reason: .temporaryReplaced(folder: folder))
        }
        switch expecting {
        case .anything:
            guard rename(temporary.path, target) == 0 else { throw SaveError(path: path, reason: AtomicFile.describe(errno, folder: folder)) }
        case .absent:
            try placeNew(temporary, at: target, path: path, folder: folder)
        case let .unchanged(expected):
            var info = stat()
            guard lstat(target, &info) == 0 else {
                // Deleted meanwhile: written again, unless something new appears.
                try placeNew(temporary, at: target, path: path, folder: folder)
                return
            }
            guard FileIdentity(info) == expected else { throw SaveError.changedOnDisk(path) }
            try exchange(temporary, with: target, expected: expected, path: path, folder: folder)
        }
    }

    /// Renames without replacing: a file that appeared at the target stays.
    static func placeNew(_ temporary: Temporary, at target: String, path: String, folder: String) throws(SaveError) {
        if Rename.call(temporary.path, target, flags: Rename.noReplace) == 0 { return }
        let error = errno
        if error == EEXIST { throw SaveError(path: path, reason: .exists(forceHelps: false), cause: .exists) }
        guard Rename.unsupported(error) else { throw SaveError(path: path, reason: AtomicFile.describe(error, folder: folder)) }
        // No renameat2 here: link(2) fails if the name exists, atomically.
        guard link(temporary.path, target) == 0 else {
            let linkError = errno
            if linkError == EEXIST { throw SaveError(path: path, reason: .exists(forceHelps: false), cause: .exists) }
            throw SaveError(path: path, reason: AtomicFile.describe(linkError, folder: folder))
        }
        unlink(temporary.path)
    }

    /// Swaps the new file in atomically and looks at what came out: if it is
    /// not the file expected (replaced between the check and the swap), the
    /// swap is undone, so the other program's file is back in place.
    static func exchange(_ temporary: Temporary, with target: String, expected: FileIdentity, path: String, folder: String) throws(SaveError) {
        guard Rename.call(temporary.path, target, flags: Rename.exchange) == 0 else {
            let error = errno
            guard Rename.unsupported(error) else { throw SaveError(path: path, reason: AtomicFile.describe(error, folder: folder)) }
            // A file system without exchange: the check above is the last word.
            guard rename(temporary.path, target) == 0 else { throw SaveError(path: path, reason: AtomicFile.describe(errno, folder: folder)) }
            return
        }
        var info = stat()
        if lstat(temporary.path, &info) == 0 && FileIdentity(info) == expected {
            unlink(temporary.path)         // the old file, now under the temporary name
            return
        }
        // Not ours to replace: swap back. Our file returns to the temporary
        // name and is removed by `discard`; theirs is at the target again.
        _ = Rename.call(temporary.path, target, flags: Rename.exchange)
        throw SaveError.changedOnDisk(path)
    }
}

/// renameat2(2), looked up at run time: Glibc's Swift module does not
/// declare it, and older kernels or some file systems lack it.
enum Rename {
    static let noReplace: UInt32 = 1
    static let exchange: UInt32 = 2
    private typealias Function = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let function: Function? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: Function.self) }

    static func call(_ from: String, _ to: String, flags: UInt32) -> Int32 {
        guard let function else {
            errno = ENOSYS
            return -1
        }
        return function(AT_FDCWD, from, AT_FDCWD, to, flags)
    }

    static func unsupported(_ error: Int32) -> Bool {
        error == EINVAL || error == ENOSYS || error == EOPNOTSUPP || error == ENOTSUP
    }
}
