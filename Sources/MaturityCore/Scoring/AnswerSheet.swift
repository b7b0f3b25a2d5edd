/// Every question's answer in reading order, each looked up once from the
/// session. Groups, scopes and counts then read positions in two flat
/// arrays: scoring stays one pass per result, with no string hashing and no
/// criterion copied, however many groups and scopes a model declares.
struct AnswerSheet: Sendable {
    enum Mark: UInt8, Sendable {
        case unanswered, notApplicable, rated
    }

    let layout: ScoringLayout
    /// Per question, in `layout` order.
    private(set) var marks: [Mark]
    /// The rating where the mark is `rated`, otherwise 0.
    private(set) var values: [Int]

    init(_ session: Session, layout: ScoringLayout) {
        self.layout = layout
        marks = [Mark](repeating: .unanswered, count: layout.questionCount)
        values = [Int](repeating: 0, count: layout.questionCount)
        for (index, id) in layout.criterionIDs.enumerated() {
            guard let ratings = session.answers[id]?.ratings, !ratings.isEmpty else { continue }
            // A criterion has a few angles: comparing them is cheaper than
            // hashing each question's angle to look it up.
            let questions = layout.questionStart[index]..<layout.questionStart[index + 1]
            for (angle, answer) in ratings {
                for question in questions where layout.questionAngles[question] == angle { set(question, answer) }
            }
        }
    }

    /// A sheet from marks and values already in `layout` order (the portfolio's scanner).
    init(layout: ScoringLayout, marks: [Mark], values: [Int]) {
        self.layout = layout
        self.marks = marks
        self.values = values
    }

    private mutating func set(_ question: Int, _ answer: AngleAnswer) {
        switch answer {
        case let .rated(value):
            marks[question] = .rated
            values[question] = value
        case .notApplicable:
            marks[question] = .notApplicable
        }
    }

    // MARK: What the rules read

    /// Per-angle tallies over the criteria in `ranges`; a range given twice
    /// counts twice, as walking a group listed twice did.
    func score(_ ranges: [Range<Int>], id: String, title: LocalizedText, top: Int) -> GroupScore {
        var tallies = [AngleTally](repeating: AngleTally(), count: layout.angleIDs.count)
        var asked = [Bool](repeating: false, count: layout.angleIDs.count)
        for range in ranges {
            for question in layout.questions(range) {
                let angle = layout.angleIndex[question]
                guard angle >= 0 else { continue }
                tallies[angle].add(marks[question], value: values[question], top: top)
                asked[angle] = true
            }
        }
        return GroupScore(angleIDs: layout.angleIDs, tallies: tallies, asked: asked, id: id, title: title)
    }

    /// Criteria in `ranges`, and of those the ones with any N/A question.
    func notApplicableCriteria(_ ranges: [Range<Int>]) -> (total: Int, notApplicable: Int) {
        var total = 0, notApplicable = 0
        for range in ranges {
            for criterion in range {
                total += 1
                if criterionHas(criterion, .notApplicable) { notApplicable += 1 }
            }
        }
        return (total, notApplicable)
    }

    var notApplicableQuestions: Int { marks.reduce(0) { $1 == .notApplicable ? $0 + 1 : $0 } }

    /// Criteria with every question answered or N/A.
    var answeredCriteria: Int { (0..<layout.criterionCount).reduce(0) { criterionHas($1, .unanswered) ? $0 : $0 + 1 } }

    /// The sum and count of a criterion's rated questions (mean-level models).
    func rated(_ criterion: Int) -> (sum: Int, count: Int) {
        var sum = 0, count = 0
        for question in layout.questions(criterion..<(criterion + 1)) where marks[question] == .rated {
            sum += values[question]
            count += 1
        }
        return (sum, count)
    }

    func criterionHas(_ criterion: Int, _ mark: Mark) -> Bool {
        layout.questions(criterion..<(criterion + 1)).contains { marks[$0] == mark }
    }
}
