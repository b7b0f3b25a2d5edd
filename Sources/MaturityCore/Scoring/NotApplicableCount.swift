/// N/A over one scope that a result is computed over, beside its limit
/// (models.md §6). Every output that shows a result shows this too.
public struct NotApplicableCount: Sendable, Equatable {
    /// What is counted: a criterion with any N/A question, an N/A question
    /// (an aspect), or the points that N/A takes out of a weighted total.
    public enum Unit: String, Sendable {
        case criteria, questions, points
    }

    /// The scope id of a result computed over the whole questionnaire.
    public static let wholeScope = "all"
    /// The result id of a withheld outcome in JSON (`level.id`, `outcome.id`, `result.id`).
    public static let withheldID = "withheld"

    /// The level rules' scope id; `wholeScope` where the result is computed over the whole questionnaire.
    public var scopeID: String
    public var title: LocalizedText
    public var unit: Unit
    /// Exact: points may be a fraction (15 points × 1 N/A question ÷ 8 questions).
    public var count: Fraction
    /// The scope's size in the same unit (criteria, questions, or the full points).
    public var outOf: Int
    /// The most that may be N/A; nil when the questionnaire sets no limit.
    public var limit: Int?

    public init(scopeID: String, title: LocalizedText, unit: Unit, count: Fraction, outOf: Int, limit: Int?) {
        self.scopeID = scopeID
        self.title = title
        self.unit = unit
        self.count = count
        self.outOf = outOf
        self.limit = limit
    }

    public var exceeded: Bool { limit.map { count > Fraction($0) } ?? false }

    /// How many N/A answers (criteria or questions) must be answered to come
    /// back within the limit; for points, the points still to bring back.
    /// Zero within the limit.
    public var excess: Fraction {
        guard let limit, exceeded else { return Fraction(0) }
        return difference(count, Fraction(limit))
    }
}

/// Counts N/A per scope for each scoring method, without naming any model,
/// from the answers as the scorer laid them out.
struct NotApplicableCounting {
    static let wholeScope = NotApplicableCount.wholeScope

    let tallies: GroupTallies
    let questionnaire: Questionnaire
    var sheet: AnswerSheet { tallies.sheet }

    init(tallies: GroupTallies, questionnaire: Questionnaire) {
        self.tallies = tallies
        self.questionnaire = questionnaire
    }

    /// A group's tallies by id, as `Questionnaire.group(_:)` finds it; nil when there is no such group.
    func group(_ id: String) -> GroupScore? {
        sheet.layout.groupRanges[id].map { tallies.score([$0], id: id, title: LocalizedText(zh: "", en: "")) }
    }

    /// Criteria under the groups `groupIDs` with at least one N/A question:
    /// leaving out one angle of a criterion still leaves part of it unassessed.
    func criteria(under groupIDs: [String], scopeID: String, title: LocalizedText, limit: NotApplicableLimit?) -> NotApplicableCount {
        let (total, notApplicable) = sheet.notApplicableCriteria(groupIDs.compactMap { sheet.layout.groupRanges[$0] })
        return NotApplicableCount(scopeID: scopeID, title: title, unit: .criteria, count: Fraction(notApplicable), outOf: total,
                                  limit: limit?.allowed(outOf: total))
    }

    /// N/A questions over the whole questionnaire.
    func questions(limit: NotApplicableLimit?) -> NotApplicableCount {
        let q = questionnaire
        return NotApplicableCount(scopeID: Self.wholeScope, title: q.title, unit: .questions, count: Fraction(sheet.notApplicableQuestions),
                                  outOf: q.questionCount, limit: limit?.allowed(outOf: q.questionCount))
    }

    /// The points N/A takes out of a weighted total: each category's points ×
    /// its N/A questions ÷ its questions (a sub-item N/A on both angles takes
    /// out its whole share, on one angle half of it).
    func points(_ rules: BandRules) -> NotApplicableCount {
        var count = Fraction(0)
        for weight in rules.weights {
            guard let score = group(weight.group) else { continue }
            let questions = score.angles.reduce(0) { $0 + $1.tally.applicable + $1.tally.notApplicable }
            let notApplicable = score.angles.reduce(0) { $0 + $1.tally.notApplicable }
            if questions > 0 { count = count + Fraction(weight.points * notApplicable, questions) }
        }
        let full = rules.weights.reduce(0) { $0 + $1.points }
        return NotApplicableCount(scopeID: Self.wholeScope, title: questionnaire.title, unit: .points, count: count, outOf: full,
                                  limit: rules.notApplicableLimit?.allowed(outOf: full))
    }
}
