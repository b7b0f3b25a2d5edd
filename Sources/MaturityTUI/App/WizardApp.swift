import Foundation
#if canImport(Glibc)
import Glibc
#endif
import MaturityCore
import MaturityPresentation
import TerminalUI

/// Runs the wizard: the only place that touches the terminal (through a
/// `TerminalScreen`: ncurses, or in tests one in memory) and the disk (through `SessionStore`). Each key is handled,
/// its effects run — the session is saved before the next key is read — and
/// the frame is drawn.
@MainActor
public final class WizardApp {
    private let terminal: TerminalScreen
    /// Borders and marks in ASCII: asked for (--ascii), or the locale widens them.
    private var ascii: Bool
    var state: WizardState
    let library: QuestionnaireLibrary
    let folder: String
    private var languageFixed: Bool
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
        self.languageFixed = languageFixed
    }

    /// The start screen: saved sessions, or straight to "new" when there are none.
    public func runStart() throws {
        journals = true
        try loadModels()
        state.sessions = SessionFolder.catalog(folder, library: library, language: state.language)
        state.screen = state.sessions.isEmpty ? .pickModel(selection: 0) : .start(selection: state.sessions.isEmpty ? 0 : 1)
        try run()
    }

    /// Opens a session file, or creates it after the profile form.
    public func runOpen(path: String, questionnaire: String?) throws {
        journals = true
        if FileManager.default.fileExists(atPath: path) {
            // An existing session needs only its own questionnaire; decoding
            // every built-in model first (and its own twice) took 2/3 of the start-up.
            try open(path: path, explicitQuestionnaire: questionnaire)
            if let q = state.assessment?.questionnaire { state.models = [q] }
        } else {
            try loadModels()
            let q = try questionnaire.map { try library.load($0) } ?? models.first ?? library.load(QuestionnaireLibrary.defaultID)
            if !state.models.contains(where: { $0.id == q.id }) { state.models.insert(q, at: 0) }
            pendingPath = path
            state.screen = .profile(ProfileForm(questionnaire: q, today: state.today, language: state.language))
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
            throw LoadError(problems.isEmpty ? [Problem(file: library.origin, location: "$", message: state.text.c(.noQuestionnaires, ""))] : problems)
        }
        state.models = loaded
    }

    func open(path: String, explicitQuestionnaire: String?) throws {
        // The lock first, then the read: what is read is what nobody else is changing.
        takeLock(path)
        do {
            try read(path: path, explicitQuestionnaire: explicitQuestionnaire)
        } catch {
            releaseLock()
            throw error
        }
        if state.readOnly == nil {
            SessionStore.removeStaleTemporaries(of: path)
            if let copy = SessionFolder.recoveryCopies(of: path).first { state.question = .restoreRecovery(path: copy) }
        }
    }

    private func read(path: String, explicitQuestionnaire: String?) throws {
        let identity = FileIdentity(path: path)
        // The file with the journal a killed wizard may have left beside it.
        let recovered = try SessionJournal.recover(path: path)
        let questionnaire = try library.load(explicitQuestionnaire ?? recovered.session.questionnaire.id)
        let opened = try OpenedSession.open(recovered.session, at: path, with: questionnaire)
        let (q, reconciliation, session) = (opened.questionnaire, opened.reconciliation, opened.session)
        if !languageFixed { state.text = UIText(session.profile.language) }
        state.assessment = Assessment(questionnaire: q, session: session, path: path)
        // A follow-up shows how the baseline's actions turned out; a baseline
        // that cannot be read is said, and the session opens all the same.
        do {
            state.assessment?.baselineActions = try BaselineLink.load(for: session, sessionPath: path)?.actions ?? []
        } catch {
            state.message = describe(error)
        }
        // Where the wizard stood; a session made elsewhere (an import) starts at its first gap.
        state.current = session.position.flatMap { q.criterionIndex[$0] }
            ?? q.criteria.firstIndex { !session.isComplete($0) } ?? 0
        // The first unanswered question of that criterion, so a session cut off
        // between method and execution carries on where it stopped.
        state.focus = q.criteria[safe: state.current]?.questions.firstIndex { session.answer(q.criteria[state.current].id, $0.angle) == nil } ?? 0
        state.screen = .criterion
        if recovered.stale && state.readOnly == nil {
            // Changes journaled for a file another program has since replaced: not
            // applied (they belong to another version), never folded away either.
            if let aside = SessionJournal.setAside(session: path, now: state.now) {
                state.message = state.text.c(.journalSetAside, aside)
            } else {
                state.message = state.text.c(.journalLeftStale, SessionJournal.path(for: path))
            }
        }
        if reconciliation.hasChanges {
            state.message = state.text(.migrated) + (reconciliation.dropped.isEmpty ? "" : " −\(reconciliation.dropped.joined(separator: ","))")
                + (reconciliation.added.isEmpty ? "" : " +\(reconciliation.added.joined(separator: ","))")
        }
        lastSaved = SessionStore.render(session, questionnaire: q)
        // The identity from before the read: a change made while reading is caught at the next save.
        lastWritten = identity
        startJournal(path, recovered: recovered, session: session)
    }

    /// Journaling for the session just opened, when this wizard may write it. A
    /// journal left behind by a crash is folded into the file first; if that
    /// fails it stays as it is (nothing lost) and every change is written whole.
    private func startJournal(_ path: String, recovered: SessionJournal.Recovered, session: Session) {
        guard journals, state.readOnly == nil, !(recovered.stale && FileIdentity(path: SessionJournal.path(for: path)) != nil) else {
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

    /// One writer per session; a second wizard opens it read-only.
    private func takeLock(_ path: String) {
        releaseLock()
        switch SessionLock.acquire(session: path, holder: .current(since: state.now)) {
        case let .acquired(taken): lock = taken
        case let .readOnly(reason):
            state.readOnly = state.text.readOnly(reason)
            state.message = state.readOnly
            waitingFor = reason
        case .unavailable: break
        }
    }

    private func releaseLock() {
        lock?.release()
        lock = nil
        state.readOnly = nil
        state.takeOverOffered = false
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
        state.takeOverOffered = true
        state.message = nil
        draw()
    }

    /// t after the offer: re-read the file (the other wizard's answers) and edit.
    private func takeOver() {
        guard let a = state.assessment, lock != nil, state.takeOverOffered else { return }
        do {
            let current = state.current
            try read(path: a.path, explicitQuestionnaire: a.questionnaire.id == a.session.questionnaire.id ? nil : a.questionnaire.id)
            if state.assessment?.questionnaire.criteria.indices.contains(current) == true { state.current = current }
            state.readOnly = nil
            state.takeOverOffered = false
            waitingFor = nil
            state.message = state.text(.tookOver)
        } catch {
            state.message = describe(error)
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
                guard state.saveError != nil, state.assessment != nil, state.readOnly == nil else { return true }
                state.question = .quitUnsaved
            case .discardAndQuit:
                return true
            case .takeOver: takeOver()
            case let .restoreRecovery(path): restore(path)
            case let .deleteRecovery(path):
                if unlink(path) == 0 { state.message = state.text(.recoveryDeleted) }
            case .closeSession: closeSession()
            case let .writeReport(format, path, replace):
                guard let a = state.assessment else { break }
                WizardUpdate.receive(SessionActions.writeReport(format, to: path, replace: replace, assessment: a, today: state.today), &state)
            case let .followUp(path, copy):
                do {
                    let created = try SessionActions.followUp(of: path, copyAnswers: copy, folder: folder, library: library, today: state.today, now: state.now, text: state.text)
                    try open(path: created, explicitQuestionnaire: nil)
                    state.message = state.text(.followUpCreated, created)
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
                do { try open(path: path, explicitQuestionnaire: nil) } catch { state.message = describe(error) }
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
        state.assessment = nil
        state.history = AnswerHistory()
        state.message = nil
        if state.models.count < 2 { try? loadModels() }
        state.sessions = SessionFolder.catalog(folder, library: library, language: state.language)
        let index = state.sessions.firstIndex { $0.path == path }.map { $0 + 1 } ?? 0
        state.screen = .start(selection: index)
        state.message = state.text(.sessionClosed, path)
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
        let places = [a.path] + [folder, NSTemporaryDirectory()].map { $0 + "/" + base }
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
            let session = try SessionReconciler.reconcile(raw, with: a.questionnaire, file: copy).session
            state.assessment = Assessment(questionnaire: a.questionnaire, session: session, path: a.path, counting: a.counting)
            state.assessment?.session.position = a.session.position
            save()
            if state.saveError == nil {
                unlink(copy)
                state.message = state.text(.recoveryLoaded)
            }
        } catch {
            state.message = describe(error)
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
        let current = FileIdentity(path: a.path)
        if !force && !whole && state.saveError == nil, let expected = lastWritten, current == expected,
           journaling.record(a.session) {
            return
        }
        let bytes = SessionStore.render(a.session, questionnaire: a.questionnaire)
        if bytes == lastSaved && state.saveError == nil && current != nil {
            journaling.folded(bytes, session: a.session)
            return
        }
        let expecting: SaveExpectation = force ? .anything : lastWritten.map { .unchanged($0) } ?? .absent
        do {
            try journaling.folding(bytes)
            lastWritten = try AtomicFile.write(bytes, to: a.path, expecting: expecting)
            journaling.folded(bytes, session: a.session)
            if lastWritten != nil && current == nil && lastSaved != nil { state.message = state.text(.fileRecreated) }
            lastSaved = bytes
            state.saveError = nil
        } catch {
            state.saveError = error.cause == .changedOnDisk ? state.text(.fileReplaced) : ProblemWords.reason(error.reason, state.text.c)
        }
    }

    private func saveAs(_ path: String) {
        guard var a = state.assessment else { return }
        if FileManager.default.fileExists(atPath: path) {
            state.message = state.text(.exists, path)
            return
        }
        // The old file gets every change so far, as it did when each was written whole.
        saveAndCloseJournal()
        let old = a.path
        a.path = path
        state.assessment = a
        state.saveError = nil
        lastSaved = nil
        lastWritten = nil
        save()
        if state.saveError != nil {
            state.assessment?.path = old
        } else {
            takeLock(path)
            if journals, state.readOnly == nil, let bytes = lastSaved, let session = state.assessment?.session {
                journaling.start(path: path, fileBytes: bytes, session: session)
            }
            state.message = state.text(.savedTo, path)
        }
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
            if !languageFixed { state.text = UIText(profile.language) }
            state.assessment = Assessment(questionnaire: q, session: session, path: path)
            let bytes = SessionStore.render(session, questionnaire: q)
            lastSaved = bytes
            lastWritten = written
            takeLock(path)
            if journals && state.readOnly == nil { journaling.start(path: path, fileBytes: bytes, session: session) } else { journaling.stop() }
            state.current = 0
            state.focus = 0
            state.screen = .criterion
        } catch {
            if case var .profile(form) = state.screen {
                form.error = describe(error)
                state.screen = .profile(form)
            }
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

