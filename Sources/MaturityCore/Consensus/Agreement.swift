/// Which chance-corrected agreement statistic a report gives.
public enum KappaKind: String, Sendable {
    /// Cohen (1960): two assessors.
    case cohen
    /// Fleiss (1971): three or more assessors.
    case fleiss
}

/// Agreement on one angle, or on all angles together (`angle` nil).
public struct AgreementRow: Sendable, Equatable {
    public var angle: String?
    /// Questions every assessor answered: the items the statistics are computed on.
    public var items: Int
    /// Of those, the questions where every assessor gave the same answer.
    public var agreed: Int
    /// Questions left out because at least one assessor (but not all) left them unanswered.
    public var leftOut: Int
    /// Observed agreement as the statistic defines it (for Cohen the share of
    /// exact agreements; for Fleiss the mean pairwise agreement).
    public var observed: Fraction?
    /// Agreement expected by chance from the answer distribution.
    public var expected: Fraction?
    /// Nil when there are no items, or when chance agreement is already 1
    /// (every answer in one category), where kappa is undefined.
    public var kappa: Double?

    /// Share of the items on which all assessors agreed exactly.
    public var exact: Fraction? { items == 0 ? nil : Fraction(agreed, items) }
}

/// How far several assessors agree, per angle and overall.
public struct AgreementReport: Sendable {
    public var assessors: [String]
    public var kind: KappaKind
    /// The answer categories compared: the scale values, then N/A.
    public var categories: [String]
    /// In the questionnaire's angle order.
    public var angles: [AgreementRow]
    /// Every angle's items together.
    public var overall: AgreementRow
}

/// Agreement between assessors of the same questionnaire. An item is one
/// question (criterion × angle); its categories are the scale values plus
/// N/A. Questions some assessor left unanswered are left out (and counted).
public enum Agreement {
    public static func report(_ sessions: [Session], assessors: [String], questionnaire q: Questionnaire) -> AgreementReport {
        let kind: KappaKind = sessions.count <= 2 ? .cohen : .fleiss
        var categories = q.scale.values.map(AgreementCategory.value)
        if q.scale.allowsNotApplicable { categories.append(.notApplicable) }
        // Ratings off the scale cannot occur in reconciled sessions; count them apart all the same.
        for session in sessions {
            for answer in session.answers.values {
                for rating in answer.ratings.values where !categories.contains(AgreementCategory(rating)) {
                    categories.append(AgreementCategory(rating))
                }
            }
        }
        let index = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, $0) })
        var perAngle: [String: (items: [[Int]], leftOut: Int)] = [:]
        for criterion in q.criteria {
            for angle in criterion.angleIDs {
                let given = sessions.map { $0.answers[criterion.id]?.ratings[angle].map(AgreementCategory.init) }
                let answered = given.compactMap { $0 }
                var entry = perAngle[angle] ?? ([], 0)
                if answered.count == sessions.count {
                    entry.items.append(answered.compactMap { index[$0] })
                } else if !answered.isEmpty {
                    entry.leftOut += 1
                }
                perAngle[angle] = entry
            }
        }
        let angleOrder = q.angles.map(\.id).filter { perAngle[$0] != nil }
        let rows = angleOrder.map { angle in
            row(angle: angle, items: perAngle[angle]?.items ?? [], leftOut: perAngle[angle]?.leftOut ?? 0,
                categories: categories.count, raters: sessions.count, kind: kind)
        }
        let all = angleOrder.flatMap { perAngle[$0]?.items ?? [] }
        let overall = row(angle: nil, items: all, leftOut: rows.reduce(0) { $0 + $1.leftOut },
                          categories: categories.count, raters: sessions.count, kind: kind)
        return AgreementReport(assessors: assessors, kind: kind, categories: categories.map(\.label),
                               angles: rows, overall: overall)
    }

    /// `items[i][r]`: the category index assessor r gave item i.
    static func row(angle: String?, items: [[Int]], leftOut: Int, categories: Int, raters: Int, kind: KappaKind) -> AgreementRow {
        let agreed = items.filter { item in item.allSatisfy { $0 == item.first } }.count
        var result = AgreementRow(angle: angle, items: items.count, agreed: agreed, leftOut: leftOut)
        guard !items.isEmpty, raters >= 2 else { return result }
        switch kind {
        case .cohen:
            var table = [[Int]](repeating: [Int](repeating: 0, count: categories), count: categories)
            for item in items where item.count == 2 { table[item[0]][item[1]] += 1 }
            let parts = Kappa.cohenParts(table)
            result.observed = parts.observed
            result.expected = parts.expected
            result.kappa = Kappa.cohen(table)
        case .fleiss:
            let counts = items.map { item in
                var row = [Int](repeating: 0, count: categories)
                for category in item { row[category] += 1 }
                return row
            }
            let parts = Kappa.fleissParts(counts)
            result.observed = parts?.observed
            result.expected = parts?.expected
            result.kappa = Kappa.fleiss(counts)
        }
        return result
    }
}

