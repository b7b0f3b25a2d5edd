/// The earlier assessment a session follows up (its `baseline` member).
public enum BaselineLink {
    /// The baseline's path: absolute as written, or relative to the session file's folder.
    public static func path(_ baseline: String, sessionPath: String) -> String {
        if baseline.hasPrefix("/") { return baseline }
        let folder = sessionPath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return (folder.isEmpty ? "." : folder) + "/" + baseline
    }

    /// The baseline session of `session`, read as it is (its own questionnaire
    /// version does not matter: its actions are checked against this one's
    /// answers). Nil when the session names no baseline.
    public static func load(for session: Session, sessionPath: String) throws(LoadError) -> Session? {
        guard let baseline = session.baseline else { return nil }
        return try SessionJournal.recover(path: path(baseline, sessionPath: sessionPath)).session
    }
}
