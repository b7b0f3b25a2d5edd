/// A group's assessments side by side: many centres, each assessed over the
/// years, read from a folder of session files. Results only (numbers, ids,
/// exact fractions); the presentation layer gives them words.
public struct Portfolio: Sendable {
    /// One per questionnaire id met (or only the one asked for), built-in order first.
    public var models: [ModelPortfolio]
    /// Every file that was not used, with the reason: nothing is skipped silently.
    public var setAside: [SetAsideFile]
    /// Files looked at (used or set aside).
    public var filesRead: Int
}

/// Which centre an assessment belongs to: the profile's centre and site,
/// trimmed. Two sites of one centre are two rows.
public struct CentreKey: Sendable, Hashable, Comparable {
    public var centre: String
    public var site: String

    public init(centre: String, site: String) {
        self.centre = centre.trimmingWhitespace
        self.site = site.trimmingWhitespace
    }

    public static func < (a: CentreKey, b: CentreKey) -> Bool {
        a.centre != b.centre ? a.centre < b.centre : a.site < b.site
    }
}

/// The portfolio of one model: each centre's path and the group's picture at
/// its latest assessments, all scored against one version of the questionnaire.
public struct ModelPortfolio: Sendable {
    /// The questionnaire every session of this model was scored against.
    public var questionnaire: Questionnaire
    public var counting: Counting
    /// Sorted by centre, then site.
    public var centres: [CentreHistory]
    /// Sessions answered against another version or text, carried over by criterion id.
    public var reconciled: [VersionNote]
    /// Top-level groups (dimensions, categories, modules) × centres, latest assessments.
    public var heatMap: HeatMap
    /// Every criterion, weakest first across the centres' latest assessments.
    public var weakest: [CriterionWeakness]
    /// How many centres hold each level (or band) now, in ladder order, lowest first.
    public var distribution: [StandingCount]

    /// Every assessment of the model.
    public var assessmentCount: Int { centres.reduce(0) { $0 + $1.assessments.count } }
}

/// One centre's assessments, oldest first.
public struct CentreHistory: Sendable {
    public var key: CentreKey
    /// Ordered by assessment date, then last change, then file name.
    public var assessments: [AssessmentSummary]

    public var latest: AssessmentSummary? { assessments.last }
    public var previous: AssessmentSummary? { assessments.count > 1 ? assessments[assessments.count - 2] : nil }

    /// Steps up (positive) or down the model's ladder since the previous
    /// assessment; nil with one assessment or where a side has no rank.
    public var rankChange: Int? {
        guard let before = previous?.standing.rank, let after = latest?.standing.rank else { return nil }
        return after - before
    }

    /// The change of the model's headline figure since the previous assessment.
    public var headlineChange: Fraction? {
        guard let before = previous?.headline, let after = latest?.headline else { return nil }
        return difference(after, before)
    }
}

/// A session that was answered against another version (or text) of the
/// questionnaire than the one it was scored against.
public struct VersionNote: Sendable, Equatable {
    public var file: String
    public var answeredVersion: String
    public var scoredVersion: String
    /// Criterion ids (or `id.angle`) whose answers have no place now.
    public var dropped: [String]
    /// Criteria the scored version has that the answered one did not.
    public var added: [String]
}

/// A file the portfolio could not use, and why.
public struct SetAsideFile: Sendable {
    public var file: String
    public var reason: SetAsideReason
}

public enum SetAsideReason: Sendable {
    /// Found in a folder but not named `.json`.
    case notJSONFile
    /// No such file, or it cannot be read (permissions, a folder, too large).
    case unreadable(LoadError)
    /// Not JSON text (a syntax error, binary data).
    case notJSON(LoadError)
    /// JSON, but not a ccmm session (or a damaged one).
    case notASession(LoadError)
    /// A session of a questionnaire id that no questionnaire here has.
    case unknownQuestionnaire(id: String, LoadError)
    /// A session of another model than the one asked for (`--model`).
    case otherModel(id: String)
    /// Answers that do not fit the questionnaire (a rating off the scale, say).
    case doesNotFit(LoadError)
}

/// Dimensions × centres. Cells hold the group's tallies, so that a front can
/// show method %, execution % or points % without recomputing anything.
public struct HeatMap: Sendable {
    /// Top-level groups, in the questionnaire's order.
    public var groups: [(id: String, title: LocalizedText)]
    /// The centres, in the portfolio's order.
    public var centres: [CentreKey]
    /// `cells[group][centre]`; nil when the centre has no assessment.
    public var cells: [[GroupScore?]]

    /// The figure a heat-map cell shows, in percent.
    public enum Measure: String, Sendable, CaseIterable {
        case method, execution, points
    }

    /// The cell's percent for a measure: the angle's share under `counting`,
    /// or points over the applicable maximum. Nil when nothing is applicable
    /// or the questionnaire has no such angle.
    public static func percent(_ cell: GroupScore?, _ measure: Measure, counting: Counting) -> Fraction? {
        guard let cell else { return nil }
        switch measure {
        case .points: return cell.share.map { $0 * Fraction(100) }
        case .method, .execution: return cell.tally(measure.rawValue)?.percent(counting)
        }
    }
}

/// How a criterion fares across the centres' latest assessments.
public struct CriterionWeakness: Sendable, Equatable {
    public var criterionID: String
    /// Mean of every rated answer (N/A and unanswered left out); nil when none is rated.
    public var mean: Fraction?
    /// Rated answers taken into the mean.
    public var rated: Int
    /// Rated answers below the top of the scale.
    public var belowTop: Int
    /// Centres with at least one answer to it below the top.
    public var centresBelowTop: Int
}

/// A level (or band, or lowest module) and how many centres hold it now.
public struct StandingCount: Sendable, Equatable {
    public var standing: Comparison.Standing
    public var centres: Int
}
