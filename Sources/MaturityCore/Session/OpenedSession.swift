/// A session file opened with its questionnaire and matched to it: the one
/// way every command and the wizard open a session, so that a session
/// answered against another version is always carried over the same way.
public struct OpenedSession: Sendable {
    public var session: Session
    public var questionnaire: Questionnaire
    public var reconciliation: Reconciliation
    public var path: String

    /// Reads `path`, loads the questionnaire it names (or `explicit`, an id or
    /// a file) from `library`, and reconciles the two.
    public static func open(_ path: String, questionnaire explicit: String? = nil, library: QuestionnaireLibrary) throws(LoadError) -> OpenedSession {
        // With the journal a killed wizard may have left beside it.
        let raw = try SessionJournal.recover(path: path).session
        let q = try library.load(explicit ?? raw.questionnaire.id)
        return try open(raw, at: path, with: q)
    }

    /// Reconciles a session already read with a questionnaire already loaded.
    public static func open(_ raw: Session, at path: String, with q: Questionnaire) throws(LoadError) -> OpenedSession {
        let reconciliation = try SessionReconciler.reconcile(raw, with: q, file: path)
        return OpenedSession(session: reconciliation.session, questionnaire: q, reconciliation: reconciliation, path: path)
    }
}
