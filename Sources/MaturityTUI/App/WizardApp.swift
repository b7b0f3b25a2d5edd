import Foundation
import MaturityCore
import TerminalUI

/// Runs the wizard: the only place that touches the terminal (through
/// `Terminal`) and the disk (through `SessionStore`). Each key is handled,
/// its effects run — the session is saved before the next key is read — and
/// the frame is drawn.
@MainActor
public final class WizardApp {
    private let terminal = Terminal()
    private var state: WizardState
    private let library: QuestionnaireLibrary
    private let folder: String
    private var languageFixed: Bool
    private var lastSaved: [UInt8]?
    /// The file as we last wrote (or read) it, to notice another program's changes.
    private var lastWritten: FileIdentity?
    private var lock: SessionLock?
    /// Each change durably in the session's journal before it is drawn; the file written whole when quiet.
    private let journaling = SaveJournal()

    public init(language: Language, languageFixed: Bool, library: QuestionnaireLibrary, folder: String) {
        self.state = WizardState(language: language, today: Clock.today(), now: Clock.now())
        self.library = library
        self.folder = folder
        self.languageFixed = languageFixed
    }

    /// The start screen: saved sessions, or straight to "new" when there are none.
    public func runStart() throws {
        try loadModels()
        state.sessions = SessionFolder.catalog(folder, library: library, language: state.language)
        state.screen = state.sessions.isEmpty ? .pickModel(selection: 0) : .start(selection: state.sessions.isEmpty ? 0 : 1)
        try run()
    }

