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
        case .notApplicable?: add(.notApplicable, value: 0, top: top)
        case let .rated(value)?: add(.rated, value: value, top: top)
        case nil: add(.unanswered, value: 0, top: top)
        }
    }

    mutating func add(_ mark: AnswerSheet.Mark, value: Int, top: Int) {
        switch mark {
        case .notApplicable:
            notApplicable += 1
        case .rated:
            applicable += 1
            maximum += top
            points += value
            if value == top { atTop += 1 }
        case .unanswered:
            applicable += 1
            maximum += top
            unanswered += 1
        }
    }

    /// Another set of criteria's counts added to these.
    mutating func add(_ other: AngleTally) {
        applicable += other.applicable
        atTop += other.atTop
        points += other.points
        maximum += other.maximum
        unanswered += other.unanswered
        notApplicable += other.notApplicable
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

/// Every angle's tally over some criteria, by the angle's place in the
/// questionnaire, and whether any of those criteria asks it.
struct AngleTallies {
    var byAngle: [AngleTally]
    var asked: [Bool]

    init(angles: Int) {
        byAngle = [AngleTally](repeating: AngleTally(), count: angles)
        asked = [Bool](repeating: false, count: angles)
    }

    mutating func add(_ other: AngleTallies) {
        for angle in other.byAngle.indices {
            byAngle[angle].add(other.byAngle[angle])
            asked[angle] = asked[angle] || other.asked[angle]
        }
    }
}

extension GroupScore {
    init(angleIDs: [String], tallies: AngleTallies, id: String, title: LocalizedText) {
        self.init(angleIDs: angleIDs, tallies: tallies.byAngle, asked: tallies.asked, id: id, title: title)
    }

    /// The angles asked, in questionnaire order, with their tallies and sums.
    init(angleIDs: [String], tallies: [AngleTally], asked: [Bool], id: String, title: LocalizedText) {
        let ordered = angleIDs.indices.filter { asked[$0] }.map { (id: angleIDs[$0], tally: tallies[$0]) }
        self.init(groupID: id, title: title, angles: ordered,
                  points: ordered.reduce(0) { $0 + $1.tally.points }, maximum: ordered.reduce(0) { $0 + $1.tally.maximum })
    }
}

public enum Tallying {
    public static func score(_ group: Group, questionnaire q: Questionnaire, session: Session) -> GroupScore {
        score(groups: [group], id: group.id, title: group.title, questionnaire: q, session: session)
    }

    /// Every criterion under `groups`, visited in place rather than gathered
    /// into one array (which copies each criterion at every level).
    static func score(groups: [Group], id: String, title: LocalizedText, questionnaire q: Questionnaire, session: Session) -> GroupScore {
        var counter = Counter(q, session: session)
        func visit(_ group: Group) {
            for criterion in group.criteria { counter.add(criterion) }
            for child in group.groups { visit(child) }
        }
        for group in groups { visit(group) }
        return counter.score(id: id, title: title)
    }

    static func score(_ criteria: [Criterion], id: String, title: LocalizedText, questionnaire q: Questionnaire, session: Session) -> GroupScore {
        var counter = Counter(q, session: session)
        for criterion in criteria { counter.add(criterion) }
        return counter.score(id: id, title: title)
    }

    /// Tallies by the angle's place in the questionnaire: finding one of a
    /// few short ids is cheaper than hashing every question's angle.
    struct Counter {
        let session: Session
        let angleIDs: [String]
        let top: Int
        var tallies: [AngleTally]
        var asked: [Bool]

        init(_ q: Questionnaire, session: Session) {
            self.session = session
            angleIDs = q.angles.map(\.id)
            top = q.scale.top
            tallies = [AngleTally](repeating: AngleTally(), count: angleIDs.count)
            asked = [Bool](repeating: false, count: angleIDs.count)
        }

        mutating func add(_ criterion: Criterion) {
            let record = session.answers[criterion.id]
            for question in criterion.questions {
                guard let index = angleIDs.firstIndex(of: question.angle) else { continue }
                tallies[index].add(record?.ratings[question.angle], top: top)
                asked[index] = true
            }
        }

        func score(id: String, title: LocalizedText) -> GroupScore {
            GroupScore(angleIDs: angleIDs, tallies: tallies, asked: asked, id: id, title: title)
        }
    }
}
