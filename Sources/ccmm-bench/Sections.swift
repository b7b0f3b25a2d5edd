import Foundation
import MaturityCore

func progress(_ text: String) {
    FileHandle.standardError.write(Data(("ccmm-bench: " + text + "\n").utf8))
}

/// Runs the measurements the options ask for and turns them into table rows.
func runBenchmarks(_ options: Options) throws -> (rows: [Row], machine: [(String, String)]) {
    let setup = try BenchSetup.locate(ccmm: options.ccmm)
    defer { if !options.keep { try? FileManager.default.removeItem(atPath: setup.scratch) } }
    let q = try QuestionnaireDecoder.load(path: setup.questionnaires + "/cc-cmm-oc.json")
    let session = Fixtures.fullSession(for: q)
    let sessionPath = setup.scratch + "/full-session.json"
    try SessionStore.save(session, questionnaire: q, to: sessionPath)
    let fileSize = (try? FileManager.default.attributesOfItem(atPath: sessionPath)[.size] as? Int) ?? 0
    let card = Scorer.score(session, with: q)
    var level = ""
    if case let .levels(outcome) = card.outcome { level = outcome.achievedID }
    progress("\(q.criteria.count) criteria, full session \(Format.grouped(fileSize)) bytes "
             + "(\(card.answered)/\(card.questions) answered, \(level)), scratch \(setup.scratch)")

    let terminal = TerminalBenches(setup: setup, sessionPath: sessionPath)
    var rows: [Row] = []
    if options.wants("startup") {
        rows += try Sections.startup(terminal, q: q, runs: options.runs)
    }
    if options.wants("keystroke") {
        rows += try Sections.keystroke(q: q, session: session, path: setup.scratch + "/keystroke-session.json", keys: options.keys)
    }
    if options.wants("bytes") {
        try SessionStore.save(session, questionnaire: q, to: sessionPath)    // back at criterion 1
        rows += try Sections.bytes(terminal, repeats: options.byteRepeats)
    }
    if options.wants("scoring") {
        rows += Sections.scoring(q: q, session: session)
    }
    if options.wants("portfolio") {
        rows += PortfolioBench.rows(try PortfolioBench.measure(setup: setup, q: q, count: options.portfolioSessions, runs: 3))
    }
    if options.wants("memory") {
        if options.keep { progress("kept: \(sessionPath)") }
        try SessionStore.save(session, questionnaire: q, to: sessionPath)    // back at criterion 1
        rows += try Sections.memory(terminal, criteria: q.criteria.count)
    }
    return (rows, machineDescription(setup: setup))
}

/// One function per part of the table.
enum Sections {
    static func startup(_ terminal: TerminalBenches, q: Questionnaire, runs: Int) throws -> [Row] {
        let setup = terminal.setup
        progress("start-up: ccmm open, \(runs) runs")
        let wizard = try terminal.startup(executable: setup.ccmm, arguments: terminal.wizardArguments,
                                          marker: TerminalBenches.wizardMarker, runs: runs)
        let section = "start-up to the first complete frame (pty 80×24, \(q.criteria.count) criteria, full session)"
        var rows = [
            Row(section: section, measurement: "start-up ccmm open, median (\(wizard.count) runs)", value: wizard.median, unit: "ms",
                shown: Format.milliseconds(wizard.median), target: "≤ 50 ms", met: wizard.count >= 20 ? wizard.median <= 50 : nil,
                detail: "min \(Format.milliseconds(wizard.minimum)), max \(Format.milliseconds(wizard.maximum))"),
            Row(section: section, measurement: "start-up ccmm open, p90", value: wizard.percentile(90), unit: "ms",
                shown: Format.milliseconds(wizard.percentile(90)), target: "—", met: nil),
        ]
        if let dialog = setup.dialog {
            progress("start-up: dialog --menu, \(runs) runs")
            let menu = try terminal.startup(executable: dialog, arguments: terminal.dialogArguments(q),
                                            marker: TerminalBenches.dialogMarker, runs: runs)
            let ratio = menu.median > 0 ? wizard.median / menu.median : .infinity
            rows += [
                Row(section: section, measurement: "start-up dialog --menu \(q.criteria.count) entries, median", value: menu.median, unit: "ms",
                    shown: Format.milliseconds(menu.median), target: "—", met: nil),
                Row(section: section, measurement: "start-up dialog --menu, p90", value: menu.percentile(90), unit: "ms",
                    shown: Format.milliseconds(menu.percentile(90)), target: "—", met: nil),
                Row(section: section, measurement: "start-up ratio ccmm / dialog (medians)", value: ratio, unit: "×",
                    shown: Format.fixed(ratio, 2) + "×", target: "—", met: nil),
            ]
        } else {
            rows.append(Row(section: section, measurement: "start-up dialog --menu", value: nil, unit: "ms",
                            shown: "dialog not installed", target: "—", met: nil))
        }
        progress("start-up: the parts (ccmm --help in the pty; decoding and opening in-process)")
        let parts = try StartupBreakdown.measure(setup: setup, sessionPath: terminal.sessionPath, runs: 10)
        let partsSection = "start-up, where the time goes (medians of 10)"
        func row(_ name: String, _ samples: Samples) -> Row {
            Row(section: partsSection, measurement: "  " + name, value: samples.median, unit: "ms",
                shown: Format.milliseconds(samples.median), target: "—", met: nil)
        }
        return rows + [
            row("ccmm --help, spawn to exit (process floor)", parts.processFloor),
            row("decode cc-cmm-oc.json (\(Format.grouped(parts.defaultBytes / 1024)) KiB), in-process", parts.decodeDefault),
            row("decode the 3 other built-in models (\(Format.grouped(parts.otherBytes / 1024)) KiB)", parts.decodeOthers),
            row("read + reconcile the session, score, first render", parts.openSession),
        ]
    }

