import MaturityCore

/// Work the update asks the runner to do outside the pure state change.
public enum Effect: Equatable, Sendable {
    /// Write the session now (every change is saved at once).
    case save
    /// Write again after a failure, replacing the file even if another
    /// program changed it (the user chose to, with r).
    case retrySave
    /// Write the session to another path (after a failed save).
    case saveAs(String)
    case quit
    /// Close the open session and go back to the list of sessions.
    case closeSession
    case suspend
    /// Open a saved session from the start screen.
    case open(path: String)
    /// Create a new session for the model at this index of `models`.
    case create(profile: Profile, model: Int)
}
