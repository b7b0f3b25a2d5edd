import Foundation
import MaturityCore
#if canImport(Glibc)
import Glibc
#endif

/// The portfolio at scale (issue 15): thousands of full session files read,
/// scored and summarised, beside the cost of one `ccmm score` process.
enum PortfolioBench {
    /// Runs the portfolio in a fresh child process (`ccmm-bench
    /// --portfolio-child FOLDER QUESTIONNAIRES`), so its peak memory is its own.
    static let childFlag = "--portfolio-child"

    struct Result {
        var sessions: Int
        var bytes: Int
        var wall: Samples
        /// Processor time (user + system, all threads) per run, in seconds:
        /// what the runs cost whatever else the machine is doing.
        var cpu: Samples
        var perSessionMicroseconds: Double
        var scoreProcess: Samples
        var peakKiB: Int?
        var centres: Int
        var setAside: Int
        /// Single-threaded medians per session over a sample: read + decode, reconcile, score, summarise.
        var phases: [(String, Double)]
    }

    /// Where one session's time goes, one thread, over the first `sample`
    /// files, along the portfolio's own path: the quick reader, the
    /// reconciler, then the summary (which scores once).
    static func phases(_ folder: String, q: Questionnaire, sample: Int) throws -> [(String, Double)] {
        var decode: [Double] = [], reconcile: [Double] = [], summary: [Double] = []
        for centre in 0..<sample {
            let file = folder + "/centre-\(centre / 100)/\(centre)-2021.json"
            var start = Stopwatch.now()
            let bytes = try FileBytes.read(path: file, what: .session)
            guard let raw = SessionScanner.decode(bytes) else { throw BenchError("the quick reader gave up on \(file)") }
            var end = Stopwatch.now()
            decode.append(Stopwatch.milliseconds(from: start, to: end) * 1000)
            start = end
            let matched = try SessionReconciler.reconcile(raw, with: q, file: file)
            end = Stopwatch.now()
            reconcile.append(Stopwatch.milliseconds(from: start, to: end) * 1000)
            start = end
            _ = AssessmentSummary(session: matched.session, questionnaire: q, file: file, answeredVersion: q.version, counting: nil)
            end = Stopwatch.now()
            summary.append(Stopwatch.milliseconds(from: start, to: end) * 1000)
        }
        return [("read + decode", Samples(decode).median), ("reconcile", Samples(reconcile).median),
                ("score + summarise", Samples(summary).median)]
    }

    /// Writes `count` sessions of `q`: 64 rating patterns derived from the
    /// benchmark's full session, over centres × years (five assessments per
    /// centre), each file its own centre, site and date. Written without
    /// fsync: this measures reading, not the disk's write path.
    static func writeGroup(_ q: Questionnaire, count: Int, into folder: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let base = Fixtures.fullSession(for: q)
        let centreMark = "@@CENTRE@@", dateMark = "@@DATE@@"
        var templates: [(head: [UInt8], middle: [UInt8], tail: [UInt8])] = []
        for variant in 0..<64 {
            var session = base
            for (index, criterion) in q.criteria.enumerated() where (index * 7 + variant * 13) % 64 < variant / 2 {
                for question in criterion.questions {
                    session.setAnswer(.rated(q.scale.values[(index + variant) % q.scale.values.count]), criterion: criterion.id,
                                      angle: question.angle, at: "2026-01-15T10:00:00+08:00")
                }
            }
            session.profile.centre = centreMark
            session.profile.date = dateMark
            let text = String(decoding: SessionStore.render(session, questionnaire: q), as: UTF8.self)
            let first = text.components(separatedBy: centreMark)
            let second = first.count == 2 ? first[1].components(separatedBy: dateMark) : []
            guard first.count == 2, second.count == 2 else { throw BenchError("the session template has no single centre and date") }
            templates.append((Array(first[0].utf8), Array(second[0].utf8), Array(second[1].utf8)))
        }
        let centres = max(count / 5, 1)
        var total = 0
        for index in 0..<count {
            let centre = index % centres
            let year = 2021 + index / centres
            let template = templates[index % templates.count]
            let bytes = template.head + Array("Centre \(centre)".utf8) + template.middle + Array("\(year)-0\(1 + centre % 9)-15".utf8) + template.tail
            let path = folder + "/centre-\(centre / 100)/\(centre)-\(year).json"
            if index < centres {
                try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            }
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { throw BenchError("cannot write \(path)") }
            total += bytes.count
        }
        return total
    }

