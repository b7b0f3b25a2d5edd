#if canImport(Glibc)
import Glibc
#endif
import MaturityCore
import MaturityPresentation
import TerminalUI

/// Runs the wizard: the only place that touches the terminal (through a
/// `TerminalScreen`: ncurses, or in tests one in memory) and the disk
/// (through `SessionStore`). Each key is handled, its effects run — the
/// session is saved before the next key is read — and the frame is drawn.
/// What the effects come to (a session read, a save, a journal set aside, a
/// list) goes back into the update as an `Outcome`: the runner never decides
/// what is shown.
@MainActor
public final class WizardApp {
    private let terminal: TerminalScreen
    /// Borders and marks in ASCII: asked for (--ascii), or the locale widens them.
    private var ascii: Bool
    var state: WizardState
    let library: QuestionnaireLibrary
    let folder: String
    private var lastSaved: [UInt8]?
    /// The file as we last wrote (or read) it, to notice another program's changes.
    private var lastWritten: FileIdentity?
    var lock: SessionLock?
    /// Why the session is read-only, while that may end (another wizard quitting).
    private var waitingFor: ReadOnlyReason?
    private var idleTicks = 0
    /// Each change durably in the session's journal before it is drawn; the
    /// file written whole when the keys pause. The curses front only: plain
    /// mode is not timed by keystrokes and writes every change whole.
    private let journaling = SaveJournal()
    private var journals = false

    public convenience init(language: Language, languageFixed: Bool, library: QuestionnaireLibrary, folder: String, ascii: Bool = false) {
        self.init(language: language, languageFixed: languageFixed, library: library, folder: folder, ascii: ascii, terminal: Terminal())
    }

    init(language: Language, languageFixed: Bool, library: QuestionnaireLibrary, folder: String, ascii: Bool, terminal: TerminalScreen) {
        self.terminal = terminal
        self.ascii = ascii
        self.state = WizardState(language: language, today: Clock.today(), now: Clock.now())
        self.library = library
        self.folder = folder
        self.state.languageFixed = languageFixed
    }

    /// A result of the runner's work, into the pure update (`SessionOutcomes`).
    func receive(_ outcome: Outcome) { WizardUpdate.receive(outcome, &state) }

    /// The start screen: saved sessions, or straight to "new" when there are none.
    public func runStart() throws {
        journals = true
        try loadModels()
        receive(.started(sessions: SessionFolder.catalog(folder, library: library, language: state.language)))
        try run()
    }

    /// Opens a session file, or creates it after the profile form.
    public func runOpen(path: String, questionnaire: String?) throws {
        journals = true
        if FileManager.default.fileExists(atPath: path) {
            // An existing session needs only its own questionnaire; decoding
            // every built-in model first (and its own twice) took 2/3 of the start-up.
            try open(path: path, explicitQuestionnaire: questionnaire)
            if let q = state.assessment?.questionnaire { receive(.modelsLoaded([q])) }
        } else {
            try loadModels()
            let q = try questionnaire.map { try library.load($0) } ?? models.first ?? library.load(QuestionnaireLibrary.defaultID)
            pendingPath = path
            receive(.creating(q))
        }
        try run()
    }

    private var models: [Questionnaire] { state.models }
    var pendingPath: String?

    func loadModels() throws {
        var loaded: [Questionnaire] = []
        var problems: [Problem] = []
        for entry in library.builtIns() {
            do { loaded.append(try entry.load()) } catch { problems += error.problems }
        }
        if loaded.isEmpty {
            throw LoadError(problems.isEmpty ? [Problem(file: library.directory ?? "ccmm", location: "$", kind: .noQuestionnaires)] : problems)
        }
        receive(.modelsLoaded(loaded))
    }

