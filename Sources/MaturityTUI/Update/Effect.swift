import MaturityCore
import MaturityPresentation

/// Work the update asks the runner to do outside the pure state change.
public enum Effect: Equatable, Sendable {
    /// Write the session now (every change is saved at once).
    case save
    /// Write again after a failure, replacing the file even if another
    /// program changed it (the user chose to, with r).
    case retrySave
    /// Write the session to another path (after a failed save).
    case saveAs(String)
    /// Quit: the runner saves first, and asks (`GuardQuestion.quitUnsaved`)
    /// instead of quitting when that save fails.
    case quit
    /// Close the open session and go back to the list of sessions.
    case closeSession
    /// Quit without saving: the user chose to discard unsaved answers.
    case discardAndQuit
    /// Read-only, the lock is free and ours: re-read the file and edit.
    case takeOver
    /// Load the recovery copy into the open session, or delete it.
    case restoreRecovery(path: String)
    case deleteRecovery(path: String)
    case suspend
    /// Open a saved session from the start screen.
    case open(path: String)
    /// Write a report; an existing file only when `replace` (the user confirmed).
    case writeReport(ReportFormat, path: String, replace: Bool)
    /// A follow-up assessment of a saved session, linked to it as its baseline.
    case followUp(path: String, copyAnswers: Bool)
    case renameSession(path: String, to: String)
    case archiveSession(path: String)
    case deleteSession(path: String)
    /// Create a new session for the model at this index of `models`.
    case create(profile: Profile, model: Int)
}

/// What became of an effect, fed back into the update by the runner so that
/// what the user sees next is decided (and tested) in one pure place.
public enum Outcome: Sendable {
    case reportWritten(path: String)
    case reportExists(ReportFormat, path: String)
    /// The session list after a change to it, the selection on `select`.
    case sessionsChanged([SessionSummary], select: String?, message: String)
    case failed(String)
    /// The built-in models read (or, opening a file, only its own).
    case modelsLoaded([Questionnaire])
    /// The start: the saved sessions, or none (straight to choosing a model).
    case started(sessions: [SessionSummary])
    /// `ccmm open` of a file that does not exist yet: the profile form for this model.
    case creating(Questionnaire)
    /// A session read from disk, or just created, to open.
    case opened(OpenedAssessment)
    /// Opening or creating failed; the reason in the interface's words.
    case openFailed(String)
    case saved(SaveResult)
    /// Saved under another name (after a failed save), or refused because that file exists.
    /// `readOnly` when another wizard took the new file's lock first.
    case savedAs(path: String, SaveResult, readOnly: ReadOnlyReason?)
    case saveAsExists(path: String)
    /// Back on the list after closing this session.
    case closed(sessions: [SessionSummary], path: String)
    /// Read-only, and the other wizard has let go: the lock is ours, taking over is offered.
    case lockFreed
    /// The answers of a recovery copy, to replace the open ones (saved next).
    case recoveryRead(Session)
    case recoveryLoaded
    case recoveryDeleted
    /// Quit was asked for but the answers are not on disk.
    case quitRefused
}
