/// Everything a user sees about where the centre stands, computed once per change.
public struct Scorecard: Sendable {
    public var questionnaireID: String
    public var counting: Counting
    /// True while any question is unanswered: the result may still change.
    public var provisional: Bool
    /// Questions answered or N/A, of all questions.
    public var answered: Int
    public var questions: Int
    /// Criteria with every question answered or N/A, of all criteria.
    public var answeredCriteria: Int
    public var criteria: Int
    /// What the result does with what is still unanswered, so that "provisional" can say it.
    public var unanswered: UnansweredRule
    /// N/A questions over the whole questionnaire.
    public var notApplicable: Int
    /// N/A beside its limit, per scope a result is computed over (models.md §6).
    public var notApplicableScopes: [NotApplicableCount]
    public var total: Int
    /// Maximum over applicable questions.
    public var applicableMaximum: Int
    /// Maximum with nothing N/A.
    public var fullMaximum: Int
    /// One per top-level group (dimension, category, module).
    public var groups: [GroupScore]
    public var outcome: Outcome
}

/// How a result treats unanswered questions (models.md §1, §2).
public enum UnansweredRule: String, Sendable {
    /// Points models: an unanswered question scores 0 and stays in every denominator.
    case scoredZero = "scored_zero"
    /// Mean-of-levels models: an unanswered aspect is left out of its criterion's mean.
    case leftOut = "left_out"
}

public enum Outcome: Sendable {
    case levels(LevelOutcome)
    case meanLevel(MeanLevelOutcome)
    case bands(BandOutcome)
    case lowestGroup(LowestGroupOutcome)
}

/// The state of one requirement of a level rule.
public struct RequirementStatus: Sendable {
    public var requirement: Requirement
    public var actual: Fraction?
    public var required: Fraction
    public var met: Bool
    /// How much is missing, in the requirement's own unit: criteria at the top
    /// (strict), rating points (weighted and total), or years. Zero when met.
    public var shortfall: Int
    /// Progress toward this requirement from 0 to 1; 1 only when met.
    public var progress: Fraction
    /// Set when the requirement's scope has more N/A than its limit allows:
    /// the requirement is then unmet whatever the ratings, until N/A
    /// criteria are answered (models.md §6).
    public var notApplicableOverLimit: NotApplicableCount?
}

public struct LevelStatus: Sendable {
    public var rule: LevelRule
    public var requirements: [RequirementStatus]
    public var met: Bool { requirements.allSatisfy(\.met) }
}

public struct LevelOutcome: Sendable {
    /// Index into `levels` of the level held; nil below the first level.
    public var achievedIndex: Int?
    public var levels: [LevelStatus]
    public var unrated: (id: String, name: LocalizedText)

    public var achievedID: String { achievedIndex.map { levels[$0].rule.id } ?? unrated.id }
    public var achievedName: LocalizedText { achievedIndex.map { levels[$0].rule.name } ?? unrated.name }

    /// The level the centre would reach next; nil at the top.
    public var next: LevelStatus? {
        let index = (achievedIndex ?? -1) + 1
        return index < levels.count ? levels[index] : nil
    }

    /// Requirements of the next level already met, of all its requirements;
    /// nil at the top. A count, not a weighted share: it never looks closer
    /// than it is (the gap plan's `PlanProgress` gives the rating changes).
    public var nextRequirementsMet: (met: Int, of: Int)? {
        guard let next else { return nil }
        return (next.requirements.filter(\.met).count, next.requirements.count)
    }

    /// `nextRequirementsMet` as a share from 0 to 1 for a bar; 1 at the top.
    /// Below 1 while any requirement is unmet, so a bar never claims the level early.
    public var progressToNext: Double {
        guard let counts = nextRequirementsMet, counts.of > 0 else { return 1 }
        return Double(counts.met) / Double(counts.of)
    }
}

public struct CriterionLevelScore: Sendable {
    public var criterionID: String
    /// Mean of the answered aspects; nil when none is answered.
    public var score: Fraction?
    public var answered: Int
    public var aspects: Int
}

public struct MeanLevelOutcome: Sendable {
    public var criteria: [CriterionLevelScore]
    /// Mean of the criterion scores that exist; nil when nothing is answered.
    public var overall: Fraction?
    /// The overall level: the mean rounded down; nil when nothing is answered
    /// or when it is withheld.
    public var level: NamedLevel?
    /// The level the mean gives before the N/A limit is applied (for plans; never shown as the result).
    public var computedLevel: NamedLevel?
    /// Set when more is N/A than the limit allows: the level is withheld.
    public var withheld: NotApplicableCount?
    /// The lowest-scoring criterion, always shown beside the overall level.
    public var weakest: CriterionLevelScore?
}

public struct CategoryScore: Sendable {
    public var groupID: String
    public var weight: Int
    /// weight × rating points ÷ applicable maximum (0 when wholly N/A).
    public var score: Fraction
    /// False when every sub-item is N/A: the category is left out of the total.
    public var applicable: Bool
}

public struct BandOutcome: Sendable {
    public var categories: [CategoryScore]
    public var total: Fraction
    /// The total rounded half up, which decides the band.
    public var wholeTotal: Int
    /// The outcome; nil when it is withheld.
    public var band: Band?
    /// The band the total gives before the N/A limit is applied (for plans; never shown as the result).
    public var computedBand: Band
    public var maximum: Int
    /// Set when N/A leaves out more points than the limit allows: the outcome
    /// is withheld and the total is shown for information only.
    public var withheld: NotApplicableCount?
}

public struct LowestGroupOutcome: Sendable {
    public var groups: [(groupID: String, percent: Fraction?)]
    /// The lowest group: the "shortest stave", shown for information even when withheld.
    public var lowest: (groupID: String, percent: Fraction)?
    /// The result: the lowest group; nil when nothing is answered or when it is withheld.
    public var headline: (groupID: String, percent: Fraction)?
    public var mean: Fraction?
    /// Set when more is N/A than the limit allows: the result is withheld.
    public var withheld: NotApplicableCount?
}
