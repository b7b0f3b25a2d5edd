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
    /// N/A beside its limit per scope, as the scorer counted it for the
    /// result (models.md §6): the figure every output shows beside a level.
    public var notApplicableScopes: [NotApplicableCount]
    /// One per top-level group, as the scorecard has them.
    public var groups: [GroupScore]
    /// Each question's answer in questionnaire order: the rating, or
    /// `unanswered` / `notApplicable`. Kept for the weakest-criteria view.
    public var answers: [Int16]

    public static let unanswered: Int16 = -1
    public static let notApplicable: Int16 = -2

    /// Scores a session already matched to `q` and keeps what the portfolio needs.
    public init(session: Session, questionnaire q: Questionnaire, file: String, answeredVersion: String, counting: Counting?) {
        let layout = ScoringLayout.of(q)
        // A session reconciled with `q` comes with its answers laid out already.
        self.init(sheet: session.answerSheet(for: layout) ?? AnswerSheet(session, layout: layout), profile: session.profile,
                  updatedAt: session.updatedAt, questionnaire: q, file: file, answeredVersion: answeredVersion, counting: counting)
    }

    /// Scores answers already laid out against `q`; the sheet's marks become `answers`.
    init(sheet: AnswerSheet, profile: Profile, updatedAt: String, questionnaire q: Questionnaire, file: String,
         answeredVersion: String, counting: Counting?) {
        let card = Scorer.score(sheet, years: profile.yearsInOperation, with: q, counting: counting)
        self.file = file
        centre = CentreKey(centre: profile.centre, site: profile.site)
        date = profile.date
        self.updatedAt = updatedAt
        assessor = profile.assessor
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
        notApplicableScopes = card.notApplicableScopes
        groups = card.groups
        answers = zip(sheet.marks, sheet.values).map { mark, value in
            switch mark {
            case .rated: return Int16(clamping: value)
            case .notApplicable: return Self.notApplicable
            case .unanswered: return Self.unanswered
            }
        }
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
