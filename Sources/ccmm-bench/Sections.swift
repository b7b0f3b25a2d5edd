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
    if options.wants("cli") {
        rows += try Sections.scoreCommand(setup, sessionPath: sessionPath, runs: options.runs)
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
    if options.wants("limits") {
        rows += try LimitsBench.rows(template: q, templatePath: setup.questionnaires + "/cc-cmm-oc.json", runs: 5)
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
            Row(section: section, measurement: "start-up ccmm open", value: wizard.median, unit: "ms",
                shown: Format.milliseconds(wizard.median), target: "—", met: nil, spread: wizard),
        ]
        if let dialog = setup.dialog {
            progress("start-up: dialog --menu, \(runs) runs")
            let menu = try terminal.startup(executable: dialog, arguments: terminal.dialogArguments(q),
                                            marker: TerminalBenches.dialogMarker, runs: runs)
            rows += comparison(section, ours: wizard, theirs: menu, theirName: "start-up dialog --menu \(q.criteria.count) entries",
                               ratioName: "start-up ratio ccmm / dialog (medians, same run)", atMost: 1)
        } else {
            rows.append(Row(section: section, measurement: "start-up dialog --menu", value: nil, unit: "ms",
                            shown: "dialog not installed", target: "≤ 1.00×", met: nil))
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

    static func scoreCommand(_ setup: BenchSetup, sessionPath: String, runs: Int) throws -> [Row] {
        progress("score: ccmm score and jq ., \(runs) runs each")
        let section = "ccmm score of the full session beside jq . of the same file (spawn to exit, output to /dev/null)"
        let score = try SpawnTimer.time(setup.ccmm, ["score", sessionPath], environment: setup.childEnvironment, runs: runs)
        let rows = [Row(section: section, measurement: "ccmm score SESSION", value: score.median, unit: "ms",
                        shown: Format.milliseconds(score.median), target: "—", met: nil, spread: score)]
        guard let jq = setup.jq else {
            return rows + [Row(section: section, measurement: "jq . SESSION", value: nil, unit: "ms", shown: "jq not installed", target: "—", met: nil)]
        }
        let plain = try SpawnTimer.time(jq, [".", sessionPath], environment: setup.childEnvironment, runs: runs)
        return rows + comparison(section, ours: score, theirs: plain, theirName: "jq . SESSION",
                                 ratioName: "score ratio ccmm / jq (medians, same run)", atMost: 2)
    }

    /// The other program's time and the ratio of the medians; the target is
    /// judged only with at least 25 runs of each.
    static func comparison(_ section: String, ours: Samples, theirs: Samples, theirName: String, ratioName: String, atMost: Double) -> [Row] {
        let ratio = theirs.median > 0 ? ours.median / theirs.median : .infinity
        return [
            Row(section: section, measurement: theirName, value: theirs.median, unit: "ms",
                shown: Format.milliseconds(theirs.median), target: "—", met: nil, spread: theirs),
            Row(section: section, measurement: ratioName, value: ratio, unit: "×",
                shown: Format.fixed(ratio, 2) + "×", target: "≤ " + Format.fixed(atMost, 2) + "×",
                met: min(ours.count, theirs.count) >= 25 ? ratio <= atMost : nil),
        ]
    }

    static func keystroke(q: Questionnaire, session: Session, path: String, keys: Int) throws -> [Row] {
        progress("keystroke: \(keys) keys in-process")
        let result = try KeystrokeBench.run(questionnaire: q, session: session, path: path, keys: keys)
        let section = "one keystroke handled, saved durably (journal line + fdatasync) and rendered (80×24, diff), in-process"
        func both(_ samples: Samples) -> String {
            "\(Format.milliseconds(samples.median)) / \(Format.milliseconds(samples.percentile(99)))"
        }
        let detail = "\(result.keys) keys, \(result.records) journal lines (\(Format.grouped(result.journalBytes)) bytes); p50 / p99: "
            + "handle (incl. clock) \(both(result.handle)), journal \(both(result.journal)), render+diff \(both(result.render))"
        return [
            Row(section: section, measurement: "keystroke p50 (\(result.keys) keys)", value: result.total.median, unit: "ms",
                shown: Format.milliseconds(result.total.median), target: "—", met: nil, detail: detail, spread: result.total),
            Row(section: section, measurement: "keystroke p99", value: result.total.percentile(99), unit: "ms",
                shown: Format.milliseconds(result.total.percentile(99)), target: "≤ 2 ms",
                met: result.keys >= 2000 ? result.total.percentile(99) <= 2 : nil),
            Row(section: section, measurement: "  the journal line alone (change, write, fdatasync), p99", value: result.journal.percentile(99),
                unit: "ms", shown: Format.milliseconds(result.journal.percentile(99)), target: "—", met: nil,
                detail: "p50 \(Format.milliseconds(result.journal.median))", spread: result.journal),
            Row(section: section, measurement: "  render + diff alone, p99", value: result.render.percentile(99), unit: "ms",
                shown: Format.milliseconds(result.render.percentile(99)), target: "—", met: nil,
                detail: "p50 \(Format.milliseconds(result.render.median))", spread: result.render),
            Row(section: section, measurement: "  fold when the keys pause (render \(Format.grouped(result.fileBytes)) B, atomic write), median",
                value: result.fold.median, unit: "ms", shown: Format.milliseconds(result.fold.median), target: "—", met: nil,
                detail: "outside the keystroke", spread: result.fold),
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
        let section = "scoring (Scorer.score, full session opened as ccmm score and the wizard open it, median)"
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
                       target: isTarget ? "≤ 200 ms" : "—", met: isTarget ? point.median <= 200 : nil,
                       detail: "\(point.runs) runs; answers laid out in reading order once, when the session is opened: "
                           + Format.milliseconds(point.layOut) + ", not in the score")
        }
        // The growth, on repeated alternating runs: 1,000 then 100,000, five times.
        let small = Fixtures.synthetic(from: q, count: 1_000), large = Fixtures.synthetic(from: q, count: 100_000)
        let smallSession = Fixtures.fullSession(for: small), largeSession = Fixtures.fullSession(for: large)
        var growths: [Double] = []
        for _ in 0..<5 {
            let a = ScoringBench.measure(small, smallSession, label: "1,000", budget: 200)
            let b = ScoringBench.measure(large, largeSession, label: "100,000", budget: 600)
            growths.append(b.perCriterionNanoseconds / a.perCriterionNanoseconds)
        }
        let growth = Samples(growths)
        rows.append(Row(section: section, measurement: "growth: time per criterion at 100,000 ÷ at 1,000 (5 alternating rounds)",
                        value: growth.median, unit: "×", shown: Format.fixed(growth.median, 2) + "×", target: "≤ 1.30× (linear)",
                        met: growth.maximum <= 1.3, detail: "met when every round is within; each session opened (laid out) before the rounds", spread: growth))
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
