import MaturityCore
import MaturityPresentation

/// What the runner's work on session files leads to on screen: where an
/// opened session starts, what a save, a failed save or fold, or a journal
/// set aside shows, the list after closing. Pure, so every case is tested
/// without a terminal or a disk.
enum SessionOutcomes {
    static func receive(_ outcome: Outcome, _ state: inout WizardState) {
        switch outcome {
        case let .modelsLoaded(models):
            state.models = models
        case let .started(sessions):
            state.sessions = sessions
            state.screen = sessions.isEmpty ? .pickModel(selection: 0) : .start(selection: 1)
        case let .creating(q):
            if !state.models.contains(where: { $0.id == q.id }) { state.models.insert(q, at: 0) }
            state.screen = .profile(ProfileForm(questionnaire: q, today: state.today, language: state.language))
        case let .opened(opened):
            open(opened, &state)
        case let .openFailed(reason):
            if case var .profile(form) = state.screen {
                form.error = reason
                state.screen = .profile(form)
            } else {
                state.message = reason
            }
        case let .saved(result):
            saved(result, &state)
        case let .savedAs(path, result, readOnly):
            saved(result, &state)
            if state.saveError == nil {
                state.assessment?.path = path
                state.message = state.text(.savedTo, path)
                // Another wizard had the new file first: written, then read-only like any held session.
                if let readOnly {
                    state.readOnly = state.text.readOnly(readOnly)
                    state.message = state.readOnly
                }
            }
        case let .saveAsExists(path):
            state.message = state.text(.exists, path)
        case let .closed(sessions, path):
            state.assessment = nil
            state.readOnly = nil
            state.takeOverOffered = false
            state.history = AnswerHistory()
            state.sessions = sessions
            state.screen = .start(selection: sessions.firstIndex { $0.path == path }.map { $0 + 1 } ?? 0)
            state.message = state.text(.sessionClosed, path)
        case .lockFreed:
            state.takeOverOffered = true
            state.message = nil
        case let .recoveryRead(session):
            guard let a = state.assessment else { return }
            // The copy's answers, the wizard where it stands.
            state.assessment = Assessment(questionnaire: a.questionnaire, session: session, path: a.path, counting: a.counting)
            state.assessment?.session.position = a.session.position
        case .recoveryLoaded:
            state.message = state.text(.recoveryLoaded)
        case .recoveryDeleted:
            state.message = state.text(.recoveryDeleted)
        case .quitRefused:
            state.question = .quitUnsaved
        case .reportWritten, .reportExists, .sessionsChanged, .failed:
            QuestionKeys.receive(outcome, &state)
        }
    }

    /// Where an opened session starts and what is said about it.
    static func open(_ opened: OpenedAssessment, _ state: inout WizardState) {
        let a = opened.assessment
        let q = a.questionnaire
        let session = a.session
        if !state.languageFixed { state.text = UIText(session.profile.language) }
        state.assessment = a
        state.history = AnswerHistory()
        state.screen = .criterion
        state.question = nil
        state.message = nil
        // Nothing of a session just read or created is only in memory.
        state.saveError = nil
        state.readOnly = opened.readOnly.map(state.text.readOnly)
        state.takeOverOffered = false
        switch opened.arrival {
        case .created:
            state.current = 0
        case let .takenOver(current) where q.criteria.indices.contains(current):
            state.current = current
        case .resumed, .followUp, .takenOver:
            // Where the wizard stood; a session made elsewhere (an import) starts at its first gap.
            state.current = session.position.flatMap { q.criterionIndex[$0] } ?? q.criteria.firstIndex { !session.isComplete($0) } ?? 0
        }
        // The first unanswered question of that criterion, so a session cut off
        // between method and execution carries on where it stopped.
        state.focus = q.criteria[safe: state.current]?.questions.firstIndex { session.answer(q.criteria[state.current].id, $0.angle) == nil } ?? 0
        state.highlight = nil
        var notes: [String] = []
        if let readOnly = state.readOnly { notes.append(readOnly) }
        if let problem = opened.baselineProblem { notes.append(ProblemWords.describe(problem, state.text.c)) }
        switch opened.staleJournal {
        case let .setAside(aside): notes.append(state.text.c(.journalSetAside, aside))
        case let .leftStale(journal): notes.append(state.text.c(.journalLeftStale, journal))
        case nil: break
        }
        if let migrated = opened.migrated {
            notes.append(state.text(.migrated) + (migrated.dropped.isEmpty ? "" : " −\(migrated.dropped.joined(separator: ","))")
                + (migrated.added.isEmpty ? "" : " +\(migrated.added.joined(separator: ","))"))
        }
        switch opened.arrival {
        case .followUp: notes.append(state.text(.followUpCreated, a.path))
        case .takenOver: notes = [state.text(.tookOver)]
        case .resumed, .created: break
        }
        state.message = notes.last
        // Unsaved answers from an earlier run are offered, unless another wizard has the session.
        if state.readOnly == nil, let copy = opened.recoveryCopy { state.question = .restoreRecovery(path: copy) }
    }

    static func saved(_ result: SaveResult, _ state: inout WizardState) {
        switch result {
        case .journaled, .written, .unchanged:
            state.saveError = nil
        case .recreated:
            state.saveError = nil
            state.message = state.text(.fileRecreated)
        case let .failed(problem):
            state.saveError = ProblemWords.reason(problem, state.text.c)
        case .replacedOnDisk:
            state.saveError = state.text(.fileReplaced)
        }
    }
}
