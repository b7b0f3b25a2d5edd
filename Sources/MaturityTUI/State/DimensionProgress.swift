import MaturityCore

/// How far the assessment has got, per dimension (top-level group): criteria
/// with every question answered, out of the dimension's criteria.
public struct DimensionProgress: Sendable, Equatable {
    public var groupID: String
    public var answered: Int
    public var total: Int

    public static func of(_ a: Assessment) -> [DimensionProgress] {
        a.questionnaire.groups.map { group in
            let criteria = group.allCriteria
            return DimensionProgress(groupID: group.id, answered: criteria.filter { a.session.isComplete($0) }.count, total: criteria.count)
        }
    }

    /// Criteria with at least one question unanswered.
    public static func remaining(_ a: Assessment) -> Int {
        a.questionnaire.criteria.filter { !a.session.isComplete($0) }.count
    }
}