    /// Reads a session (after taking its lock), opens it, and starts its journal.
    func open(path: String, explicitQuestionnaire: String?, arrival: OpenedAssessment.Arrival = .resumed) throws {
        // The lock first, then the read: what is read is what nobody else is changing.
        let readOnly = takeLock(path)
        let read: (opened: OpenedAssessment, recovered: SessionJournal.Recovered)
        do {
            read = try self.read(path: path, explicitQuestionnaire: explicitQuestionnaire, arrival: arrival, writer: readOnly == nil)
        } catch {
            releaseLock()
            throw error
        }
        var opened = read.opened
        opened.readOnly = readOnly
        if readOnly == nil {
            SessionStore.removeStaleTemporaries(of: path)
            opened.recoveryCopy = SessionFolder.recoveryCopies(of: path).first
        }
        receive(.opened(opened))
        startJournal(path, recovered: read.recovered, session: opened.assessment.session, writer: readOnly == nil)
    }

    /// Reads a session file with the journal a killed wizard may have left
    /// beside it. Only the `writer` sets aside a journal for another version.
    private func read(path: String, explicitQuestionnaire: String?, arrival: OpenedAssessment.Arrival,
                      writer: Bool) throws -> (OpenedAssessment, SessionJournal.Recovered) {
        let identity = FileIdentity(path: path)
        let recovered = try SessionJournal.recover(path: path)
        let questionnaire = try library.load(explicitQuestionnaire ?? recovered.session.questionnaire.id)
        let file = try OpenedSession.open(recovered.session, at: path, with: questionnaire)
        let (q, reconciliation, session) = (file.questionnaire, file.reconciliation, file.session)
        var opened = OpenedAssessment(assessment: Assessment(questionnaire: q, session: session, path: path), arrival: arrival)
        // A follow-up shows how the baseline's actions turned out; a baseline
        // that cannot be read is said, and the session opens all the same.
        do {
            opened.assessment.baselineActions = try BaselineLink.load(for: session, sessionPath: path)?.actions ?? []
        } catch {
            opened.baselineProblem = error
        }
        if recovered.stale && writer {
            // Changes journaled for a file another program has since replaced: not
            // applied (they belong to another version), never folded away either.
            opened.staleJournal = SessionJournal.setAside(session: path, now: state.now).map { .setAside($0) }
                ?? .leftStale(SessionJournal.path(for: path))
        }
        if reconciliation.hasChanges { opened.migrated = (reconciliation.dropped, reconciliation.added) }
        lastSaved = SessionStore.render(session, questionnaire: q)
        // The identity from before the read: a change made while reading is caught at the next save.
        lastWritten = identity
        return (opened, recovered)
    }

    /// Journaling for the session just opened, when this wizard may write it. A
    /// journal left behind by a crash is folded into the file first; if that
    /// fails it stays as it is (nothing lost) and every change is written whole.
    private func startJournal(_ path: String, recovered: SessionJournal.Recovered, session: Session, writer: Bool) {
        guard journals, writer, !(recovered.stale && FileIdentity(path: SessionJournal.path(for: path)) != nil) else {
            return journaling.stop()
        }
        journaling.start(path: path, fileBytes: recovered.fileBytes, session: session)
        guard recovered.journalFound else { return }
        lastSaved = nil
        save(whole: true)
        if state.saveError == nil { journaling.removeFile() } else { journaling.stop() }
    }

    /// Everything into the session file, and the journal gone (quit, another
    /// session, save as). A journal whose fold failed stays: nothing is lost.
    private func saveAndCloseJournal() {
        save(whole: true)
        if state.saveError == nil { journaling.close() }
    }

    /// One writer per session; a second wizard opens it read-only (the reason is returned).
    private func takeLock(_ path: String) -> ReadOnlyReason? {
        releaseLock()
        switch SessionLock.acquire(session: path, holder: .current(since: state.now)) {
        case let .acquired(taken): lock = taken
        case let .readOnly(reason):
            waitingFor = reason
            return reason
        case .unavailable: break
        }
        return nil
    }

    private func releaseLock() {
        lock?.release()
        lock = nil
        waitingFor = nil
    }

