/// Everything a user sees about where the centre stands, computed once per change.
public struct Scorecard: Sendable {
    public var questionnaireID: String
    public var counting: Counting
    /// True while any question is unanswered: the result may still change.
    public var provisional: Bool
    public var answered: Int
    public var questions: Int
    public var notApplicable: Int
    public var total: Int
    /// Maximum over applicable questions.
    public var applicableMaximum: Int
    /// Maximum with nothing N/A.
    public var fullMaximum: Int
    /// One per top-level group (dimension, category, module).
    public var groups: [GroupScore]
    public var outcome: Outcome
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

    /// From 0 to 1: the mean progress of the next level's requirements. It stays
    /// below 1 while any requirement is unmet, so a bar never claims the level early.
    public var progressToNext: Double {
        guard let next else { return 1 }
        let sum = next.requirements.reduce(0.0) { $0 + $1.progress.doubleValue }
        let mean = next.requirements.isEmpty ? 1 : sum / Double(next.requirements.count)
        return next.met ? 1 : min(mean, 0.99)
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
    /// The overall level: the mean rounded down.
    public var level: NamedLevel?
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
    public var band: Band
    public var maximum: Int
}

public struct LowestGroupOutcome: Sendable {
    public var groups: [(groupID: String, percent: Fraction?)]
    /// The lowest group: the "shortest stave".
    public var headline: (groupID: String, percent: Fraction)?
    public var mean: Fraction?
}
