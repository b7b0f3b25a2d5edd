import Foundation
import MaturityCore
import MaturityTUI
import TerminalUI

/// One keystroke as the wizard's runner handles it, in-process: stamp the
/// time, WizardUpdate.handle, run the .save effect (SessionStore.render, and
/// AtomicFile.write when the bytes changed — write, fsync, rename, fsync of
/// the folder), WizardView.render at 80×24 and the diff against the last frame.
/// Only the ncurses calls are left out.
struct KeystrokeBench {
    struct Result {
        var total: Samples
        var handle: Samples
        var encode: Samples
        var write: Samples
        var render: Samples
        var withoutWrite: Samples
        var writes: Int
        var keys: Int
        var fileBytes: Int
    }

    static let size = Size(rows: 24, cols: 80)

    /// The keys: an answer (1, 2 or 3 in turn), then next or previous, so the
    /// wizard walks up and down the whole questionnaire changing answers.
    static func script(count: Int, criteria: Int) -> [Key] {
        var keys: [Key] = []
        var position = 0
        var forward = true
        var digit = 0
        while keys.count < count {
            keys.append(.character(Character(String(digit % 3 + 1))))
            digit += 1
            if forward && position + 1 >= criteria { forward = false }
            if !forward && position == 0 { forward = true }
            keys.append(.character(forward ? "." : ","))
            position += forward ? 1 : -1
        }
        return Array(keys.prefix(count))
    }

    static func run(questionnaire q: Questionnaire, session: Session, path: String, keys count: Int) throws -> Result {
        var state = WizardState(language: .en, screen: .criterion, today: Clock.today(), now: Clock.now())
        state.assessment = Assessment(questionnaire: q, session: session, path: path)
        state.models = [q]
        var lastSaved = SessionStore.render(session, questionnaire: q)
        try AtomicFile.write(lastSaved, to: path)
        var lastFrame: CellGrid? = WizardView.render(state, size: size).grid
        var total: [Double] = [], handle: [Double] = [], encode: [Double] = [], write: [Double] = [], render: [Double] = []
        total.reserveCapacity(count)
        var writes = 0
        var cells = 0
        for key in script(count: count, criteria: q.criteria.count) {
            let t0 = Stopwatch.now()
            state.now = Clock.now()
            state.today = Clock.today()
            let effects = WizardUpdate.handle(key, &state)
            let t1 = Stopwatch.now()
            var writing: UInt64 = 0
            for effect in effects where effect == .save {
                guard let a = state.assessment else { continue }
                let bytes = SessionStore.render(a.session, questionnaire: a.questionnaire)
                if bytes != lastSaved {
                    let w0 = Stopwatch.now()
                    try AtomicFile.write(bytes, to: a.path)
                    writing += Stopwatch.now() - w0
                    lastSaved = bytes
                    writes += 1
                }
            }
            let t2 = Stopwatch.now()
            let frame = WizardView.render(state, size: size).grid
            for run in frame.diff(from: lastFrame) { cells += run.cells.count }
            lastFrame = frame
            let t3 = Stopwatch.now()
            total.append(Stopwatch.milliseconds(from: t0, to: t3))
            handle.append(Stopwatch.milliseconds(from: t0, to: t1))
            write.append(Double(writing) / 1_000_000)
            encode.append(Stopwatch.milliseconds(from: t1, to: t2) - Double(writing) / 1_000_000)
            render.append(Stopwatch.milliseconds(from: t2, to: t3))
        }
        // Keep the diff from being optimised away.
        if cells < 0 { print(cells) }
        let withoutWrite = zip(total, write).map { $0 - $1 }
        return Result(total: Samples(total), handle: Samples(handle), encode: Samples(encode), write: Samples(write),
                      render: Samples(render), withoutWrite: Samples(withoutWrite),
                      writes: writes, keys: count, fileBytes: lastSaved.count)
    }
}

/// Scorer.score on the real questionnaire and on synthetic ones of growing size.
struct ScoringBench {
    struct Point {
        var label: String
        var criteria: Int
        var median: Double
        var runs: Int
        var perCriterionNanoseconds: Double { median * 1_000_000 / Double(max(criteria, 1)) }
    }

    /// The median time of one score, repeating for about `budget` ms (at least 5 runs).
    static func measure(_ q: Questionnaire, _ session: Session, label: String, budget: Double) -> Point {
        var times: [Double] = []
        var spent = 0.0
        var sink = 0
        while times.count < 5 || (spent < budget && times.count < 2001) {
            let start = Stopwatch.now()
            let card = Scorer.score(session, with: q)
            let elapsed = Stopwatch.milliseconds(from: start, to: Stopwatch.now())
            sink &+= card.total
            times.append(elapsed)
            spent += elapsed
        }
        if sink == Int.min { print(sink) }
        return Point(label: label, criteria: q.criteria.count, median: Samples(times).median, runs: times.count)
    }
}
