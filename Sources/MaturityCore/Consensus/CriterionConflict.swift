/// What one assessor answered on a criterion, kept in a merged session so that
/// a facilitator can see every answer side by side.
public struct AssessorAnswer: Sendable, Equatable {
    /// The assessor's name from their profile, or their file's name when the profile has none.
    public var assessor: String
    /// Keyed by angle id; an angle without an entry was left unanswered by this assessor.
    public var ratings: [String: AngleAnswer]
    public var note: String

    public init(assessor: String, ratings: [String: AngleAnswer] = [:], note: String = "") {
        self.assessor = assessor
        self.ratings = ratings
        self.note = note
    }
}

/// A criterion the assessors answered differently. The merged answer in
/// `Session.answers` holds the lower rating until the conflict is settled with
/// `Session.settle(criterion:ratings:at:)`.
public struct CriterionConflict: Sendable, Equatable {
    /// One per assessor, in the order the files were merged.
    public var answers: [AssessorAnswer]
    /// The angles on which the answers differ, in the questionnaire's angle order.
    public var angles: [String]

    public init(answers: [AssessorAnswer], angles: [String]) {
        self.answers = answers
        self.angles = angles
    }

    /// The assessors' answers to one angle, in merge order (nil: left unanswered).
    public func answers(for angle: String) -> [(assessor: String, answer: AngleAnswer?)] {
        answers.map { ($0.assessor, $0.ratings[angle]) }
    }
}

extension Session {
    /// Criteria in conflict, in the questionnaire's order (for a "conflicts" filter).
    public func conflictIDs(in questionnaire: Questionnaire) -> [String] {
        let known = questionnaire.criteria.map(\.id).filter { conflicts[$0] != nil }
        let knownSet = Set(known)
        return known + conflicts.keys.filter { !knownSet.contains($0) }.sorted { naturalIDLess($0, $1) }
    }
}
