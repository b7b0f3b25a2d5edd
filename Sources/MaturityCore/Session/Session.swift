/// The answer to one question of a criterion.
public enum AngleAnswer: Sendable, Equatable {
    case rated(Int)
    /// Not applicable; a written reason is mandatory, so an auditor can judge it.
    case notApplicable(reason: String)

    public var rating: Int? {
        if case let .rated(value) = self { return value }
        return nil
    }

    public var isNotApplicable: Bool {
        if case .notApplicable = self { return true }
        return false
    }
}

/// Everything the assessor said about one criterion.
public struct CriterionAnswer: Sendable, Equatable {
    /// Keyed by angle id; an angle without an entry is unanswered.
    public var ratings: [String: AngleAnswer]
    public var note: String
    public var flagged: Bool
    /// ISO 8601 time of the last change, for audit trails and "last change" lists.
    public var changedAt: String?
    /// What was seen to justify the ratings, in the order it was recorded.
    public var evidence: [EvidenceItem]

    public init(ratings: [String: AngleAnswer] = [:], note: String = "", flagged: Bool = false, changedAt: String? = nil,
                evidence: [EvidenceItem] = []) {
        self.ratings = ratings
        self.note = note
        self.flagged = flagged
        self.changedAt = changedAt
        self.evidence = evidence
    }

    public var isEmpty: Bool { ratings.isEmpty && note.isEmpty && !flagged && evidence.isEmpty }

    /// The criterion as a whole is N/A when every answered angle is N/A and at least one is.
    public var isNotApplicable: Bool {
        !ratings.isEmpty && ratings.values.allSatisfy(\.isNotApplicable)
    }

    public var notApplicableReason: String? {
        for answer in ratings.values { if case let .notApplicable(reason) = answer { return reason } }
        return nil
    }
}

/// Who is assessing what; years in operation feed CC-CMM-OC's level rules.
public struct Profile: Sendable, Equatable {
    public var centre: String
    public var site: String
    public var assessor: String
    /// The assessment date as YYYY-MM-DD.
    public var date: String
    public var yearsInOperation: Int?
    public var language: Language

    public init(centre: String = "", site: String = "", assessor: String = "", date: String = "",
                yearsInOperation: Int? = nil, language: Language = .zh) {
        self.centre = centre
        self.site = site
        self.assessor = assessor
        self.date = date
        self.yearsInOperation = yearsInOperation
        self.language = language
    }
}

/// Which questionnaire (and which exact text of it) a session was answered against.
public struct QuestionnaireReference: Sendable, Equatable {
    public var id: String
    public var version: String
    public var contentHash: String
    /// The criterion ids that questionnaire had, so that a later version can
    /// tell the user which criteria are new.
    public var criterionIDs: [String]?

    public init(id: String, version: String, contentHash: String, criterionIDs: [String]? = nil) {
        self.id = id
        self.version = version
        self.contentHash = contentHash
        self.criterionIDs = criterionIDs
    }

    public init(_ questionnaire: Questionnaire) {
        self.init(id: questionnaire.id, version: questionnaire.version, contentHash: questionnaire.contentHash,
                  criterionIDs: questionnaire.criteria.map(\.id))
    }
}

/// One assessment in progress or finished: the content of a session file.
public struct Session: Sendable, Equatable {
    public static let schemaVersion = 1

