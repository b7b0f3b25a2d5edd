/// What the portfolio keeps of one session once it is scored: a few hundred
/// bytes instead of the file's text, so thousands of sessions fit in memory.
public struct AssessmentSummary: Sendable {
    public var file: String
    public var centre: CentreKey
    /// The profile's assessment date (YYYY-MM-DD).
    public var date: String
    public var updatedAt: String
    public var assessor: String
    /// The questionnaire version the session was answered against.
    public var answeredVersion: String
    public var counting: Counting
    public var standing: Comparison.Standing
    /// The model's headline figure: total points (levels), overall score
    /// (mean level), the total (weighted bands), the lowest module's percent
    /// (lowest group). Nil when there is none yet.
    public var headline: Fraction?
    /// Rating points over every applicable question.
    public var total: Int
    public var applicableMaximum: Int
    public var provisional: Bool
    public var answered: Int
    public var questions: Int
    /// Questions marked N/A.
    public var notApplicable: Int
    /// Criteria wholly N/A.
    public var notApplicableCriteria: Int
    /// One per top-level group, as the scorecard has them.
    public var groups: [GroupScore]
    /// Each question's answer in questionnaire order: the rating, or
    /// `unanswered` / `notApplicable`. Kept for the weakest-criteria view.
    public var answers: [Int16]

    public static let unanswered: Int16 = -1
    public static let notApplicable: Int16 = -2

    /// Scores a session already matched to `q` and keeps what the portfolio needs.
    public init(session: Session, questionnaire q: Questionnaire, file: String, answeredVersion: String, counting: Counting?) {
        let card = Scorer.score(session, with: q, counting: counting)
        self.file = file
        centre = CentreKey(centre: session.profile.centre, site: session.profile.site)
        date = session.profile.date
        updatedAt = session.updatedAt
        assessor = session.profile.assessor
        self.answeredVersion = answeredVersion
        self.counting = card.counting
        standing = Comparison.standing(card, q)
        headline = Self.headline(card)
        total = card.total
        applicableMaximum = card.applicableMaximum
        provisional = card.provisional
        answered = card.answered
        questions = card.questions
        notApplicable = card.notApplicable
        groups = card.groups
        var codes: [Int16] = []
        codes.reserveCapacity(card.questions)
        var wholeNA = 0
        for criterion in q.criteria {
            let record = session.answers[criterion.id]
            if record?.isNotApplicable == true { wholeNA += 1 }
            for question in criterion.questions {
                switch record?.ratings[question.angle] {
                case let .rated(value)?: codes.append(Int16(clamping: value))
                case .notApplicable?: codes.append(Self.notApplicable)
                case nil: codes.append(Self.unanswered)
                }
            }
        }
        notApplicableCriteria = wholeNA
        answers = codes
    }

    static func headline(_ card: Scorecard) -> Fraction? {
        switch card.outcome {
        case .levels: return Fraction(card.total)
        case let .meanLevel(outcome): return outcome.overall
        case let .bands(outcome): return outcome.total
        case let .lowestGroup(outcome): return outcome.headline?.percent
        }
    }

    /// Oldest first: assessment date, then the last change, then the file.
    static func chronological(_ a: AssessmentSummary, _ b: AssessmentSummary) -> Bool {
        if a.date != b.date { return a.date < b.date }
        if a.updatedAt != b.updatedAt { return a.updatedAt < b.updatedAt }
        return a.file < b.file
    }
}
