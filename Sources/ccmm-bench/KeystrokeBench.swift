import Foundation
import MaturityCore
import MaturityTUI
import TerminalUI

/// One keystroke as the wizard's runner handles it, in-process: stamp the
/// time, WizardUpdate.handle, run the .save effect as WizardApp does (check
/// that the session file is unchanged, append the change to the session's
/// journal and flush it with fdatasync), WizardView.render at 80×24 and the
/// diff against the last frame. Only the ncurses calls are left out. The fold
/// (the session file written whole, atomically) happens when the keys pause,
/// outside the keystroke; it is timed on its own.
struct KeystrokeBench {
    struct Result {
        var total: Samples
        var handle: Samples
        var journal: Samples
        var render: Samples
        var fold: Samples
        var records: Int
        var keys: Int
        var fileBytes: Int
        var journalBytes: Int
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
        var fileBytes = SessionStore.render(session, questionnaire: q)
        try AtomicFile.write(fileBytes, to: path)
        let identity = FileIdentity(path: path)
        let journal = SessionJournal(session: path, fileBytes: fileBytes)
        var recorded = session
        var lastFrame: CellGrid? = WizardView.render(state, size: size).grid
        var total: [Double] = [], handle: [Double] = [], journaling: [Double] = [], render: [Double] = []
        total.reserveCapacity(count)
        var cells = 0
        for key in script(count: count, criteria: q.criteria.count) {
            let t0 = Stopwatch.now()
            state.now = Clock.now()
            state.today = Clock.today()
            let effects = WizardUpdate.handle(key, &state)
            let t1 = Stopwatch.now()
            for effect in effects where effect == .save {
                guard let a = state.assessment, FileIdentity(path: a.path) == identity else { throw BenchError("the session file changed under the benchmark") }
                guard try journal.record(from: recorded, to: a.session) else { throw BenchError("a change the journal could not hold") }
                recorded = a.session
            }
            let t2 = Stopwatch.now()
            let frame = WizardView.render(state, size: size).grid
            for run in frame.diff(from: lastFrame) { cells += run.cells.count }
            lastFrame = frame
            let t3 = Stopwatch.now()
            total.append(Stopwatch.milliseconds(from: t0, to: t3))
            handle.append(Stopwatch.milliseconds(from: t0, to: t1))
            journaling.append(Stopwatch.milliseconds(from: t1, to: t2))
            render.append(Stopwatch.milliseconds(from: t2, to: t3))
        }
        // Keep the diff from being optimised away.
        if cells < 0 { print(cells) }
        let records = journal.changes
        let journalBytes = Int(FileIdentity(path: SessionJournal.path(for: path))?.size ?? 0)
        // The fold, as WizardApp does it when the keys pause: 25 times, each after one more change.
        var folds: [Double] = []
        for index in 0..<25 {
            guard var a = state.assessment else { break }
            a.session.setAnswer(.rated(index % 2 == 0 ? 10 : 5), criterion: q.criteria[index].id,
                                angle: q.criteria[index].questions[0].angle, at: Clock.now())
            state.assessment = a
            _ = try journal.record(from: recorded, to: a.session)
            recorded = a.session
            let start = Stopwatch.now()
            fileBytes = SessionStore.render(a.session, questionnaire: q)
            try journal.folding(fileBytes)
            try AtomicFile.write(fileBytes, to: path)
            journal.folded(fileBytes)
            folds.append(Stopwatch.milliseconds(from: start, to: Stopwatch.now()))
        }
        journal.remove()
        return Result(total: Samples(total), handle: Samples(handle), journal: Samples(journaling), render: Samples(render),
                      fold: Samples(folds), records: records, keys: count, fileBytes: fileBytes.count, journalBytes: journalBytes)
    }
}