    static func measure(setup: BenchSetup, q: Questionnaire, count: Int, runs: Int) throws -> Result {
        let folder = setup.scratch + "/portfolio"
        progress("portfolio: writing \(Format.grouped(count)) sessions")
        let bytes = try writeGroup(q, count: count, into: folder)
        let library = QuestionnaireLibrary(directory: setup.questionnaires)
        let load: @Sendable (String) throws(LoadError) -> Questionnaire = { id throws(LoadError) in try library.load(id) }
        progress("portfolio: where one session's time goes (500 files, one thread)")
        let phases = try Self.phases(folder, q: q, sample: min(500, max(count / 5, 1)))
        progress("portfolio: \(runs) in-process runs over \(Format.grouped(count)) files (page cache warm)")
        var times: [Double] = [], cpu: [Double] = []
        var last: Portfolio?
        for _ in 0..<runs {
            let start = Stopwatch.now()
            let before = processorSeconds()
            last = Portfolio.read(paths: [folder], questionnaire: load)
            cpu.append(processorSeconds() - before)
            times.append(Stopwatch.milliseconds(from: start, to: Stopwatch.now()))
        }
        let wall = Samples(times)
        progress("portfolio: one ccmm score process, 11 runs")
        let sample = folder + "/centre-0/0-2021.json"
        var scores: [Double] = []
        for _ in 0..<11 {
            let start = Stopwatch.now()
            try runQuietly(setup.ccmm, ["score", sample], environment: setup.childEnvironment)
            scores.append(Stopwatch.milliseconds(from: start, to: Stopwatch.now()))
        }
        scores.removeFirst()    // warm-up
        progress("portfolio: peak memory in a child process")
        let peak = try peakMemory(setup: setup, folder: folder)
        let result = Result(sessions: count, bytes: bytes, wall: wall, cpu: Samples(cpu), perSessionMicroseconds: wall.median * 1000 / Double(max(count, 1)),
                            scoreProcess: Samples(scores), peakKiB: peak,
                            centres: last?.models.first?.centres.count ?? 0, setAside: last?.setAside.count ?? 0, phases: phases)
        // The folder goes with the scratch folder, which --keep keeps (for profiling the child on it).
        return result
    }

    /// User and system time of this process so far, in seconds.
    static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
    }

    /// Spawns a program with its output discarded and waits for it.
    static func runQuietly(_ executable: String, _ arguments: [String], environment: [String: String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("\(executable) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)") }
    }

    /// The portfolio's peak RSS, from a fresh process that does nothing else.
    static func peakMemory(setup: BenchSetup, folder: String) throws -> Int? {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw BenchError("pipe failed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: setup.bench)
        process.arguments = [MeasuredChild.flag, String(ends[1]), setup.bench, childFlag, folder, setup.questionnaires]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        close(ends[1])
        defer { close(ends[0]) }
        let report = MeasuredChild.readReport(ends[0])
        process.waitUntilExit()
        guard let report, report.status == 0 else { return nil }
        return report.maxResidentKiB
    }

    /// The child's work: build the portfolio and exit.
    static func runChild(_ arguments: [String]) -> Never {
        guard arguments.count == 2 else { exit(2) }
        let library = QuestionnaireLibrary(directory: arguments[1])
        let portfolio = Portfolio.read(paths: [arguments[0]]) { id throws(LoadError) in try library.load(id) }
        exit(portfolio.models.isEmpty ? 1 : 0)
    }

    static func rows(_ r: Result) -> [Row] {
        let section = "portfolio: \(Format.grouped(r.sessions)) session files of 170 criteria (\(Format.grouped(r.bytes / 1_048_576)) MiB), release, warm page cache"
        let seconds = r.wall.median / 1000
        let ratio = r.scoreProcess.median > 0 ? r.perSessionMicroseconds / 1000 / r.scoreProcess.median : .infinity
        var rows = [
            Row(section: section, measurement: "portfolio of \(Format.grouped(r.sessions)) sessions, in-process, median of \(r.wall.count)",
                value: seconds, unit: "s", shown: Format.fixed(seconds, 2) + " s", target: "≤ 2 s", met: seconds <= 2,
                detail: "min \(Format.fixed(r.wall.minimum / 1000, 2)) s, max \(Format.fixed(r.wall.maximum / 1000, 2)) s; "
                    + "\(r.centres) centres, \(r.setAside) files set aside; \(ProcessInfo.processInfo.activeProcessorCount) threads"),
            Row(section: section, measurement: "  processor time per run (all threads), median", value: r.cpu.median, unit: "s",
                shown: Format.fixed(r.cpu.median, 2) + " s", target: "—", met: nil,
                detail: "÷ \(ProcessInfo.processInfo.activeProcessorCount) cores = \(Format.fixed(r.cpu.median / Double(max(ProcessInfo.processInfo.activeProcessorCount, 1)), 2)) s: "
                    + "the wall time to expect on an idle machine; the wall time above includes waiting for other processes"),
            Row(section: section, measurement: "  per session (read, decode, reconcile, score, summarise)", value: r.perSessionMicroseconds, unit: "µs",
                shown: Format.fixed(r.perSessionMicroseconds, 0) + " µs", target: "—", met: nil,
                detail: "one thread, median per session: " + r.phases.map { "\($0.0) \(Format.fixed($0.1, 0)) µs" }.joined(separator: ", ")),
            Row(section: section, measurement: "  one ccmm score process, spawn to exit, median of \(r.scoreProcess.count)", value: r.scoreProcess.median,
                unit: "ms", shown: Format.milliseconds(r.scoreProcess.median), target: "—", met: nil),
            Row(section: section, measurement: "per-session portfolio cost ÷ one ccmm score run", value: ratio, unit: "×",
                shown: Format.fixed(ratio, 4), target: "≤ 0.05", met: ratio <= 0.05),
        ]
        if let kib = r.peakKiB {
            let megabytes = Double(kib) * 1024 / 1_000_000
            rows.append(Row(section: section, measurement: "  peak RSS of the portfolio (child process)", value: megabytes, unit: "MB",
                            shown: Format.fixed(megabytes, 1) + " MB", target: "—", met: nil,
                            detail: "the files hold \(Format.grouped(r.bytes / 1_000_000)) MB of text"))
        }
        return rows
    }
}
