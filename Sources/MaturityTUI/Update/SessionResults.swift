import MaturityCore

/// A session the runner read (or created), with what reading it found.
public struct OpenedAssessment: Sendable {
    /// How the wizard comes to open it, which decides where it opens.
    public enum Arrival: Sendable, Equatable {
        /// From a file: where the file says the wizard stood, else the first gap.
        case resumed
        /// Just created from the profile form: the first criterion.
        case created
        /// A follow-up just created from a saved session (its path).
        case followUp
        /// Read again after another wizard let go: the criterion shown before, when it still exists.
        case takenOver(current: Int)
    }

    public var assessment: Assessment
    public var arrival: Arrival
    /// Set when another wizard holds the session: it opens read-only.
    public var readOnly: ReadOnlyReason?
    /// A copy of unsaved answers from an earlier run beside the session.
    public var recoveryCopy: String?
    /// The questionnaire changed since the session was saved: criteria dropped and added.
    public var migrated: (dropped: [String], added: [String])?
    /// The baseline of a follow-up could not be read (the session opens all the same).
    public var baselineProblem: LoadError?
    /// A journal left for another version of the file, not applied.
    public var staleJournal: StaleJournal?

    public init(assessment: Assessment, arrival: Arrival, readOnly: ReadOnlyReason? = nil, recoveryCopy: String? = nil,
                migrated: (dropped: [String], added: [String])? = nil, baselineProblem: LoadError? = nil) {
        self.assessment = assessment
        self.arrival = arrival
        self.readOnly = readOnly
        self.recoveryCopy = recoveryCopy
        self.migrated = migrated
        self.baselineProblem = baselineProblem
    }
}

/// A journal found beside a session but written for another version of
/// its file (replaced since by another program): its changes are not applied.
public enum StaleJournal: Sendable, Equatable {
    /// Kept under this new name; journaling goes on.
    case setAside(String)
    /// Could not be renamed: left at this path, and every change is written whole.
    case leftStale(String)
}

/// What a save came to.
public enum SaveResult: Sendable, Equatable {
    /// Recorded in the session's journal; the file is written whole when the keys pause.
    case journaled
    case written
    /// Written again after the file had gone (deleted under the wizard).
    case recreated
    /// Nothing had changed.
    case unchanged
    /// Not written: the reason (worded by the update in the interface's
    /// language), or that another program replaced or edited the file.
    case failed(SaveProblem)
    case replacedOnDisk
}
