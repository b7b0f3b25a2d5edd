#if canImport(Glibc)
import Glibc
#endif
import MaturityCore

/// "-" in place of a file name means standard input (`--csv -`) or standard
/// output (`--output -`), as in most command-line tools.
enum StandardInput {
    static let dash = "-"

    /// Reads standard input to its end, refusing more than a file would be allowed.
    static func readAll(what: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw UserError(Messages.current(.standardInputUnreadable, String(cString: strerror(errno))))
            }
            bytes += chunk[0..<count]
            if bytes.count > FileBytes.limit { throw UserError(Messages.current(.standardInputTooLarge, FileBytes.limit / 1_048_576, what)) }
        }
    }
}