    /// Opens a session file, or creates it after the profile form.
    public func runOpen(path: String, questionnaire: String?) throws {
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
    private var pendingPath: String?

    private func loadModels() throws {
        var loaded: [Questionnaire] = []
        var problems: [Problem] = []
        for entry in library.builtIns() {
            do { loaded.append(try entry.load()) } catch { problems += error.problems }
        }
        if loaded.isEmpty {
            throw LoadError(problems.isEmpty ? [Problem(file: library.origin, location: "$", message: "no questionnaires found; set CCMM_QUESTIONNAIRES")] : problems)
        }
        state.models = loaded
    }

    private func open(path: String, explicitQuestionnaire: String?) throws {
        let recovered = try SessionJournal.recover(path: path)
        let raw = recovered.session
        let q = try library.load(explicitQuestionnaire ?? raw.questionnaire.id)
        let reconciliation = try SessionReconciler.reconcile(raw, with: q, file: path)
        let session = reconciliation.session
        if !languageFixed { state.text = UIText(session.profile.language) }
        state.assessment = Assessment(questionnaire: q, session: session, path: path)
        // A follow-up shows how the baseline's actions turned out; a baseline
        // that cannot be read is said, and the session opens all the same.
        do {
            state.assessment?.baselineActions = try BaselineLink.load(for: session, sessionPath: path)?.actions ?? []
        } catch {
            state.message = error.description
        }
        // Where the wizard stood; a session made elsewhere (an import) starts at its first gap.
        state.current = session.position.flatMap { q.criterionIndex[$0] }
            ?? q.criteria.firstIndex { !session.isComplete($0) } ?? 0
        // The first unanswered question of that criterion, so a session cut off
        // between method and execution carries on where it stopped.
        state.focus = q.criteria[safe: state.current]?.questions.firstIndex { session.answer(q.criteria[state.current].id, $0.angle) == nil } ?? 0
        state.screen = .criterion
        if reconciliation.hasChanges {
            state.message = state.text.migrated + (reconciliation.dropped.isEmpty ? "" : " −\(reconciliation.dropped.joined(separator: ","))")
                + (reconciliation.added.isEmpty ? "" : " +\(reconciliation.added.joined(separator: ","))")
        }
        lastSaved = SessionStore.render(session, questionnaire: q)
        lastWritten = FileIdentity(path: path)
        takeLock(path)
        startJournal(path, recovered: recovered, session: session)
    }

    /// Journaling for the session just opened, when this wizard may write it. A
    /// journal left behind by a crash is folded into the file first; if that
    /// fails it stays as it is (nothing lost) and every change is written whole.
    private func startJournal(_ path: String, recovered: SessionJournal.Recovered, session: Session) {
        guard state.readOnly == nil else { return journaling.stop() }
        journaling.start(path: path, fileBytes: recovered.fileBytes, session: session)
        guard recovered.journalFound else { return }
        lastSaved = nil
        save(whole: true)
        if state.saveError == nil { journaling.removeFile() } else { journaling.stop() }
    }

    /// Everything into the session file, and the journal gone (quit, another session, save as).
    private func saveAndCloseJournal() {
        save(whole: true)
        if state.saveError == nil { journaling.close() }
    }

    /// One writer per session; a second wizard opens it read-only.
    private func takeLock(_ path: String) {
        lock?.release()
        lock = nil
        state.readOnly = nil
        switch SessionLock.acquire(session: path, holder: .current(since: state.now)) {
        case let .acquired(taken): lock = taken
        case let .heldBy(holder):
            let who = state.text.lockedBy(user: holder.user, host: holder.host, pid: holder.pid, since: holder.since)
            state.readOnly = who
            state.message = state.text.readOnly(who)
        case .unavailable: break
        }
    }

    private func run() throws {
        try terminal.start()
        defer {
            terminal.stop()
            lock?.release()
            // Where the answers are, once the screen is back to the shell.
            if let path = state.assessment?.path { print(state.text.sessionClosed(path)) }
        }
        draw()
        while true {
            if let signal = Terminal.pendingSignal {
                // SIGTERM, SIGHUP (a closed SSH session), SIGINT: every answer is
                // already on disk; one last save covers a position change.
                Terminal.clearPendingSignal()
                _ = signal
                saveAndCloseJournal()
                return
            }
            guard var key = terminal.readKey(timeout: 100) else {
                if journaling.wantsFold {
                    save(whole: true)
                    if state.saveError != nil { draw() }
                }
                continue
            }
            if key == .resize { draw(); continue }
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
            let effects = WizardUpdate.handle(key, &state)
            for effect in effects {
                switch effect {
                case .save: save()
                case .retrySave: save(force: true)
                case let .saveAs(path): saveAs(path)
                case .quit:
                    saveAndCloseJournal()
                    return
                case .closeSession: closeSession()
                case let .writeReport(format, path, replace):
                    guard let a = state.assessment else { break }
                    WizardUpdate.receive(SessionActions.writeReport(format, to: path, replace: replace, assessment: a, today: state.today), &state)
                case let .followUp(path, copy):
                    do {
                        let created = try SessionActions.followUp(of: path, copyAnswers: copy, folder: folder, library: library, today: state.today, now: state.now)
                        try open(path: created, explicitQuestionnaire: nil)
                        state.message = state.text.followUpCreated(created)
                    } catch {
                        WizardUpdate.receive(.failed(describe(error)), &state)
                    }
                case let .renameSession(path, name):
                    listChanged(SessionActions.rename(path, to: name, text: state.text), state.text.renamed)
                case let .archiveSession(path):
                    listChanged(SessionActions.archive(path, text: state.text), state.text.archived)
                case let .deleteSession(path):
                    listChanged(SessionActions.delete(path, text: state.text), state.text.deleted)
                case .suspend: terminal.suspend()
                case let .open(path):
                    saveAndCloseJournal()
                    do { try open(path: path, explicitQuestionnaire: nil) } catch { state.message = describe(error) }
                case let .create(profile, model):
                    create(profile: profile, model: model)
                }
            }
            draw()
        }
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
        lock?.release()
        lock = nil
        state.readOnly = nil
        state.assessment = nil
        state.history = AnswerHistory()
        state.message = nil
        if state.models.count < 2 { try? loadModels() }
        state.sessions = SessionFolder.catalog(folder, library: library, language: state.language)
        let index = state.sessions.firstIndex { $0.path == path }.map { $0 + 1 } ?? 0
        state.screen = .start(selection: index)
        state.message = state.text.sessionClosed(path)
    }

    private func draw() {
        let (grid, cursor) = WizardView.render(state, size: terminal.size)
        terminal.present(grid, cursor: cursor)
    }

    /// Saves a change: into the journal when it can (the file unchanged since
    /// we wrote it, no failure pending), else — and when `whole` — the file
    /// whole, when the bytes changed. A failure is shown and kept in memory;
    /// the next change (or r) tries again, w saves elsewhere. A file that
    /// another program replaced is not overwritten unless the user says so.
    private func save(force: Bool = false, whole: Bool = false) {
        guard let a = state.assessment, state.readOnly == nil else { return }
        if !force && !whole && state.saveError == nil, let expected = lastWritten, FileIdentity(path: a.path) == expected,
           journaling.record(a.session) {
            return
        }
        let bytes = SessionStore.render(a.session, questionnaire: a.questionnaire)
        if bytes == lastSaved && state.saveError == nil && FileIdentity(path: a.path) != nil {
            journaling.folded(bytes, session: a.session)
            return
        }
        let current = FileIdentity(path: a.path)
        if !force, let expected = lastWritten, let current, current != expected {
            state.saveError = state.text.fileReplaced
            return
        }
        do {
            try journaling.folding(bytes)
            try AtomicFile.write(bytes, to: a.path)
            journaling.folded(bytes, session: a.session)
            if lastWritten != nil && current == nil { state.message = state.text.fileRecreated }
            lastSaved = bytes
            lastWritten = FileIdentity(path: a.path)
            state.saveError = nil
        } catch {
            state.saveError = error.reason
        }
    }

    private func saveAs(_ path: String) {
        guard var a = state.assessment else { return }
        if FileManager.default.fileExists(atPath: path) {
            state.message = state.language == .zh ? "\(path) 已存在，未覆盖" : "\(path) exists; it was not overwritten"
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
            if state.readOnly == nil, let bytes = lastSaved, let session = state.assessment?.session {
                journaling.start(path: path, fileBytes: bytes, session: session)
            }
            state.message = (state.language == .zh ? "已保存到 " : "Saved to ") + path
        }
    }

    private func create(profile: Profile, model: Int) {
        guard let q = state.models[safe: model] else { return }
        let path = pendingPath ?? SessionFolder.newSessionPath(in: folder, model: q.id, date: profile.date)
        do {
            if pendingPath == nil { try SessionFolder.ensure(folder) }
            var session = Session(questionnaire: QuestionnaireReference(q), profile: profile, createdAt: state.now)
            session.position = q.criteria.first?.id
            try SessionStore.create(session, questionnaire: q, at: path)
            pendingPath = nil
            if !languageFixed { state.text = UIText(profile.language) }
            state.assessment = Assessment(questionnaire: q, session: session, path: path)
            let bytes = SessionStore.render(session, questionnaire: q)
            lastSaved = bytes
            lastWritten = FileIdentity(path: path)
            takeLock(path)
            if state.readOnly == nil { journaling.start(path: path, fileBytes: bytes, session: session) } else { journaling.stop() }
            state.current = 0
            state.focus = 0
            state.screen = .criterion
        } catch {
            if case var .profile(form) = state.screen {
                form.error = error.description
                state.screen = .profile(form)
            }
        }
    }

    private func describe(_ error: Error) -> String {
        (error as? LoadError)?.description ?? "\(error)"
    }
}