    static func keystroke(q: Questionnaire, session: Session, path: String, keys: Int) throws -> [Row] {
        progress("keystroke: \(keys) keys in-process")
        let result = try KeystrokeBench.run(questionnaire: q, session: session, path: path, keys: keys)
        let section = "one keystroke handled, rendered (80×24, diff) and saved, in-process"
        func both(_ samples: Samples) -> String {
            "\(Format.milliseconds(samples.median)) / \(Format.milliseconds(samples.percentile(99)))"
        }
        let detail = "\(result.keys) keys, \(result.writes) file writes of \(Format.grouped(result.fileBytes)) bytes; p50 / p99: "
            + "handle (incl. clock) \(both(result.handle)), session JSON \(both(result.encode)), atomic write \(both(result.write)), "
            + "render+diff \(both(result.render)), all but the atomic write \(both(result.withoutWrite))"
        return [
            Row(section: section, measurement: "keystroke p50 (\(result.keys) keys)", value: result.total.median, unit: "ms",
                shown: Format.milliseconds(result.total.median), target: "—", met: nil, detail: detail),
            Row(section: section, measurement: "keystroke p99", value: result.total.percentile(99), unit: "ms",
                shown: Format.milliseconds(result.total.percentile(99)), target: "≤ 2 ms",
                met: result.keys >= 2000 ? result.total.percentile(99) <= 2 : nil,
                detail: "max \(Format.milliseconds(result.total.maximum))"),
            Row(section: section, measurement: "  the atomic write alone (write, fsync, rename, fsync dir), p99", value: result.write.percentile(99),
                unit: "ms", shown: Format.milliseconds(result.write.percentile(99)), target: "—", met: nil,
                detail: "p50 \(Format.milliseconds(result.write.median)), max \(Format.milliseconds(result.write.maximum))"),
            Row(section: section, measurement: "  all but the atomic write, p99", value: result.withoutWrite.percentile(99), unit: "ms",
                shown: Format.milliseconds(result.withoutWrite.percentile(99)), target: "—", met: nil,
                detail: "p50 \(Format.milliseconds(result.withoutWrite.median))"),
            Row(section: section, measurement: "  render + diff alone, p99", value: result.render.percentile(99), unit: "ms",
                shown: Format.milliseconds(result.render.percentile(99)), target: "—", met: nil,
                detail: "p50 \(Format.milliseconds(result.render.median))"),
        ]
    }