    /// Read-only because another wizard holds the lock: about once a second,
    /// see whether it has let go. If so the lock is taken (so nobody else gets
    /// it first) and taking over is offered.
    private func pollLock() {
        idleTicks += 1
        guard idleTicks >= 10, let reason = waitingFor, let a = state.assessment, !state.takeOverOffered else { return }
        idleTicks = 0
        switch reason {
        case .heldBy, .heldByUnknown: break
        case .foreignLock, .badLock, .hardLinks: return
        }
        guard case let .acquired(taken) = SessionLock.acquire(session: a.path, holder: .current(since: Clock.now())) else { return }
        lock = taken
        receive(.lockFreed)
        draw()
    }

    /// t after the offer: re-read the file (the other wizard's answers) and edit.
    private func takeOver() {
        guard let a = state.assessment, lock != nil, state.takeOverOffered else { return }
        do {
            let explicit = a.questionnaire.id == a.session.questionnaire.id ? nil : a.questionnaire.id
            // As before the journal: a taken-over session is written whole, and
            // a journal beside it is left for the next open to replay or set aside.
            let (opened, _) = try read(path: a.path, explicitQuestionnaire: explicit, arrival: .takenOver(current: state.current), writer: false)
            waitingFor = nil
            receive(.opened(opened))
        } catch {
            receive(.failed(describe(error)))
        }
    }

    private func run() throws {
        try terminal.start()
        ascii = ascii || terminal.drawsAmbiguousWide
        defer {
            terminal.stop()
            lock?.release()
            // Where the answers are, once the screen is back to the shell.
            if let path = state.assessment?.path { print(state.text(.sessionClosed, path)) }
        }
        draw()
        while true {
            if terminal.takeSignal() != nil {
                // SIGTERM, SIGHUP (a closed SSH session), SIGQUIT, SIGINT from
                // outside: every answer is normally on disk already; one last
                // save covers a position change. If the answers cannot be saved,
                // a recovery copy keeps them, and the message says where.
                saveAndCloseJournal()
                if let unsaved = unsavedOnExit() { throw unsaved }
                return
            }
            guard var key = terminal.readKey(timeout: 100) else {
                if journaling.wantsFold {
                    save(whole: true)
                    if state.saveError != nil { draw() }
                }
                pollLock()
                continue
            }
            if key == .resize { draw(); continue }
            // Below the minimum size the screen shows only "please enlarge":
            // a key that acted there would act unseen. Only quit does.
            if isBlind && !PendingKeys.actsWhenBlind(key, state) { continue }
            state.now = Clock.now()
            state.today = Clock.today()
            state.size = terminal.size
            // A paste arrives as a burst of keys: typed into a prompt, they are
            // taken together and drawn once, not once per character.
            while state.prompt != nil, case .character = key, let next = terminal.readKey(timeout: 0) {
                _ = WizardUpdate.handle(key, &state)
                key = next
                if key == .resize { break }
            }
            if perform(WizardUpdate.handle(key, &state)) { return }
            draw()
        }
    }

