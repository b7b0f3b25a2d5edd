/// A baseline assessment and a follow-up of the same questionnaire, side by
/// side: where the centre stood then and now, by how much each score moved,
/// which answers went up or down, and what a questionnaire change added or dropped.
///
/// Both sessions are scored against one questionnaire (the current version
/// of their questionnaire id; see `Comparison.compare`), so that the numbers are like for
/// like. Criteria that questionnaire has and a session's did not are listed in
/// `questionnaireChange` and left out of `improved` and `regressed` (they were
/// never answered then); they still count as unanswered (0) in that session's
/// scores, as `ccmm score` would count them.
public struct Comparison: Sendable {
    public var questionnaireID: String
    /// The version both sessions were scored against.
    public var questionnaireVersion: String
    /// The model family the questionnaire's scoring rules declare.
    public var family: ScoringFamily
    /// The family's name as JSON spells it.
    public var scoringMethod: String { family.rawValue }
    public var counting: Counting
    public var baseline: Side
    public var followUp: Side
    /// The model's headline numbers then and now: total points (levels), the
    /// overall score (mean_level), the total (weighted_bands), the lowest and
    /// mean module percent and the total points (lowest_group).
    public var measures: [Measure]
    /// One row per top-level group (dimension, category, module); for
    /// mean_level models one row per criterion.
    public var rows: [RowDelta]
    /// Answers whose rating went up, in reading order.
    public var improved: [AnswerChange]
    /// Answers whose rating went down, in reading order.
    public var regressed: [AnswerChange]
    /// Answers that changed without a comparable rating: became or stopped
    /// being N/A, or (in mean_level models) were answered or cleared.
    public var otherChanges: [AnswerChange]
    public var questionnaireChange: QuestionnaireChange

    /// Whether the level (or band) went up, down or stayed; nil when the model
    /// has no ladder (lowest_group) or a side has no level.
    public var direction: Direction? {
        guard let before = baseline.standing.rank, let after = followUp.standing.rank else { return nil }
        return after > before ? .up : after < before ? .down : .same
    }

    public enum Direction: String, Sendable { case up, down, same }

    /// One assessment as compared.
    public struct Side: Sendable {
        /// The session matched to the compared questionnaire.
        public var session: Session
        /// The questionnaire it was answered against, as the file says.
        public var answeredAgainst: QuestionnaireReference
        public var scorecard: Scorecard
        public var standing: Standing
        public var profile: Profile { session.profile }
    }

    /// A level, band or headline.
    public struct Standing: Sendable, Equatable {
        public var id: String
        public var name: StandingName
        /// Position on the model's ladder, 0 the lowest (L0 "not rated" for
        /// levels); nil when there is no ladder or no level yet.
        public var rank: Int?

        public init(id: String, name: StandingName, rank: Int?) {
            self.id = id
            self.name = name
            self.rank = rank
        }

        /// A level, band or module the questionnaire names.
        public init(id: String, name: LocalizedText, rank: Int?) { self.init(id: id, name: .named(name), rank: rank) }
    }

    /// A value then and now; nil where a side has none (all N/A, nothing answered).
    public struct Delta: Sendable, Equatable {
        public var before: Fraction?
        public var after: Fraction?

        public init(before: Fraction?, after: Fraction?) {
            self.before = before
            self.after = after
        }

        /// after − before (may be negative).
        public var change: Fraction? {
            guard let before, let after else { return nil }
            return difference(after, before)
        }
    }

    /// What a headline measure is; the presentation layer names it.
    public enum MeasureKind: Sendable, Equatable {
        case totalPoints, bandTotal, overall, lowestModule, meanModule

        /// "total", "overall", "lowest_module", "mean_module", as JSON keys it.
        public var key: String {
            switch self {
            case .totalPoints, .bandTotal: return "total"
            case .overall: return "overall"
            case .lowestModule: return "lowest_module"
            case .meanModule: return "mean_module"
            }
        }
    }

    public struct Measure: Sendable, Equatable {
        public var kind: MeasureKind
        public var key: String { kind.key }
        /// Decimals to show; values are exact.
        public var places: Int
        /// "%" for percentages, "" otherwise.
        public var suffix: String
        public var delta: Delta
    }

    public struct AngleDelta: Sendable, Equatable {
        public var angle: String
        /// Percent under `counting` (strict: share of criteria at the top).
        public var percent: Delta
    }

    public struct RowDelta: Sendable, Equatable {
        public var id: String
        public var title: LocalizedText
        /// Rating points then and now; nil for mean_level rows.
        public var points: Delta?
        /// Applicable maximum then and now (N/A changes it); nil for mean_level rows.
        public var maximum: (before: Int, after: Int)?
        /// Each angle's percent; empty for mean_level rows.
        public var angles: [AngleDelta]
        /// The row's score in the model's own unit, when it is not the points:
        /// category points out of its weight (weighted_bands), module percent
        /// (lowest_group), criterion score (mean_level); nil for levels.
        public var score: Delta?

        public static func == (lhs: RowDelta, rhs: RowDelta) -> Bool {
            lhs.id == rhs.id && lhs.title == rhs.title && lhs.points == rhs.points && lhs.angles == rhs.angles
                && lhs.score == rhs.score && lhs.maximum?.before == rhs.maximum?.before && lhs.maximum?.after == rhs.maximum?.after
        }
    }

    /// One question's answer then and now (nil: unanswered).
    public struct AnswerChange: Sendable, Equatable {
        public var criterionID: String
        public var angle: String
        public var before: AngleAnswer?
        public var after: AngleAnswer?

        public init(criterionID: String, angle: String, before: AngleAnswer?, after: AngleAnswer?) {
            self.criterionID = criterionID
            self.angle = angle
            self.before = before
            self.after = after
        }
    }

    /// An answer kept in a session file for a criterion (or angle) that the
    /// compared questionnaire no longer has.
    public struct DroppedAnswer: Sendable, Equatable {
        public var criterionID: String
        public var angle: String
        public var answer: AngleAnswer
    }

    public struct QuestionnaireChange: Sendable {
        /// True when the two sessions, or either and the compared questionnaire,
        /// differ in version or text.
        public var changed: Bool
        /// Criteria of the compared questionnaire that the baseline's did not have.
        public var newSinceBaseline: [String]
        /// Criteria of the compared questionnaire that the follow-up's did not have.
        public var newSinceFollowUp: [String]
        /// Baseline answers with no place in the compared questionnaire.
        public var droppedFromBaseline: [DroppedAnswer]
        /// Follow-up answers with no place in the compared questionnaire.
        public var droppedFromFollowUp: [DroppedAnswer]

        public var isEmpty: Bool {
            newSinceBaseline.isEmpty && newSinceFollowUp.isEmpty && droppedFromBaseline.isEmpty && droppedFromFollowUp.isEmpty
        }
    }
}

/// Two sessions that cannot be compared; the presentation layer words it.
public enum ComparisonError: Error, Sendable {
    /// The two were answered against different questionnaires.
    case differentQuestionnaires(baselineFile: String, baselineID: String, followUpFile: String, followUpID: String)
    /// Both were answered against another questionnaire than the one given.
    case otherQuestionnaire(answered: String, given: String)
    /// An answer does not fit the questionnaire.
    case answersDoNotFit(LoadError)
}
