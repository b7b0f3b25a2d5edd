import Foundation

// ccmm-bench: the benchmarks of issue 7 (see docs/performance.md). Run it
// through scripts/bench, which builds the release binaries first.

func machineDescription(setup: BenchSetup) -> [(String, String)] {
    func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
    let cpu = read("/proc/cpuinfo").split(separator: "\n").first { $0.hasPrefix("model name") }
        .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmed() } ?? "" } ?? "unknown"
    let kibibytes = read("/proc/meminfo").split(separator: "\n").first { $0.hasPrefix("MemTotal") }
        .flatMap { Int($0.dropFirst("MemTotal:".count).trimmed().split(separator: " ").first ?? "") }
    let memory = kibibytes.map { Format.fixed(Double($0) / 1_048_576, 1) + " GiB" } ?? "unknown"
    let os = read("/etc/os-release").split(separator: "\n").first { $0.hasPrefix("PRETTY_NAME=") }
        .map { $0.dropFirst("PRETTY_NAME=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) } ?? "unknown"
    var name = utsname()
    uname(&name)
    let release = withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    let load = read("/proc/loadavg").split(separator: " ").prefix(3).joined(separator: " ")
    return [("cpus", String(ProcessInfo.processInfo.activeProcessorCount)), ("cpu", cpu), ("memory", memory), ("load average", load),
            ("os", os), ("kernel", release), ("swift", ProcessInfo.processInfo.environment["CCMM_BENCH_SWIFT"] ?? "unknown"),
            ("ccmm", setup.ccmm), ("dialog", setup.dialog ?? "not installed"), ("jq", setup.jq ?? "not installed")]
}

if CommandLine.arguments.count > 1 && CommandLine.arguments[1] == MeasuredChild.flag {
    MeasuredChild.run(Array(CommandLine.arguments.dropFirst(2)))
}
if CommandLine.arguments.count > 1 && CommandLine.arguments[1] == PortfolioBench.childFlag {
    PortfolioBench.runChild(Array(CommandLine.arguments.dropFirst(2)))
}

do {
    let options = try Options.parse(Array(CommandLine.arguments.dropFirst()))
    let start = Stopwatch.now()
    let (rows, machine) = try runBenchmarks(options)
    let seconds = Stopwatch.milliseconds(from: start, to: Stopwatch.now()) / 1000
    if options.json {
        print(Format.json(rows, machine: machine, seconds: seconds))
    } else {
        print("ccmm benchmarks — " + machine.prefix(5).map { "\($0.0): \($0.1)" }.joined(separator: ", "))
        print("")
        print(Format.table(rows))
        print("")
        for row in rows where !row.detail.isEmpty { print("- \(row.measurement.trimmed()): \(row.detail)") }
        print("")
        let missed = rows.filter { $0.met == false }.count
        print("\(rows.filter { $0.met != nil }.count) targets, \(missed) missed; \(Format.fixed(seconds, 1)) s")
    }
} catch {
    FileHandle.standardError.write(Data("ccmm-bench: \(error)\n".utf8))
    exit(1)
}
