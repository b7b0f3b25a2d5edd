#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole file, turning the system's refusal into a message that names the file.
///
/// Only regular files are read: the file is opened non-blocking (a FIFO
/// would otherwise wait for a writer forever), examined with `fstat` on
/// that same descriptor (no swap between look and read), and its size is
/// checked before a byte is read (a link to /dev/zero would never end).
public enum FileBytes {
    /// Files larger than this are refused before reading. The largest real
    /// questionnaire is 0.6 MB and a full session with notes and evidence
    /// well under 1 MB, so 16 MB leaves room to spare; and bounding what is
    /// read bounds the work: a file just under the limit still loads in well
    /// under a second (scripts/bench --only limits), a runaway one never
    /// exhausts memory.
    public static let limit = 16 * 1024 * 1024

    public static func read(path: String, what: FileKind) throws(LoadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw LoadError(file: path, .noSuchFile(what))
            case EACCES, EPERM: throw LoadError(file: path, .permissionDenied)
            case ELOOP: throw LoadError(file: path, .linkLoop(what))
            default: throw LoadError(file: path, .unreadable(errno: errno))
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw LoadError(file: path, .unreadable(errno: errno))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw LoadError(file: path, .isFolder(what))
        case S_IFIFO: throw LoadError(file: path, .isPipe(what))
        case S_IFCHR, S_IFBLK: throw LoadError(file: path, .isDevice(what))
        default: throw LoadError(file: path, .notRegularFile(what))
        }
        if info.st_size > limit {
            throw LoadError(file: path, .tooLarge(what, megabytes: Int(info.st_size / 1_048_576), limit: limit / 1_048_576))
        }
        // Read to the end, but never past the limit: the file may grow while we read.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard bytes.count <= limit else {
                    throw LoadError(file: path, .tooLarge(what, megabytes: nil, limit: limit / 1_048_576))
                }
                bytes.append(contentsOf: [UInt8](repeating: 0, count: min(bytes.count, limit + 1 - bytes.count) + 1))
            }
            let result = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(descriptor, base + count, buffer.count - count)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw LoadError(file: path, .unreadable(errno: errno))
            }
            if result == 0 { break }
            count += result
        }
        bytes.removeSubrange(count...)
        return bytes
    }
}
