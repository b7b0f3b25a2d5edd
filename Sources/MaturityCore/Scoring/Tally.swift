/// Counts for one angle over a set of criteria: the raw material of every percentage.
public struct AngleTally: Sendable, Equatable {
    /// Questions not marked N/A.
    public var applicable = 0
    /// Of those, rated at the top of the scale (strict counting).
    public var atTop = 0
    /// Sum of ratings; unanswered counts as 0.
    public var points = 0
    /// Sum of the scale's top over applicable questions.
    public var maximum = 0
    public var unanswered = 0
    public var notApplicable = 0

    public init() {}

    mutating func add(_ answer: AngleAnswer?, top: Int) {
        switch answer {
        case .notApplicable?:
            notApplicable += 1
        case let .rated(value)?:
            applicable += 1
            maximum += top
            points += value
            if value == top { atTop += 1 }
        case nil:
            applicable += 1
            maximum += top
            unanswered += 1
        }
    }

    /// The share meeting this angle under a counting reading; nil when nothing is applicable.
    public func share(_ counting: Counting) -> Fraction? {
        switch counting {
        case .strict: return applicable == 0 ? nil : Fraction(atTop, applicable)
        case .weighted: return maximum == 0 ? nil : Fraction(points, maximum)
        }
    }

    /// Percent for display (one decimal is enough for people).
    public func percent(_ counting: Counting) -> Fraction? { share(counting).map { $0 * Fraction(100) } }
}

/// Per-angle tallies and points for one group of criteria.
public struct GroupScore: Sendable, Equatable {
    public var groupID: String
    public var title: LocalizedText
    /// In the questionnaire's angle order.
    public var angles: [(id: String, tally: AngleTally)]
    public var points: Int
    public var maximum: Int

    public static func == (lhs: GroupScore, rhs: GroupScore) -> Bool {
        lhs.groupID == rhs.groupID && lhs.points == rhs.points && lhs.maximum == rhs.maximum
            && lhs.angles.map(\.id) == rhs.angles.map(\.id) && lhs.angles.map(\.tally) == rhs.angles.map(\.tally)
    }

    public func tally(_ angle: String) -> AngleTally? { angles.first { $0.id == angle }?.tally }

    /// Points as a share of the applicable maximum (nil when all is N/A).
    public var share: Fraction? { maximum == 0 ? nil : Fraction(points, maximum) }
}

enum Tallying {
    static func score(_ group: Group, questionnaire q: Questionnaire, session: Session) -> GroupScore {
        score(group.allCriteria, id: group.id, title: group.title, questionnaire: q, session: session)
    }

    static func score(_ criteria: [Criterion], id: String, title: LocalizedText, questionnaire q: Questionnaire, session: Session) -> GroupScore {
        var tallies: [String: AngleTally] = [:]
        let top = q.scale.top
        for criterion in criteria {
            let record = session.answers[criterion.id]
            for question in criterion.questions {
                tallies[question.angle, default: AngleTally()].add(record?.ratings[question.angle], top: top)
            }
        }
        let ordered = q.angles.compactMap { angle in tallies[angle.id].map { (angle.id, $0) } }
        return GroupScore(groupID: id, title: title, angles: ordered,
                          points: ordered.reduce(0) { $0 + $1.1.points }, maximum: ordered.reduce(0) { $0 + $1.1.maximum })
    }
}
