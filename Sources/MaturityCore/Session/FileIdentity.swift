#if canImport(Glibc)
import Glibc
#endif

/// Enough of a file's metadata to notice that someone else replaced or
/// rewrote it since we last wrote it: a rename over it gives a new inode,
/// an edit in place a new size or modification time.
public struct FileIdentity: Equatable, Sendable {
    public var inode: UInt64
    public var size: Int64
    public var modifiedSeconds: Int
    public var modifiedNanoseconds: Int

    /// nil when the file does not exist (or cannot be examined).
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modifiedSeconds = Int(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
    }
}
