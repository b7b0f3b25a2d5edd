import Foundation
import MaturityCore
#if canImport(Glibc)
import Glibc
#endif

/// The measurements made on the real binaries in a pseudo-terminal at 80×24.
struct TerminalBenches {
    let setup: BenchSetup
    let sessionPath: String
    /// The last line of the wizard's first frame: the key hints of the criterion screen.
    static let wizardMarker = Array("? help".utf8)
    /// The last thing dialog draws in its first frame: the Cancel button.
    static let dialogMarker = Array("Cancel".utf8)

    var wizardArguments: [String] { ["open", sessionPath, "--lang", "en"] }

    /// Start-up to the first complete frame, in ms, over `runs` runs (after one
    /// warm-up run that is not counted). Each child is killed and reaped.
    func startup(executable: String, arguments: [String], marker: [UInt8], runs: Int) throws -> Samples {
        var times: [Double] = []
        for run in 0...runs {
            let pty = try PseudoTerminal(executable: executable, arguments: arguments, environment: setup.childEnvironment)
            guard let seen = pty.waitFor(marker, timeout: 10_000) else {
                pty.kill()
                let tail = String(decoding: pty.output.suffix(400), as: UTF8.self)
                throw BenchError("\(executable) did not draw its first frame within 10 s; it wrote: \(tail.debugDescription)")
            }
            pty.kill()
            if run > 0 { times.append(Stopwatch.milliseconds(from: pty.started, to: seen)) }
        }
        return Samples(times)
    }

    /// dialog --menu with one entry per criterion of `q` (tag = id, item = English title).
    func dialogArguments(_ q: Questionnaire) -> [String] {
        var arguments = ["--title", q.title.en, "--menu", "Choose a criterion", "22", "76", "14"]
        for criterion in q.criteria { arguments += [criterion.id, criterion.title.en] }
        return arguments
    }

    struct KeyBytes {
        var next: Samples
        var answer: Samples
        var firstFrame: Int
        /// From sending the key to the last byte of the new frame, in ms
        /// (the wizard saves, with fsync, before it draws).
        var nextLatency: Samples
        var answerLatency: Samples
    }

    /// Bytes written to the terminal for "." (next criterion) and "2" (answer):
    /// after the first frame, with the output idle, each key is sent and the
    /// output read until `idle` ms pass without a byte.
    func bytesPerKey(repeats: Int, idle: Int32 = 150) throws -> KeyBytes {
        let pty = try PseudoTerminal(executable: setup.ccmm, arguments: wizardArguments, environment: setup.childEnvironment)
        defer { pty.kill() }
        guard pty.waitFor(Self.wizardMarker, timeout: 10_000) != nil else { throw BenchError("the wizard did not start") }
        pty.drain(idle: idle)
        let firstFrame = pty.output.count
        var next: [Double] = [], answer: [Double] = [], nextLatency: [Double] = [], answerLatency: [Double] = []
        for _ in 0..<repeats {
            pty.send(".")
            let moved = pty.timedResponse(idle: idle)
            next.append(Double(moved.bytes))
            nextLatency.append(moved.lastByte)
            pty.send("2")
            let answered = pty.timedResponse(idle: idle)
            answer.append(Double(answered.bytes))
            answerLatency.append(answered.lastByte)
        }
        return KeyBytes(next: Samples(next), answer: Samples(answer), firstFrame: firstFrame,
                        nextLatency: Samples(nextLatency), answerLatency: Samples(answerLatency))
    }

    struct Memory {
        var maxResidentKiB: Int
        var keys: Int
        var seconds: Double
        var exitedCleanly: Bool
    }

    /// Peak memory of a scripted run: open the full session, page through
    /// every criterion with ".", open the outline, quit. ru_maxrss from wait4,
    /// taken by a small parent (see MeasuredChild).
    func peakMemory(criteria: Int) throws -> Memory {
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else { throw BenchError("pipe failed") }
        let start = Stopwatch.now()
        let pty: PseudoTerminal
        do {
            pty = try PseudoTerminal(executable: setup.bench,
                                     arguments: [MeasuredChild.flag, String(pipeEnds[1]), setup.ccmm] + wizardArguments,
                                     environment: setup.childEnvironment)
        } catch {
            close(pipeEnds[0])
            close(pipeEnds[1])
            throw error
        }
        close(pipeEnds[1])
        defer { close(pipeEnds[0]) }
        guard pty.waitFor(Self.wizardMarker, timeout: 10_000) != nil else {
            pty.kill()
            throw BenchError("the wizard did not start")
        }
        pty.drain(idle: 20)
        var keys = 0
        for _ in 1..<max(criteria, 1) {
            pty.send(".")
            keys += 1
            pty.response(idle: 3, first: 500)
        }
        pty.send("o")
        pty.response(idle: 20)
        pty.send("q")
        keys += 2
        guard pty.waitForExit(timeout: 10_000) != nil else { throw BenchError("the wizard did not quit on q") }
        guard let report = MeasuredChild.readReport(pipeEnds[0]) else { throw BenchError("no memory report from the measuring parent") }
        let clean = report.status & 0x7f == 0 && (report.status >> 8) & 0xff == 0
        return Memory(maxResidentKiB: report.maxResidentKiB, keys: keys,
                      seconds: Stopwatch.milliseconds(from: start, to: Stopwatch.now()) / 1000, exitedCleanly: clean)
    }
}
