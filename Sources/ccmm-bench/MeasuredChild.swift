#if canImport(Glibc)
import Glibc
#endif

/// The peak memory of a program must be measured from a small parent.
///
/// Linux carries a process's pre-exec peak into the rusage of what it
/// executes: a child forked from this benchmark starts with a copy of the
/// benchmark's own (large, after the scoring runs) heap, and wait4 would
/// report that. So the pseudo-terminal runs a fresh, small `ccmm-bench
/// --measured-child FD PROGRAM ARGS…`, which forks and executes the program,
/// waits for it with wait4, and writes "maxrss-KiB status" to file
/// descriptor FD.
enum MeasuredChild {
    static let flag = "--measured-child"

    static func run(_ arguments: [String]) -> Never {
        guard arguments.count >= 2, let fd = Int32(arguments[0]) else { _exit(2) }
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.dropFirst().map { strdup($0) } + [nil]
        guard let path = argv[0] else { _exit(2) }
        let child = fork()
        if child == 0 {
            close(fd)
            execv(path, argv)
            _exit(127)
        }
        guard child > 0 else { _exit(3) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(child, &status, 0, &usage) < 0 {
            guard errno == EINTR else { _exit(4) }
        }
        let report = Array("\(usage.ru_maxrss) \(status)\n".utf8)
        _ = report.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        _exit(0)
    }

    /// Reads the report written by `run` (blocking until the writer closes).
    static func readReport(_ fd: Int32) -> (maxResidentKiB: Int, status: Int32)? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            bytes += buffer[0..<count]
        }
        let fields = String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard fields.count >= 2, let kib = Int(fields[0]), let status = Int32(fields[1]) else { return nil }
        return (kib, status)
    }
}
