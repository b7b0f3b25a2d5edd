#if canImport(Glibc)
import Glibc
#endif

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A child process on the slave side of a fresh pseudo-terminal (forkpty),
/// with the master side read by the benchmark: what the program writes to its
/// terminal arrives here byte for byte.
final class PseudoTerminal {
    let pid: pid_t
    let master: Int32
    /// When forkpty was called.
    let started: UInt64
    /// Everything the child has written so far.
    private(set) var output: [UInt8] = []
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private(set) var closed = false
    /// When the last read returned bytes.
    private(set) var lastRead: UInt64 = 0
    private var reaped = false

    init(executable: String, arguments: [String], environment: [String: String], rows: UInt16 = 24, cols: UInt16 = 80) throws {
        // Everything the child needs is made before the fork: after it, the
        // child only calls execve (or _exit).
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        guard let path = argv[0] else { throw BenchError("out of memory") }
        var size = winsize(ws_row: rows, ws_col: cols, ws_xpixel: 0, ws_ypixel: 0)
        var fd: Int32 = -1
        started = Stopwatch.now()
        let child = forkpty(&fd, nil, nil, &size)
        if child == 0 {
            execve(path, argv, envp)
            _exit(127)
        }
        guard child > 0 else { throw BenchError("forkpty failed: \(String(cString: strerror(errno)))") }
        pid = child
        master = fd
    }

    deinit {
        if !reaped { Glibc.kill(pid, SIGKILL); var status: Int32 = 0; waitpid(pid, &status, 0) }
        close(master)
    }

    /// Waits up to `timeout` ms for output and appends what arrived. Returns the
    /// number of bytes read, 0 on timeout, -1 once the child has closed the terminal.
    @discardableResult
    func read(timeout: Int32) -> Int {
        guard !closed else { return -1 }
        var request = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&request, 1, timeout)
        if ready == 0 { return 0 }
        if ready < 0 { return errno == EINTR ? 0 : -1 }
        let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { return 0 }
        guard count > 0 else {
            closed = true            // EIO: the slave side has no process left
            return -1
        }
        lastRead = Stopwatch.now()
        output.append(contentsOf: buffer[0..<count])
        return count
    }

    /// The time at which the output first contains `marker` (searching from
    /// `offset`): when the read that completed it returned. Nil after `timeout` ms.
    func waitFor(_ marker: [UInt8], from offset: Int = 0, timeout: Int) -> UInt64? {
        let deadline = Stopwatch.now() + UInt64(timeout) * 1_000_000
        var searched = offset
        while true {
            if Self.find(marker, in: output, from: searched) != nil { return lastRead }
            searched = max(offset, output.count - marker.count + 1)
            let now = Stopwatch.now()
            guard now < deadline, !closed else { return nil }
            read(timeout: Int32(min(1000, (deadline - now) / 1_000_000 + 1)))
        }
    }

    /// Reads until nothing arrives for `idle` ms (or `limit` ms pass); returns the bytes read.
    @discardableResult
    func drain(idle: Int32, limit: Int = 5000) -> Int {
        let start = output.count
        let deadline = Stopwatch.now() + UInt64(limit) * 1_000_000
        while Stopwatch.now() < deadline {
            let count = read(timeout: idle)
            if count <= 0 { break }
        }
        return output.count - start
    }

    /// Waits until the child writes anything, then until it stops for `idle` ms.
    @discardableResult
    func response(idle: Int32, first: Int32 = 2000) -> Int {
        timedResponse(idle: idle, first: first).bytes
    }

    /// Like `response`, with the times (ms from the call) of the first and the last byte.
    func timedResponse(idle: Int32, first: Int32 = 2000) -> (bytes: Int, firstByte: Double, lastByte: Double) {
        let start = output.count
        let asked = Stopwatch.now()
        guard read(timeout: first) > 0 else { return (0, 0, 0) }
        let firstByte = Stopwatch.milliseconds(from: asked, to: lastRead)
        drain(idle: idle)
        return (output.count - start, firstByte, Stopwatch.milliseconds(from: asked, to: lastRead))
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let result = bytes[sent...].withUnsafeBytes { Glibc.write(master, $0.baseAddress, $0.count) }
            if result < 0 { if errno == EINTR { continue }; return }
            sent += result
        }
    }

    /// Kills the child and reaps it.
    func kill() {
        guard !reaped else { return }
        Glibc.kill(pid, SIGKILL)
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        reaped = true
    }

    /// Waits for the child to exit by itself, reading its output meanwhile so
    /// it never blocks on a full terminal; returns its resource usage
    /// (`ru_maxrss` is the peak resident set in KiB), or nil on timeout (then it is killed).
    func waitForExit(timeout: Int) -> (status: Int32, usage: rusage)? {
        let deadline = Stopwatch.now() + UInt64(timeout) * 1_000_000
        var status: Int32 = 0
        var usage = rusage()
        while Stopwatch.now() < deadline {
            let result = wait4(pid, &status, WNOHANG, &usage)
            if result == pid {
                reaped = true
                return (status, usage)
            }
            if read(timeout: 10) < 0 { usleep(1000) }
        }
        kill()
        return nil
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = max(0, start)
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == needle[0] {
                var match = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    match = false
                    break
                }
                if match { return index }
            }
            index += 1
        }
        return nil
    }
}
