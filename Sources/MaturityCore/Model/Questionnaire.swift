/// Where a criterion's text comes from; users must be able to tell the
/// licensed standard's requirements from the project's reconstruction.
public enum Provenance: String, Sendable, CaseIterable {
    case source, reconstructed, outline
}

/// The values an answer may take, e.g. 0/5/10 points or maturity levels 1–4.
public struct AnswerScale: Sendable, Equatable {
    public var values: [Int]
    public var labels: [Int: LocalizedText]
    public var allowsNotApplicable: Bool

    public init(values: [Int], labels: [Int: LocalizedText], allowsNotApplicable: Bool) {
        self.values = values
        self.labels = labels
        self.allowsNotApplicable = allowsNotApplicable
    }

    /// The top of the scale: a rating that fully meets the question.
    public var top: Int { values.last ?? 0 }
    public func contains(_ value: Int) -> Bool { values.contains(value) }
}

/// A point of view a criterion is answered from (method, execution, trend…).
public struct Angle: Sendable, Equatable {
    public var id: String
    public var title: LocalizedText
    public var hint: LocalizedText?
}

public struct Question: Sendable, Equatable {
    public var angle: String
    public var text: LocalizedText
    /// What an answer at each scale value looks like for this question.
    public var guidance: [Int: LocalizedText]
    public var evidence: LocalizedText
}

public struct Criterion: Sendable, Equatable {
    public var id: String
    public var title: LocalizedText
    public var statement: LocalizedText
    public var provenance: Provenance
    public var questions: [Question]

    public func question(for angle: String) -> Question? { questions.first { $0.angle == angle } }
    public var angleIDs: [String] { questions.map(\.angle) }
}

public struct Group: Sendable, Equatable {
    public var id: String
    public var title: LocalizedText
    public var groups: [Group]
    public var criteria: [Criterion]

    /// Every criterion under this group, in reading order.
    public var allCriteria: [Criterion] {
        var result = criteria
        for child in groups { result.append(contentsOf: child.allCriteria) }
        return result
    }
}

/// A maturity model as loaded from its file: structure, questions and rules.
public struct Questionnaire: Sendable {
    public var id: String
    public var version: String
    public var title: LocalizedText
    public var summary: LocalizedText?
    public var notice: LocalizedText?
    public var scale: AnswerScale
    public var angles: [Angle]
    public var groups: [Group]
    public var scoring: ScoringRules
    /// A hash of the file's bytes, so a session can tell when its questionnaire changed.
    public var contentHash: String

    /// Criteria in reading order, and lookups built once at load time.
    public let criteria: [Criterion]
    public let criterionIndex: [String: Int]
    /// For each criterion, the chain of groups above it, outermost first.
    public let ancestry: [String: [Group]]
    /// Where each question sits, for the scorer (ScoringLayout).
    let layout: ScoringLayout
    /// Number of questions a complete session answers. Counted once here:
    /// summing it on each use read every criterion's question list, a
    /// memory access per criterion that the scorer paid several times.
    public let questionCount: Int

    public init(id: String, version: String, title: LocalizedText, summary: LocalizedText?, notice: LocalizedText?,
                scale: AnswerScale, angles: [Angle], groups: [Group], scoring: ScoringRules, contentHash: String) {
        self.id = id
        self.version = version
        self.title = title
        self.summary = summary
        self.notice = notice
        self.scale = scale
        self.angles = angles
        self.groups = groups
        self.scoring = scoring
        self.contentHash = contentHash
        var criteria: [Criterion] = []
        var ancestry: [String: [Group]] = [:]
        func visit(_ group: Group, path: [Group]) {
            let path = path + [group]
            for criterion in group.criteria {
                criteria.append(criterion)
                ancestry[criterion.id] = path
            }
            for child in group.groups { visit(child, path: path) }
        }
        for group in groups { visit(group, path: []) }
        self.criteria = criteria
        self.ancestry = ancestry
        var index: [String: Int] = [:]
        for (offset, criterion) in criteria.enumerated() where index[criterion.id] == nil { index[criterion.id] = offset }
        self.criterionIndex = index
        layout = ScoringLayout(groups: groups, angles: angles)
        questionCount = criteria.reduce(0) { $0 + $1.questions.count }
    }

    public func criterion(_ id: String) -> Criterion? {
        criterionIndex[id].map { criteria[$0] }
    }

    public func angle(_ id: String) -> Angle? { angles.first { $0.id == id } }

    /// Finds a group anywhere in the tree.
    public func group(_ id: String) -> Group? {
        func search(_ groups: [Group]) -> Group? {
            for group in groups {
                if group.id == id { return group }
                if let found = search(group.groups) { return found }
            }
            return nil
        }
        return search(groups)
    }
}
