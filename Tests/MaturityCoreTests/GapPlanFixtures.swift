@testable import MaturityCore

/// Questionnaires and sessions for the gap-plan and comparison tests, built
/// here so that those tests depend on no other test file.
enum GapFixtures {
    static func text(_ s: String) -> String { Fixtures.text(s) }

    /// A small level model for exhaustive search: core scope = groups A (1–3)
    /// and B (4–5), innovation = group C (6–7); 14 questions, full maximum 140.
    ///   L1: core method ≥ 60%, core execution ≥ 40%, total ≥ 60
    ///   L2: core method ≥ 80%, core execution ≥ 60%, innovation method ≥ 50%, total ≥ 90
    ///   L3: core method 100%, core execution ≥ 80%, innovation execution ≥ 50%, total ≥ 115, 2 years
    static func smallLevels(counting: String = "strict", l3Total: Int = 115) -> String {
        """
        {\(Fixtures.pointsHeader)
          "groups": [\(Fixtures.group("A", first: 1, count: 3)), \(Fixtures.group("B", first: 4, count: 2)), \(Fixtures.group("C", first: 6, count: 2))],
          "scoring": {"method": "levels", "counting": "\(counting)",
            "scopes": [{"id": "core", "title": \(text("A–B")), "groups": ["A", "B"]},
                       {"id": "innovation", "title": \(text("C")), "groups": ["C"]}],
            "unrated": {"id": "L0", "name": \(text("L0"))},
            "levels": [
              {"id": "L1", "name": \(text("one")), "requirements": [
                {"kind": "percent", "scope": "core", "angle": "method", "at_least": 60},
                {"kind": "percent", "scope": "core", "angle": "execution", "at_least": 40},
                {"kind": "total", "at_least": 60}]},
              {"id": "L2", "name": \(text("two")), "requirements": [
                {"kind": "percent", "scope": "core", "angle": "method", "at_least": 80},
                {"kind": "percent", "scope": "core", "angle": "execution", "at_least": 60},
                {"kind": "percent", "scope": "innovation", "angle": "method", "at_least": 50},
                {"kind": "total", "at_least": 90}]},
              {"id": "L3", "name": \(text("three")), "requirements": [
                {"kind": "percent", "scope": "core", "angle": "method", "at_least": 100},
                {"kind": "percent", "scope": "core", "angle": "execution", "at_least": 80},
                {"kind": "percent", "scope": "innovation", "angle": "execution", "at_least": 50},
                {"kind": "total", "at_least": \(l3Total)}, {"kind": "years", "at_least": 2}]}]}
        }
        """
    }

    /// Scopes that share criteria: "all" (A, B, C) and "core" (A, B).
    static func overlappingLevels() -> String {
        """
        {\(Fixtures.pointsHeader)
          "groups": [\(Fixtures.group("A", first: 1, count: 3)), \(Fixtures.group("B", first: 4, count: 2)), \(Fixtures.group("C", first: 6, count: 2))],
          "scoring": {"method": "levels",
            "scopes": [{"id": "all", "title": \(text("all")), "groups": ["A", "B", "C"]},
                       {"id": "core", "title": \(text("core")), "groups": ["A", "B"]}],
            "unrated": {"id": "L0", "name": \(text("L0"))},
            "levels": [{"id": "L1", "name": \(text("one")), "requirements": [
                {"kind": "percent", "scope": "all", "angle": "method", "at_least": 70},
                {"kind": "percent", "scope": "core", "angle": "method", "at_least": 80},
                {"kind": "total", "at_least": 100}]}]}
        }
        """
    }

    /// mean_level on 1–4: criteria with the given aspects, in one group.
    static func meanLevel(_ criteria: [(id: String, aspects: [String])]) -> String {
        var angles: [String] = []
        for criterion in criteria { for aspect in criterion.aspects where !angles.contains(aspect) { angles.append(aspect) } }
        let angleJSON = angles.map { #"{"id": "\#($0)", "title": \#(text($0))}"# }.joined(separator: ", ")
        let criteriaJSON = criteria.map { Fixtures.criterion($0.id, angles: $0.aspects, values: [1, 2, 3, 4]) }.joined(separator: ",\n")
        let levels = (1...4).map { #"{"id": "\#($0)", "name": \#(text("level \($0)"))}"# }.joined(separator: ", ")
        return """
            {"format": 1, "id": "mean-fixture", "version": "1", "title": {"zh": "测试", "en": "Test"},
             "scale": {"values": [1, 2, 3, 4], "labels": {"1": \(text("1")), "2": \(text("2")), "3": \(text("3")), "4": \(text("4"))}, "not_applicable": true},
             "angles": [\(angleJSON)],
             "groups": [{"id": "all", "title": \(text("all")), "criteria": [\(criteriaJSON)]}],
             "scoring": {"method": "mean_level", "levels": [\(levels)]}}
            """
    }

    /// weighted_bands: category c (from 1) has the given weight and sub-items "c.1", "c.2", …
    static func bands(weights: [Int], subItems: [Int]) -> String {
        BandFixtures.model(weights: weights, subItems: subItems)
    }

    /// lowest_group: modules "M1", "M2", … with criteria "M1.1", …
    static func modules(_ counts: [Int]) -> String {
        let groups = counts.enumerated().map { index, count in
            let module = "M\(index + 1)"
            let criteria = (1...count).map { Fixtures.criterion("\(module).\($0)") }.joined(separator: ",\n")
            return #"{"id": "\#(module)", "title": \#(text(module)), "criteria": [\#(criteria)]}"#
        }.joined(separator: ",\n")
        let ids = counts.indices.map { #""M\#($0 + 1)""# }.joined(separator: ", ")
        return """
            {\(Fixtures.pointsHeader)
              "groups": [\(groups)],
              "scoring": {"method": "lowest_group", "groups": [\(ids)]}}
            """
    }

    /// An answer as the tests write it: a rating, N/A, or nil for unanswered.
    enum A: Equatable, Sendable {
        case r(Int)
        case na
    }

    /// Sets each criterion's angles from a list of answers (nil leaves it unanswered).
    static func answer(_ session: inout Session, _ criterion: String, _ angles: [String], _ answers: [A?]) {
        for (angle, answer) in zip(angles, answers) {
            switch answer {
            case let .r(value)?: session.setAnswer(.rated(value), criterion: criterion, angle: angle, at: "t")
            case .na?: session.setAnswer(.notApplicable(reason: "not offered"), criterion: criterion, angle: angle, at: "t")
            case nil: session.setAnswer(nil, criterion: criterion, angle: angle, at: "t")
            }
        }
    }

    /// models.md §1 worked example: 1.0–4.0 method 123 at 10, 27 at 5;
    /// execution 95 at 10, 55 at 5; 5.0 method 5, execution 0.
    static func worked(_ q: Questionnaire, years: Int? = nil) -> Session {
        var s = Fixtures.session(q, years: years)
        Fixtures.rate(&s, from: 1, angle: "method", runs: [(123, 10), (27, 5)])
        Fixtures.rate(&s, from: 1, angle: "execution", runs: [(95, 10), (55, 5)])
        Fixtures.rate(&s, 151...170, method: 5, execution: 0)
        return s
    }

    static func level(_ session: Session, _ q: Questionnaire, counting: Counting? = nil) -> String? {
        guard case let .levels(outcome) = Scorer.score(session, with: q, counting: counting).outcome else { return nil }
        return outcome.achievedID
    }
}

/// A small deterministic generator (SplitMix64), so random fixtures repeat.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
