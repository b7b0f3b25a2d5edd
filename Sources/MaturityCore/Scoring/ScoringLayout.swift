/// Where every question sits in reading order, built once when a
/// questionnaire is made: the scorer then reads answers by position from an
/// `AnswerSheet` instead of walking the group tree (and copying each
/// criterion) for every group, scope and count.
///
/// A group's criteria, with those of its subgroups, are one run of
/// consecutive criteria in reading order (`Questionnaire.criteria` is built
/// depth first), so a group is a range of criterion indices.
struct ScoringLayout: Sendable {
    /// Criterion `i`'s questions are `questionStart[i]..<questionStart[i + 1]`.
    let questionStart: [Int]
    /// Each criterion's id, in reading order.
    let criterionIDs: [String]
    /// Each question's angle id.
    let questionAngles: [String]
    /// Each question's place in `angleIDs`; -1 for an angle the questionnaire
    /// does not declare (tallies leave it out, as they always have).
    let angleIndex: [Int]
    /// The questionnaire's angle ids when the layout was made.
    let angleIDs: [String]
    /// The criteria of each group id, the first group of that id in reading
    /// order, as `Questionnaire.group(_:)` finds it.
    let groupRanges: [String: Range<Int>]
    /// The top-level groups' criteria, in order.
    let topGroupRanges: [Range<Int>]
    /// Made with the layout and shared by its copies: an answer sheet kept
    /// with a session is read only with the layout it was laid out for.
    private let identity = Identity()

    private final class Identity: Sendable {}

    init(groups: [Group], angles: [Angle]) {
        var start = [0], ids: [String] = [], questionAngles: [String] = []
        var ranges: [String: Range<Int>] = [:]
        func visit(_ group: Group) -> Range<Int> {
            let first = ids.count
            // Claimed on entry, so that a subgroup of the same id never wins
            // over its parent: `group(_:)` searches in pre-order.
            let claims = ranges[group.id] == nil
            if claims { ranges[group.id] = first..<first }
            for criterion in group.criteria {
                ids.append(criterion.id)
                for question in criterion.questions { questionAngles.append(question.angle) }
                start.append(questionAngles.count)
            }
            for child in group.groups { _ = visit(child) }
            let range = first..<ids.count
            if claims { ranges[group.id] = range }
            return range
        }
        topGroupRanges = groups.map(visit)
        questionStart = start
        criterionIDs = ids
        self.questionAngles = questionAngles
        let angleIDs = angles.map(\.id)
        self.angleIDs = angleIDs
        angleIndex = questionAngles.map { angleIDs.firstIndex(of: $0) ?? -1 }
        groupRanges = ranges
    }

    func isSame(as other: ScoringLayout) -> Bool { identity === other.identity }

    var criterionCount: Int { criterionIDs.count }
    var questionCount: Int { questionAngles.count }

    /// The questions of the criteria in `range`.
    func questions(_ range: Range<Int>) -> Range<Int> { questionStart[range.lowerBound]..<questionStart[range.upperBound] }

    /// The layout to score `q` with: the one made with it, unless its angles
    /// were changed since (they are a `var`), when a fresh one is made.
    static func of(_ q: Questionnaire) -> ScoringLayout {
        let made = q.layout
        guard made.angleIDs.count == q.angles.count, zip(made.angleIDs, q.angles).allSatisfy({ $0 == $1.id }) else {
            return ScoringLayout(groups: q.groups, angles: q.angles)
        }
        return made
    }
}
