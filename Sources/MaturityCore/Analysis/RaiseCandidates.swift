/// A question whose rating a plan could raise.
struct RaiseCandidate {
    /// Position in reading order (criterion, then its questions).
    var order: Int
    var criterionID: String
    var angle: String
    /// Nil when unanswered.
    var from: Int?
    /// The values above the current one, lowest first.
    var options: [Int]

    /// The rating the scorer uses now: an unanswered question counts as 0.
    var current: Int { from ?? 0 }
    var top: Int { options.last ?? current }
}

enum RaiseCandidates {
    /// Every applicable question that can still go up, in reading order.
    /// N/A questions are never raised; unanswered ones are included only when
    /// `includeUnanswered` (points models count them as 0).
    static func collect(_ q: Questionnaire, _ session: Session, includeUnanswered: Bool,
                        where keep: (Criterion) -> Bool = { _ in true }) -> [RaiseCandidate] {
        var result: [RaiseCandidate] = []
        var order = 0
        for criterion in q.criteria {
            for question in criterion.questions {
                defer { order += 1 }
                guard keep(criterion) else { continue }
                let from: Int?
                switch session.answer(criterion.id, question.angle) {
                case .notApplicable?: continue
                case let .rated(value)?: from = value
                case nil:
                    guard includeUnanswered else { continue }
                    from = nil
                }
                let options = q.scale.values.filter { $0 > (from ?? 0) }.sorted()
                guard !options.isEmpty else { continue }
                result.append(RaiseCandidate(order: order, criterionID: criterion.id, angle: question.angle, from: from, options: options))
            }
        }
        return result
    }

    /// The largest step every raise is a multiple of (5 on a 0/5/10 scale), so
    /// tables can count in steps instead of points.
    static func unit(_ candidates: [RaiseCandidate]) -> Int {
        var unit = 0
        for candidate in candidates {
            for option in candidate.options { unit = Fraction.gcd(unit, option - candidate.current) }
        }
        return max(unit, 1)
    }

    /// Ids of the criteria under the given group ids.
    static func criteria(under groups: [String], in q: Questionnaire) -> Set<String> {
        Set(groups.compactMap { q.group($0) }.flatMap(\.allCriteria).map(\.id))
    }
}
