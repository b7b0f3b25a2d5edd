import Foundation
import MaturityCore
import MaturityTUI
import TerminalUI

/// Where the wizard's start-up time goes, measured piece by piece: the
/// process floor (ccmm --help in the pty, spawn to exit) and, in-process,
/// the work `ccmm open` does before its first frame.
struct StartupBreakdown {
    var processFloor: Samples
    var decodeDefault: Samples
    var decodeOthers: Samples
    var openSession: Samples
    var defaultBytes: Int
    var otherBytes: Int

    static func measure(setup: BenchSetup, sessionPath: String, runs: Int) throws -> StartupBreakdown {
        var floor: [Double] = []
        for _ in 0...runs {
            let pty = try PseudoTerminal(executable: setup.ccmm, arguments: ["--help"], environment: setup.childEnvironment)
            guard pty.waitForExit(timeout: 10_000) != nil else { throw BenchError("ccmm --help did not exit") }
            floor.append(Stopwatch.milliseconds(from: pty.started, to: Stopwatch.now()))
        }
        floor.removeFirst()     // warm-up
        // The questionnaires compiled into ccmm, as `ccmm open` reads them.
        let builtIns = QuestionnaireLibrary(directory: nil).builtIns()
        guard let main = builtIns.first(where: { $0.id == QuestionnaireLibrary.defaultID }) else {
            throw BenchError("no built-in \(QuestionnaireLibrary.defaultID)")
        }
        let others = builtIns.filter { $0.id != main.id }
        func size(_ entry: QuestionnaireLibrary.BuiltIn) -> Int { (try? entry.bytes().count) ?? 0 }
        var decodeDefault: [Double] = [], decodeOthers: [Double] = [], open: [Double] = []
        for _ in 0..<runs {
            var start = Stopwatch.now()
            let q = try main.load()
            decodeDefault.append(Stopwatch.milliseconds(from: start, to: Stopwatch.now()))
            start = Stopwatch.now()
            for entry in others { _ = try entry.load() }
            decodeOthers.append(Stopwatch.milliseconds(from: start, to: Stopwatch.now()))
            // What WizardApp.open does after the questionnaire: read and
            // reconcile the session, score it, draw the first frame.
            start = Stopwatch.now()
            let raw = try SessionStore.loadUnchecked(path: sessionPath)
            let session = try SessionReconciler.reconcile(raw, with: q, file: sessionPath).session
            var state = WizardState(language: .en, screen: .criterion, today: Clock.today(), now: Clock.now())
            state.assessment = Assessment(questionnaire: q, session: session, path: sessionPath)
            let frame = WizardView.render(state, size: Size(rows: 24, cols: 80)).grid
            _ = frame.diff(from: nil)
            open.append(Stopwatch.milliseconds(from: start, to: Stopwatch.now()))
        }
        return StartupBreakdown(processFloor: Samples(floor), decodeDefault: Samples(decodeDefault), decodeOthers: Samples(decodeOthers),
                                openSession: Samples(open), defaultBytes: size(main), otherBytes: others.map(size).reduce(0, +))
    }
}