/// The two kappa statistics on plain count tables, so they can be checked
/// against textbook examples.
public enum Kappa {
    /// Cohen's kappa from a square table: `table[i][j]` is the number of items
    /// the first rater put in category i and the second in category j.
    /// κ = (p_o − p_e) ÷ (1 − p_e), with p_o the share on the diagonal and
    /// p_e = Σ_k (row_k × column_k) ÷ n². Nil when there are no items or p_e = 1.
    public static func cohen(_ table: [[Int]]) -> Double? {
        let n = table.reduce(0) { $0 + $1.reduce(0, +) }
        guard n > 0, table.allSatisfy({ $0.count == table.count }) else { return nil }
        let diagonal = table.indices.reduce(0) { $0 + table[$1][$1] }
        let chance = marginProducts(table)
        // κ = (n·diagonal − Σ row·column) ÷ (n² − Σ row·column), exactly.
        let denominator = n * n - chance
        guard denominator != 0 else { return nil }
        return Double(n * diagonal - chance) / Double(denominator)
    }

    static func marginProducts(_ table: [[Int]]) -> Int {
        table.indices.reduce(0) { sum, k in
            sum + table[k].reduce(0, +) * table.reduce(0) { $0 + $1[k] }
        }
    }

    static func cohenParts(_ table: [[Int]]) -> (observed: Fraction?, expected: Fraction?) {
        let n = table.reduce(0) { $0 + $1.reduce(0, +) }
        guard n > 0 else { return (nil, nil) }
        let diagonal = table.indices.reduce(0) { $0 + table[$1][$1] }
        return (Fraction(diagonal, n), Fraction(marginProducts(table), n * n))
    }

    /// Fleiss' kappa from `counts[i][j]`: how many raters put item i in
    /// category j; every item must have the same number of raters m ≥ 2.
    /// P_i = (Σ_j n_ij² − m) ÷ (m(m − 1)); P̄ is their mean; p_j = Σ_i n_ij ÷ (N·m);
    /// P̄e = Σ_j p_j²; κ = (P̄ − P̄e) ÷ (1 − P̄e). Nil when undefined.
    public static func fleiss(_ counts: [[Int]]) -> Double? {
        guard let parts = fleissParts(counts), parts.expected != Fraction(1) else { return nil }
        let observed = parts.observed.doubleValue, expected = parts.expected.doubleValue
        return (observed - expected) / (1 - expected)
    }

    static func fleissParts(_ counts: [[Int]]) -> (observed: Fraction, expected: Fraction)? {
        guard let m = counts.first?.reduce(0, +), m >= 2, counts.allSatisfy({ $0.reduce(0, +) == m && $0.allSatisfy { $0 >= 0 } }) else {
            return nil
        }
        let items = counts.count
        let squares = counts.reduce(0) { $0 + $1.reduce(0) { $0 + $1 * $1 } }
        // P̄ = (Σ_i Σ_j n_ij² − N·m) ÷ (N·m·(m − 1))
        let observed = Fraction(squares - items * m, items * m * (m - 1))
        let columns = (counts.first ?? []).indices.map { j in counts.reduce(0) { $0 + $1[j] } }
        let total = items * m
        let expected = Fraction(columns.reduce(0) { $0 + $1 * $1 }, total * total)
        return (observed, expected)
    }
}

extension AgreementCategory {
    var label: String {
        switch self {
        case let .value(value): return String(value)
        case .notApplicable: return "N/A"
        }
    }
}
