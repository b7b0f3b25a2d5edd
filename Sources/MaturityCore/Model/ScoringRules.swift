/// How "percent of criteria meeting an angle" is read (models.md §1).
public enum Counting: String, Sendable, CaseIterable {
    /// Only criteria rated at the top of the scale count.
    case strict
    /// Rating points over maximum points: a 5 counts half.
    case weighted
}

/// The scoring computation a questionnaire declares, with everything it needs.
public enum ScoringRules: Sendable {
    case levels(LevelRules)
    case meanLevel(MeanLevelRules)
    case weightedBands(BandRules)
    case lowestGroup(LowestGroupRules)

    /// The model family, declared here once: everything that presents a
    /// result switches on it, never on a model id.
    public var family: ScoringFamily {
        switch self {
        case .levels: return .levels
        case .meanLevel: return .meanLevel
        case .weightedBands: return .weightedBands
        case .lowestGroup: return .lowestGroup
        }
    }

    /// The method's name as questionnaire files and JSON outputs spell it.
    public var methodName: String { family.rawValue }
}

/// The four kinds of result a questionnaire can declare: levels from
/// requirements, a mean level, weighted bands, or the lowest group.
public enum ScoringFamily: String, Sendable, CaseIterable {
    case levels
    case meanLevel = "mean_level"
    case weightedBands = "weighted_bands"
    case lowestGroup = "lowest_group"
}

public struct Scope: Sendable, Equatable {
    public var id: String
    public var title: LocalizedText
    public var groups: [String]
    /// How many of the scope's criteria may be N/A; nil when the file sets no limit.
    public var notApplicableLimit: NotApplicableLimit?

    public init(id: String, title: LocalizedText, groups: [String], notApplicableLimit: NotApplicableLimit? = nil) {
        self.id = id
        self.title = title
        self.groups = groups
        self.notApplicableLimit = notApplicableLimit
    }
}

/// The most N/A a result may rest on, as a share of what it is computed over
/// (models.md §6): a self-assessment that leaves most of the standard out
/// proves nothing. Declared in the questionnaire so that an organisation's
/// copy can set its own share.
public struct NotApplicableLimit: Sendable, Equatable {
    /// 0–100.
    public var percent: Int

    public init(percent: Int) { self.percent = percent }

    /// The share of `size`, rounded down: 10% of 150 criteria allows 15, of 20 allows 2, of 33 allows 3.
    public func allowed(outOf size: Int) -> Int { percent * size / 100 }
}

public enum Requirement: Sendable, Equatable {
    /// Share of the scope's applicable criteria meeting the angle, at least `atLeast` percent.
    case percent(scope: String, angle: String, atLeast: Int)
    /// Sum of all ratings, scaled when criteria are N/A.
    case total(atLeast: Int)
    /// Years the centre has been operating.
    case years(atLeast: Int)
}

public struct LevelRule: Sendable, Equatable {
    public var id: String
    public var name: LocalizedText
    public var requirements: [Requirement]
    /// The level's definition in words (models.md §6), shown beside its rules.
    public var meaning: LocalizedText? = nil
    /// Conditions of the definition that no rating captures: checked by the
    /// certifying body, never by ccmm, so they never change the computed level.
    public var unscoredConditions: [LocalizedText] = []
}

public struct LevelRules: Sendable {
    public var counting: Counting
    public var scopes: [Scope]
    public var unrated: (id: String, name: LocalizedText)
    public var levels: [LevelRule]

    public func scope(_ id: String) -> Scope? { scopes.first { $0.id == id } }
}

public struct NamedLevel: Sendable, Equatable {
    public var id: String
    public var name: LocalizedText
    public var meaning: LocalizedText?
}

public struct MeanLevelRules: Sendable {
    /// One per scale value, lowest first.
    public var levels: [NamedLevel]
    /// Counted over the questions (aspects): each is a part of the mean.
    public var notApplicableLimit: NotApplicableLimit?
}

public struct Band: Sendable, Equatable {
    public var id: String
    public var minimum: Int
    public var name: LocalizedText
    public var meaning: LocalizedText?
}

public struct BandRules: Sendable {
    public var weights: [(group: String, points: Int)]
    /// Highest minimum first; the last has minimum 0.
    public var bands: [Band]
    /// Counted in points: a category's points × its N/A questions ÷ its questions.
    public var notApplicableLimit: NotApplicableLimit?
}

public struct LowestGroupRules: Sendable {
    public var groups: [String]
    /// Counted over the criteria of the compared groups.
    public var notApplicableLimit: NotApplicableLimit?
}
