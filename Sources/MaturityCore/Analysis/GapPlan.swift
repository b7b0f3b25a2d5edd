/// What a gap plan aims for (`ccmm plan --target`).
public enum PlanTarget: Sendable, Equatable {
    /// The next level (levels, mean_level) or band (weighted_bands) above the
    /// one held; for lowest_group, every module at the current mean of modules.
    case next
    /// A level or band by id: "L3", "3" (a SEE-CMM level; "L3" works too), "five-star".
    case named(String)
    /// lowest_group only: every module at least this percent (0–100).
    case percent(Int)
}

/// Where a centre stands, or where a plan aims: an id and a name.
public struct PlanStanding: Sendable, Equatable {
    public var id: String
    public var name: StandingName

    public init(id: String, name: StandingName) {
        self.id = id
        self.name = name
    }

    /// A level, band or module the questionnaire names.
    public init(id: String, name: LocalizedText) { self.init(id: id, name: .named(name)) }
}

/// Why an unmet requirement cannot be met by changing ratings.
public enum GapBlocker: Sendable, Equatable {
    /// The centre has not been operating long enough (CC-CMM-OC L3–L5).
    case yearsInOperation
    /// The years in operation are not in the profile.
    case yearsNotGiven
    /// Even with every applicable answer at the top of the scale it stays unmet
    /// (for example a total above the maximum, or nothing answered in a
    /// mean-of-levels model).
    case unreachable
    /// More is N/A than the questionnaire's limit allows (models.md §6):
    /// answering N/A questions again, not raising ratings, resolves it.
    case notApplicableLimit(NotApplicableCount)
}

/// One requirement the target needs that the session does not meet.
public struct PlanGap: Sendable {
    public enum Kind: Sendable {
        /// A level rule's requirement (levels scoring), with its status now.
        case level(rule: LevelRule, status: RequirementStatus)
        /// mean_level: the overall mean must reach `required` (the level's value).
        case meanLevel(level: NamedLevel, actual: Fraction?, required: Fraction)
        /// weighted_bands: the exact total must reach `required` (the band's
        /// minimum less one half, since the band is read from the total rounded half up).
        case band(band: Band, actual: Fraction, required: Fraction)
        /// lowest_group: a module's percent must reach `required`.
        case groupPercent(groupID: String, title: LocalizedText, actual: Fraction?, required: Fraction)
        /// mean_level, weighted_bands, lowest_group: the N/A count must come
        /// back within its limit before any result is given (levels name the
        /// limit on each requirement of the scope instead).
        case notApplicable(NotApplicableCount)
    }

    public var kind: Kind
    /// Nil when rating changes can meet it (the plan's changes do).
    public var blocker: GapBlocker?

    public var isActionable: Bool { blocker == nil }
}

/// One rating to raise: criterion, angle, from what to what.
public struct PlannedChange: Sendable, Equatable {
    public var criterionID: String
    public var angle: String
    /// The rating now; nil when the question is unanswered (it counts as 0 in
    /// points models).
    public var from: Int?
    public var to: Int
    /// Indexes into `GapPlan.gaps` of the requirements this change counts toward.
    public var serves: [Int]

    public init(criterionID: String, angle: String, from: Int?, to: Int, serves: [Int] = []) {
        self.criterionID = criterionID
        self.angle = angle
        self.from = from
        self.to = to
        self.serves = serves
    }

    /// Rating points raised; an unanswered question starts from 0.
    public var effort: Int { to - (from ?? 0) }
}

/// How far a plan's minimality is guaranteed.
public enum PlanOptimality: String, Sendable {
    /// Fewest changes and, among those, least effort (see `GapPlan`).
    case exact
    /// Fewest changes; the effort is lowered greedily but not proven least.
    case fewestChanges = "fewest_changes"
    /// Every actionable requirement is met but minimality is not proven
    /// (levels whose percent scopes share criteria).
    case greedy
}

/// A gap plan: what the target needs that the session lacks, and the smallest
/// set of rating changes that supplies it.
///
/// **Smallest** is defined as follows. A *change* raises the rating of one
/// question (one criterion on one angle) to a higher value on the scale;
/// N/A questions are never changed (they stay out of every denominator), and
/// an unanswered question counts as rated 0 (points models). The *effort* of
/// a change is the rating points it adds (5 → 10 costs 5, 0 → 10 costs 10,
/// unanswered → 10 costs 10). A plan is smallest when no plan that meets every
/// actionable requirement of the target has fewer changes, and none with as
/// few changes has less total effort. So a strict percent shortfall of k is
/// met by raising exactly k questions of that scope and angle to the top,
/// choosing 5s before 0s; a points shortfall (weighted percent, total) takes
/// the largest raises first because that needs fewer changes. Among plans
/// equally small, the earlier criteria in reading order are chosen.
///
/// Levels are cumulative: a target of L3 meets the unmet requirements of L1,
/// L2 and L3. Requirements that no rating can meet (years in operation, more
/// N/A than the limit allows) are listed with a `blocker` and left out of the
/// changes.
///
/// - levels: exact (dynamic programming per scope and angle, combined over
///   the total), whenever the percent scopes do not share criteria, as in
///   every shipped model; otherwise greedy.
/// - lowest_group: every module below the target percent gets the exact
///   smallest set for its own points shortfall.
/// - mean_level and weighted_bands: the overall score is a sum of independent
///   gains, so taking the largest gains first gives the fewest changes; the
///   last changes are then lowered as far as the target still holds.
public struct GapPlan: Sendable {
    public var questionnaireID: String
    public var questionnaireVersion: String
    /// The model family the questionnaire's scoring rules declare.
    public var family: ScoringFamily
    /// The family's name as JSON spells it.
    public var scoringMethod: String { family.rawValue }
    /// The percent reading used (meaningful for levels).
    public var counting: Counting
    /// True while questions are unanswered: they count as 0 here.
    public var provisional: Bool
    public var current: PlanStanding
    public var target: PlanStanding
    /// The target is at or below where the centre stands: nothing to do.
    public var alreadyMet: Bool
    /// Unmet requirements in level order (actionable or not).
    public var gaps: [PlanGap]
    /// The changes, cheapest criterion first (see `byCriterion`).
    public var changes: [PlannedChange]
    public var optimality: PlanOptimality

    public var totalEffort: Int { changes.reduce(0) { $0 + $1.effort } }
    public var actionableGaps: [PlanGap] { gaps.filter(\.isActionable) }
    public var blockedGaps: [PlanGap] { gaps.filter { !$0.isActionable } }

    /// The changes grouped by criterion, in the order of `changes`.
    public var byCriterion: [(criterionID: String, changes: [PlannedChange])] {
        var order: [String] = []
        var groups: [String: [PlannedChange]] = [:]
        for change in changes {
            if groups[change.criterionID] == nil { order.append(change.criterionID) }
            groups[change.criterionID, default: []].append(change)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }
}

/// A target that does not fit the session's questionnaire, with what a user
/// needs to fix it; the presentation layer says it in words.
public struct GapPlanError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The planner was asked for a family the questionnaire does not score by.
        case wrongFamily(questionnaire: String)
        /// The questionnaire declares no levels or bands.
        case nothingToAimFor(questionnaire: String)
        case unknownTarget(questionnaire: String, name: String, expected: [String])
        case percentOnlyForModules(example: String)
        case percentOutOfRange(Int)
        case namedTargetForModules(questionnaire: String, name: String)
    }

    public var kind: Kind
    public init(_ kind: Kind) { self.kind = kind }
}
