import MaturityCore

/// Everything a report is rendered from: the questionnaire, the session, its
/// scorecard under the chosen counting reading, and the language.
public struct ReportInput: Sendable {
    public var questionnaire: Questionnaire
    public var session: Session
    public var scorecard: Scorecard
    public var language: Language
    /// Lines the reader must see near the top, e.g. that answers were carried
    /// over from another version of the questionnaire.
    public var remarks: [String]
    /// When the report was made (shown as is), e.g. "2026-03-01".
    public var generatedOn: String
    /// The smallest set of rating changes to the next level or band; nil when
    /// no plan can be made.
    public var gapPlan: GapPlan?
    /// The baseline comparison section, when a baseline is given.
    public var comparison: Comparison?

    /// Scores the session and plans the way to the next level (`GapPlanner`, target `.next`).
    public init(questionnaire: Questionnaire, session: Session, counting: Counting? = nil, language: Language? = nil,
                remarks: [String] = [], generatedOn: String = "", comparison: Comparison? = nil) {
        self.questionnaire = questionnaire
        self.session = session
        self.scorecard = Scorer.score(session, with: questionnaire, counting: counting)
        self.language = language ?? session.profile.language
        self.remarks = remarks
        self.generatedOn = generatedOn
        self.gapPlan = try? GapPlanner.plan(session, questionnaire: questionnaire, target: .next, counting: counting)
        self.comparison = comparison
    }

    /// The reading percentages in charts use: the level rules' reading, and
    /// for other models points over the maximum (the share their scores use).
    public var chartCounting: Counting {
        if case .levels = questionnaire.scoring { return scorecard.counting }
        return .weighted
    }

    /// The criteria in reading order with their answers, as every report lists them.
    public var rows: [CriterionRow] { CriterionRow.rows(questionnaire, session) }
}

/// One criterion as the reports show it.
public struct CriterionRow: Sendable {
    public var criterion: Criterion
    /// The outermost group (dimension, category, module).
    public var dimension: Group?
    /// The innermost group when it differs from the dimension (section).
    public var section: Group?
    public var answer: CriterionAnswer?
    /// The criterion's own angles, in question order, with their answers (nil: unanswered).
    public var ratings: [(angle: String, answer: AngleAnswer?)]
    public var conflict: CriterionConflict?

    public var notApplicableReason: String? { answer?.notApplicableReason }
    public var note: String { answer?.note ?? "" }
    public var flagged: Bool { answer?.flagged ?? false }
    public var isUnanswered: Bool { ratings.contains { $0.answer == nil } }

    static func rows(_ q: Questionnaire, _ session: Session) -> [CriterionRow] {
        q.criteria.map { criterion in
            let chain = q.ancestry[criterion.id] ?? []
            let answer = session.answers[criterion.id]
            return CriterionRow(criterion: criterion, dimension: chain.first, section: chain.count > 1 ? chain.last : nil,
                                answer: answer, ratings: criterion.questions.map { ($0.angle, answer?.ratings[$0.angle]) },
                                conflict: session.conflicts[criterion.id])
        }
    }

    /// Points models: the sum of the ratings (unanswered counts 0) out of the
    /// applicable maximum; nil when the whole criterion is N/A.
    public func points(top: Int) -> (points: Int, maximum: Int)? {
        let applicable = ratings.filter { $0.answer?.isNotApplicable != true }
        guard !applicable.isEmpty else { return nil }
        return (applicable.reduce(0) { $0 + ($1.answer?.rating ?? 0) }, applicable.count * top)
    }

    /// Level models: the mean of the rated aspects; nil when none is rated.
    public var meanLevel: Fraction? {
        let rated = ratings.compactMap { $0.answer?.rating }
        return rated.isEmpty ? nil : Fraction(rated.reduce(0, +), rated.count)
    }
}

extension Questionnaire {
    /// True for models whose answers are levels (SEE-CMM) rather than points.
    var reportsAsLevels: Bool {
        if case .meanLevel = scoring { return true }
        return false
    }
}