    public var questionnaire: QuestionnaireReference
    public var profile: Profile
    /// A change made here directly (not through `setAnswer`, `update`, `restore` or
    /// `settle`) could be anywhere, so it drops the kept sheet.
    public var answers: [String: CriterionAnswer] { didSet { keptSheet = nil } }
    /// Where the wizard stood, so that resuming returns to the same criterion.
    public var position: String?
    public var createdAt: String
    public var updatedAt: String
    /// Answers to criteria that a newer questionnaire no longer has. They are
    /// kept in the file, never silently deleted, and listed to the user.
    public var droppedAnswers: [String: CriterionAnswer]
    /// Criteria on which the assessors of a merged session disagreed, keyed by
    /// criterion id: each assessor's answer and the angles in dispute. Until a
    /// conflict is settled, `answers` holds the lower rating (see `Consensus`).
    public var conflicts: [String: CriterionConflict]
    /// The improvement plan: actions in the order they were made.
    public var actions: [ImprovementAction]
    /// The earlier assessment this one follows up, as a path (relative to this
    /// file's folder, or absolute); its actions are checked against these answers.
    public var baseline: String?
    /// The answers laid out for scoring (`layOutAnswers(for:)`), kept current
    /// by the methods below; not part of the file, nor of equality.
    var keptSheet: KeptAnswerSheet? {
        get { keptSheetSlot.sheet }
        set { keptSheetSlot.sheet = newValue }
    }
    private var keptSheetSlot = KeptSheetSlot()

    public init(questionnaire: QuestionnaireReference, profile: Profile, answers: [String: CriterionAnswer] = [:],
                position: String? = nil, createdAt: String, updatedAt: String? = nil,
                droppedAnswers: [String: CriterionAnswer] = [:], conflicts: [String: CriterionConflict] = [:],
                actions: [ImprovementAction] = [], baseline: String? = nil) {
        self.questionnaire = questionnaire
        self.profile = profile
        self.answers = answers
        self.position = position
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.droppedAnswers = droppedAnswers
        self.conflicts = conflicts
        self.actions = actions
        self.baseline = baseline
    }

    public func answer(_ criterion: String, _ angle: String) -> AngleAnswer? {
        answers[criterion]?.ratings[angle]
    }

    /// Sets or clears one answer, keeping the record of when it changed.
    public mutating func setAnswer(_ answer: AngleAnswer?, criterion: String, angle: String, at time: String) {
        var record = answers[criterion] ?? CriterionAnswer()
        record.ratings[angle] = answer
        record.changedAt = time
        store(record, criterion: criterion)
        updatedAt = time
    }

    public mutating func update(criterion: String, at time: String, _ change: (inout CriterionAnswer) -> Void) {
        var record = answers[criterion] ?? CriterionAnswer()
        change(&record)
        record.changedAt = time
        store(record.isEmpty ? nil : record, criterion: criterion)
        updatedAt = time
    }

    /// Puts a criterion's whole record back as it was (undo, redo), or
    /// removes it (nil), as changed at `time`.
    public mutating func restore(_ record: CriterionAnswer?, criterion: String, at time: String) {
        var record = record
        record?.changedAt = time
        store(record, criterion: criterion)
        updatedAt = time
    }

    /// A facilitator's decision on a criterion in conflict: the ratings become
    /// the answer (an angle left out is unanswered), the conflict is removed,
    /// and the merged note and flag are kept.
    public mutating func settle(criterion: String, ratings: [String: AngleAnswer], at time: String) {
        var record = answers[criterion] ?? CriterionAnswer()
        record.ratings = ratings
        record.changedAt = time
        store(record.isEmpty ? nil : record, criterion: criterion)
        conflicts[criterion] = nil
        updatedAt = time
    }

    /// Questions answered (rated or N/A) out of all the questionnaire's questions.
    public func progress(in questionnaire: Questionnaire) -> (answered: Int, total: Int) {
        var answered = 0
        for criterion in questionnaire.criteria {
            guard let record = answers[criterion.id] else { continue }
            answered += criterion.questions.filter { record.ratings[$0.angle] != nil }.count
        }
        return (answered, questionnaire.questionCount)
    }

    /// A criterion is complete when every one of its questions has an answer.
    public func isComplete(_ criterion: Criterion) -> Bool {
        guard let record = answers[criterion.id] else { return false }
        return criterion.questions.allSatisfy { record.ratings[$0.angle] != nil }
    }
}