    /// Runs the effects of one change, the same for the curses screen and the
    /// plain front (WizardApp+Plain); true when the wizard is to end.
    func perform(_ effects: [Effect]) -> Bool {
        for effect in effects {
            switch effect {
            case .save: save()
            case .retrySave: save(force: true)
            case let .saveAs(path): saveAs(path)
            case .quit:
                saveAndCloseJournal()
                // Unsaved answers are never dropped without asking.
                if WizardUpdate.mayQuit(state) { return true }
                receive(.quitRefused)
            case .discardAndQuit:
                return true
            case .takeOver: takeOver()
            case let .restoreRecovery(path): restore(path)
            case let .deleteRecovery(path):
                if unlink(path) == 0 { receive(.recoveryDeleted) }
            case .closeSession: closeSession()
            case let .writeReport(format, path, replace):
                guard let a = state.assessment else { break }
                WizardUpdate.receive(SessionActions.writeReport(format, to: path, replace: replace, assessment: a, today: state.today), &state)
            case let .followUp(path, copy):
                do {
                    let created = try SessionActions.followUp(of: path, copyAnswers: copy, folder: folder, library: library, today: state.today, now: state.now, text: state.text)
                    try open(path: created, explicitQuestionnaire: nil, arrival: .followUp)
                } catch {
                    WizardUpdate.receive(.failed(describe(error)), &state)
                }
            case let .renameSession(path, name):
                listChanged(SessionActions.rename(path, to: name, text: state.text), { state.text(.renamed, $0) })
            case let .archiveSession(path):
                listChanged(SessionActions.archive(path, text: state.text), { state.text(.archived, $0) })
            case let .deleteSession(path):
                listChanged(SessionActions.delete(path, text: state.text), { state.text(.deleted, $0) })
            case .suspend: terminal.suspend()
            case let .open(path):
                saveAndCloseJournal()
                do { try open(path: path, explicitQuestionnaire: nil) } catch { receive(.openFailed(describe(error))) }
            case let .create(profile, model):
                create(profile: profile, model: model)
            }
        }
        return false
    }

    /// After a change to the session list: the list read again, the outcome said.
    private func listChanged(_ result: Result<String, ActionError>, _ say: (String) -> String) {
        switch result {
        case let .success(path):
            let sessions = SessionFolder.catalog(folder, library: library, language: state.language)
            WizardUpdate.receive(.sessionsChanged(sessions, select: path, message: say(path)), &state)
        case let .failure(error):
            WizardUpdate.receive(.failed(error.message), &state)
        }
    }

    /// Back to the list: the session is saved and its lock released; the
    /// list is read again so the session shows its new state.
    private func closeSession() {
        saveAndCloseJournal()
        guard state.saveError == nil, let path = state.assessment?.path else { return }
        releaseLock()
        if state.models.count < 2 { try? loadModels() }
        receive(.closed(sessions: SessionFolder.catalog(folder, library: library, language: state.language), path: path))
    }

    private var isBlind: Bool {
        let size = terminal.size
        return size.rows < WizardView.minimumSize.rows || size.cols < WizardView.minimumSize.cols
    }

    /// Leaving on a signal with answers that could not be saved: they go to
    /// a recovery copy (beside the session, which the next open offers; else
    /// in the sessions folder or the temporary folder), and the error names it.
    private func unsavedOnExit() -> SaveError? {
        guard let a = state.assessment, let problem = state.saveError, state.readOnly == nil else { return nil }
        let bytes = SessionStore.render(a.session, questionnaire: a.questionnaire)
        let base = AtomicFile.baseName(of: a.path)
        let places = [a.path] + [folder, FileManager.default.temporaryDirectory.path].map { $0 + "/" + base }
        for place in places {
            for name in SessionFolder.recoveryNames(of: place) {
                do {
                    try AtomicFile.write(bytes, to: name, expecting: .absent, mode: AtomicFile.privateMode)
                    return SaveError(path: a.path, reason: .worded(state.text(place == a.path ? .unsavedKeptOffered : .unsavedKept, problem, name)))
                } catch {
                    if error.cause != .exists { break }
                }
            }
        }
        return SaveError(path: a.path, reason: .worded(state.text(.unsavedLost, problem)))
    }

    /// y on the recovery offer: its answers replace the open ones and are saved; the copy goes once they are on disk.
    private func restore(_ copy: String) {
        guard let a = state.assessment else { return }
        do {
            let raw = try SessionStore.loadUnchecked(path: copy)
            receive(.recoveryRead(try SessionReconciler.reconcile(raw, with: a.questionnaire, file: copy).session))
            save()
            if state.saveError == nil {
                unlink(copy)
                receive(.recoveryLoaded)
            }
        } catch {
            receive(.failed(describe(error)))
        }
    }