    static func bytes(_ terminal: TerminalBenches, repeats: Int) throws -> [Row] {
        progress("bytes: \(repeats) × \".\" and \"2\" in the pty")
        let bytes = try terminal.bytesPerKey(repeats: repeats)
        let section = "bytes written to the terminal per key (80×24)"
        let slowest = max(bytes.nextLatency.maximum, bytes.answerLatency.maximum)
        return [
            // "2 KB" is read strictly: 2,000 bytes.
            Row(section: section, measurement: "bytes for \"next criterion\" (.), mean of \(bytes.next.count)", value: bytes.next.mean, unit: "B",
                shown: Format.grouped(Int(bytes.next.mean.rounded())) + " B", target: "≤ 2 KB", met: bytes.next.mean <= 2000,
                detail: "min \(Int(bytes.next.minimum)), max \(Int(bytes.next.maximum))"),
            Row(section: section, measurement: "bytes for \"answer\" (2), mean of \(bytes.answer.count)", value: bytes.answer.mean, unit: "B",
                shown: Format.grouped(Int(bytes.answer.mean.rounded())) + " B", target: "≤ 600 B", met: bytes.answer.mean <= 600,
                detail: "min \(Int(bytes.answer.minimum)), max \(Int(bytes.answer.maximum))"),
            Row(section: section, measurement: "  bytes for the first frame", value: Double(bytes.firstFrame), unit: "B",
                shown: Format.grouped(bytes.firstFrame) + " B", target: "—", met: nil),
            Row(section: section, measurement: "  key to frame in the pty, \".\" / \"2\", median", value: bytes.nextLatency.median, unit: "ms",
                shown: Format.milliseconds(bytes.nextLatency.median) + " / " + Format.milliseconds(bytes.answerLatency.median),
                target: "—", met: nil,
                detail: "from sending the key to the last byte of the new frame; the wizard saves (with fsync) before it draws; "
                    + "slowest \(Format.milliseconds(slowest))"),
        ]
    }

    static func scoring(q: Questionnaire, session: Session) -> [Row] {
        progress("scoring: \(q.criteria.count), 1,000, 10,000, 100,000 criteria")
        let section = "scoring (Scorer.score, full session, median)"
        var points = [ScoringBench.measure(q, session, label: "\(q.criteria.count) (cc-cmm-oc.json)", budget: 300)]
        for count in [1_000, 10_000, 100_000] {
            let big = Fixtures.synthetic(from: q, count: count)
            points.append(ScoringBench.measure(big, Fixtures.fullSession(for: big), label: "\(Format.grouped(count)) (synthetic)",
                                               budget: count >= 100_000 ? 1500 : 400))
        }
        var rows = points.map { point in
            let isTarget = point.criteria == 100_000
            return Row(section: section, measurement: "score \(point.label)", value: point.median, unit: "ms",
                       shown: Format.milliseconds(point.median) + " (\(Format.fixed(point.perCriterionNanoseconds, 0)) ns/criterion)",
                       target: isTarget ? "≤ 200 ms" : "—", met: isTarget ? point.median <= 200 : nil, detail: "\(point.runs) runs")
        }
        if let small = points.first(where: { $0.criteria == 1_000 }), let large = points.first(where: { $0.criteria == 100_000 }) {
            let growth = large.perCriterionNanoseconds / small.perCriterionNanoseconds
            rows.append(Row(section: section, measurement: "growth: time per criterion at 100,000 ÷ at 1,000", value: growth, unit: "×",
                            shown: Format.fixed(growth, 2) + "×", target: "≤ 2× (linear)", met: growth <= 2,
                            detail: "100× the criteria took \(Format.fixed(large.median / small.median, 0))× the time"))
        }
        return rows
    }

    static func memory(_ terminal: TerminalBenches, criteria: Int) throws -> [Row] {
        progress("memory: scripted run in the pty")
        let memory = try terminal.peakMemory(criteria: criteria)
        // "30 MB" is read strictly: 30,000,000 bytes (28.6 MiB).
        let megabytes = Double(memory.maxResidentKiB) * 1024 / 1_000_000
        let mebibytes = Double(memory.maxResidentKiB) / 1024
        return [Row(section: "peak memory of the wizard", measurement: "peak RSS (ru_maxrss): open, page \(criteria) criteria, outline, quit",
                    value: megabytes, unit: "MB", shown: Format.fixed(megabytes, 1) + " MB (" + Format.fixed(mebibytes, 1) + " MiB)",
                    target: "≤ 30 MB", met: megabytes <= 30,
                    detail: "\(memory.keys) keys in \(Format.fixed(memory.seconds, 1)) s; exit \(memory.exitedCleanly ? "clean" : "abnormal")")]
    }
}
