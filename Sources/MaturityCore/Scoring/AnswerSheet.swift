/// Every question's answer in reading order, each looked up once from the
/// session. Groups, scopes and counts then read positions in flat arrays:
/// scoring stays one pass per result, with no string hashing and no
/// criterion copied, however many groups and scopes a model declares.
struct AnswerSheet: Sendable {
    enum Mark: UInt8, Sendable {
        case unanswered, notApplicable, rated

        /// This mark's bit in `AnswerSheet.criterionMarks`.
        var bit: UInt8 { 1 << rawValue }
    }

    let layout: ScoringLayout
    /// Per question, in `layout` order.
    private(set) var marks: [Mark]
    /// The rating where the mark is `rated`, otherwise 0.
    private(set) var values: [Int]
    /// Per criterion, the bits of the marks its questions have: the counts
    /// of answered and N/A criteria read one byte per criterion, not each
    /// criterion's questions.
    private(set) var criterionMarks: [UInt8]

    init(_ session: Session, layout: ScoringLayout) {
        self.layout = layout
        marks = [Mark](repeating: .unanswered, count: layout.questionCount)
        values = [Int](repeating: 0, count: layout.questionCount)
        criterionMarks = (0..<layout.criterionCount).map { layout.questions($0..<($0 + 1)).isEmpty ? 0 : Mark.unanswered.bit }
        for (index, id) in layout.criterionIDs.enumerated() {
            guard let ratings = session.answers[id]?.ratings, !ratings.isEmpty else { continue }
            enter(ratings, criterion: index)
        }
    }

    /// Puts a criterion's ratings in its questions' places, replacing what
    /// was there: the one way answers get onto a sheet, whether laid out
    /// whole or changed one criterion at a time (`KeptAnswerSheet`).
    mutating func enter(_ ratings: [String: AngleAnswer]?, criterion index: Int) {
        let questions = layout.questions(index..<(index + 1))
        for question in questions {
            marks[question] = .unanswered
            values[question] = 0
        }
        // A criterion has a few angles: comparing them is cheaper than
        // hashing each question's angle to look it up.
        for (angle, answer) in ratings ?? [:] {
            for question in questions where layout.questionAngles[question] == angle { set(question, answer) }
        }
        criterionMarks[index] = questions.reduce(0) { $0 | marks[$1].bit }
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

    /// Per-angle tallies over the criteria in `range`.
    func tallies(_ range: Range<Int>, top: Int) -> AngleTallies {
        var result = AngleTallies(angles: layout.angleIDs.count)
        for question in layout.questions(range) {
            let angle = layout.angleIndex[question]
            guard angle >= 0 else { continue }
            result.byAngle[angle].add(marks[question], value: values[question], top: top)
            result.asked[angle] = true
        }
        return result
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

    func criterionHas(_ criterion: Int, _ mark: Mark) -> Bool { criterionMarks[criterion] & mark.bit != 0 }
}