    private func draw() {
        let (grid, cursor) = WizardView.render(state, size: terminal.size)
        terminal.present(ascii ? grid.asciiOnly() : grid, cursor: cursor)
    }

    /// Saves a change: into the journal when it can (the file as we last
    /// wrote it, no failure pending), else — and when `whole` — the file
    /// whole, when the bytes changed. A failure is shown and kept in memory;
    /// the next change (or r) tries again, w saves elsewhere. A file that
    /// another program replaced or edited is not overwritten unless the user
    /// says so (r) — checked at the very end of the save, not before it.
    private func save(force: Bool = false, whole: Bool = false) {
        guard let a = state.assessment, state.readOnly == nil else { return }
        receive(.saved(write(a, force: force, whole: whole)))
    }

    private func write(_ a: Assessment, force: Bool = false, whole: Bool = false) -> SaveResult {
        let current = FileIdentity(path: a.path)
        if !force && !whole && state.saveError == nil, let expected = lastWritten, current == expected,
           journaling.record(a.session) {
            return .journaled
        }
        let bytes = SessionStore.render(a.session, questionnaire: a.questionnaire)
        if bytes == lastSaved && state.saveError == nil && current != nil {
            journaling.folded(bytes, session: a.session)
            return .unchanged
        }
        let expecting: SaveExpectation = force ? .anything : lastWritten.map { .unchanged($0) } ?? .absent
        do {
            try journaling.folding(bytes)
            lastWritten = try AtomicFile.write(bytes, to: a.path, expecting: expecting)
            journaling.folded(bytes, session: a.session)
            let recreated = lastWritten != nil && current == nil && lastSaved != nil
            lastSaved = bytes
            return recreated ? .recreated : .written
        } catch {
            return error.cause == .changedOnDisk ? .replacedOnDisk : .failed(error.reason)
        }
    }

    private func saveAs(_ path: String) {
        guard state.assessment != nil else { return }
        if FileManager.default.fileExists(atPath: path) { return receive(.saveAsExists(path: path)) }
        // The old file gets every change so far, as it did when each was written whole.
        saveAndCloseJournal()
        guard var a = state.assessment else { return }
        a.path = path
        lastSaved = nil
        lastWritten = nil
        let result = write(a)
        var readOnly: ReadOnlyReason?
        if case .written = result {
            readOnly = takeLock(path)
            if journals, readOnly == nil, let bytes = lastSaved { journaling.start(path: path, fileBytes: bytes, session: a.session) }
        }
        receive(.savedAs(path: path, result, readOnly: readOnly))
    }

    private func create(profile: Profile, model: Int) {
        guard let q = state.models[safe: model] else { return }
        let path = pendingPath ?? SessionFolder.newSessionPath(in: folder, model: q.id, date: profile.date)
        do {
            if pendingPath == nil { try SessionFolder.ensure(folder, text: state.text) }
            var session = Session(questionnaire: QuestionnaireReference(q), profile: profile, createdAt: state.now)
            session.position = q.criteria.first?.id
            let written = try SessionStore.create(session, questionnaire: q, at: path)
            pendingPath = nil
            let bytes = SessionStore.render(session, questionnaire: q)
            lastSaved = bytes
            lastWritten = written
            let readOnly = takeLock(path)
            if journals && readOnly == nil { journaling.start(path: path, fileBytes: bytes, session: session) } else { journaling.stop() }
            receive(.opened(OpenedAssessment(assessment: Assessment(questionnaire: q, session: session, path: path), arrival: .created, readOnly: readOnly)))
        } catch {
            receive(.openFailed(describe(error)))
        }
    }

    /// An error in the catalog's words, as the CLI says it.
    func describe(_ error: Error) -> String {
        switch error {
        case let error as LoadError: return ProblemWords.describe(error, state.text.c)
        case let error as SaveError: return ProblemWords.describe(error, state.text.c)
        default: return "\(error)"
        }
    }
}

