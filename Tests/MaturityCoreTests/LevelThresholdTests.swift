import Testing
@testable import MaturityCore

/// Every requirement of every CC-CMM-OC level exactly at its threshold and just
/// below it, with the other requirements comfortably met. Totals in the
/// comments are worked out by hand from the runs.
@Suite struct LevelThresholdTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var coreMethod: [Run]
        var coreExecution: [Run]
        var innovationMethod: [Run]
        var innovationExecution: [Run]
        var years: Int?
        var expectedTotal: Int
        var expectedLevel: String
        var testDescription: String { name }
    }
    struct Run: Sendable { var count: Int; var rating: Int }

    static let all10core = [Run(count: 150, rating: 10)]
    static let all10inn = [Run(count: 20, rating: 10)]
    static func runs(_ pairs: (Int, Int)...) -> [Run] { pairs.map { Run(count: $0.0, rating: $0.1) } }

    static let cases: [Case] = [
        // L1: method ≥ 80% (120 of 150), execution ≥ 60% (90 of 150), total ≥ 2250.
        Case(name: "L1 method at 120/150", coreMethod: runs((120, 10), (30, 5)), coreExecution: all10core,
             innovationMethod: all10inn, innovationExecution: all10inn, expectedTotal: 1350 + 1500 + 400, expectedLevel: "L1"),
        Case(name: "L1 method at 119/150", coreMethod: runs((119, 10), (31, 5)), coreExecution: all10core,
             innovationMethod: all10inn, innovationExecution: all10inn, expectedTotal: 1345 + 1500 + 400, expectedLevel: "L0"),
        Case(name: "L1 execution at 90/150", coreMethod: all10core, coreExecution: runs((90, 10), (60, 5)),
             innovationMethod: all10inn, innovationExecution: all10inn, expectedTotal: 1500 + 1200 + 400, expectedLevel: "L1"),
        Case(name: "L1 execution at 89/150", coreMethod: all10core, coreExecution: runs((89, 10), (61, 5)),
             innovationMethod: all10inn, innovationExecution: all10inn, expectedTotal: 1500 + 1195 + 400, expectedLevel: "L0"),
        Case(name: "L1 total at 2250", coreMethod: runs((120, 10), (30, 0)), coreExecution: runs((90, 10), (60, 0)),
             innovationMethod: runs((10, 10), (10, 0)), innovationExecution: runs((5, 10), (15, 0)), expectedTotal: 2250, expectedLevel: "L1"),
        Case(name: "L1 total at 2245", coreMethod: runs((120, 10), (30, 0)), coreExecution: runs((90, 10), (60, 0)),
             innovationMethod: runs((10, 10), (10, 0)), innovationExecution: runs((4, 10), (1, 5), (15, 0)), expectedTotal: 2245, expectedLevel: "L0"),
        // L2: method ≥ 90% (135), execution ≥ 70% (105), total ≥ 2500. No years given, so L3 cannot hold.
        Case(name: "L2 method at 135/150", coreMethod: runs((135, 10), (15, 5)), coreExecution: all10core,
             innovationMethod: all10inn, innovationExecution: all10inn, expectedTotal: 1425 + 1500 + 400, expectedLevel: "L2"),
        Case(name: "L2 method at 134/150", coreMethod: runs((134, 10), (16, 5)), coreExecution: all10core,
             innovationMethod: all10inn, innovationExecution: all10inn, expectedTotal: 1420 + 1500 + 400, expectedLevel: "L1"),
        Case(name: "L2 execution at 105/150", coreMethod: all10core, coreExecution: runs((105, 10), (45, 5)),
             innovationMethod: all10inn, innovationExecution: all10inn, expectedTotal: 1500 + 1275 + 400, expectedLevel: "L2"),
        Case(name: "L2 execution at 104/150", coreMethod: all10core, coreExecution: runs((104, 10), (46, 5)),
             innovationMethod: all10inn, innovationExecution: all10inn, expectedTotal: 1500 + 1270 + 400, expectedLevel: "L1"),
        Case(name: "L2 total at 2500", coreMethod: runs((135, 10), (15, 0)), coreExecution: runs((105, 10), (45, 0)),
             innovationMethod: runs((10, 10), (10, 0)), innovationExecution: runs((20, 0)), expectedTotal: 2500, expectedLevel: "L2"),
        Case(name: "L2 total at 2495", coreMethod: runs((135, 10), (15, 0)), coreExecution: runs((105, 10), (45, 0)),
             innovationMethod: runs((9, 10), (1, 5), (10, 0)), innovationExecution: runs((20, 0)), expectedTotal: 2495, expectedLevel: "L1"),
        // L3: method 100%, execution ≥ 80% (120), total ≥ 2750, at least 2 years.
        Case(name: "L3 method at 150/150", coreMethod: all10core, coreExecution: all10core,
             innovationMethod: all10inn, innovationExecution: all10inn, years: 2, expectedTotal: 3400, expectedLevel: "L3"),
        Case(name: "L3 method at 149/150", coreMethod: runs((149, 10), (1, 5)), coreExecution: all10core,
             innovationMethod: all10inn, innovationExecution: all10inn, years: 2, expectedTotal: 3395, expectedLevel: "L2"),
        Case(name: "L3 execution at 120/150", coreMethod: all10core, coreExecution: runs((120, 10), (30, 5)),
             innovationMethod: all10inn, innovationExecution: all10inn, years: 2, expectedTotal: 1500 + 1350 + 400, expectedLevel: "L3"),
        Case(name: "L3 execution at 119/150", coreMethod: all10core, coreExecution: runs((119, 10), (31, 5)),
             innovationMethod: all10inn, innovationExecution: all10inn, years: 2, expectedTotal: 1500 + 1345 + 400, expectedLevel: "L2"),
        Case(name: "L3 total at 2750", coreMethod: all10core, coreExecution: runs((120, 10), (30, 0)),
             innovationMethod: runs((5, 10), (15, 0)), innovationExecution: runs((20, 0)), years: 2, expectedTotal: 2750, expectedLevel: "L3"),
        Case(name: "L3 total at 2745", coreMethod: all10core, coreExecution: runs((120, 10), (30, 0)),
             innovationMethod: runs((4, 10), (1, 5), (15, 0)), innovationExecution: runs((20, 0)), years: 2, expectedTotal: 2745, expectedLevel: "L2"),
        Case(name: "L3 years at 2", coreMethod: all10core, coreExecution: all10core,
             innovationMethod: all10inn, innovationExecution: all10inn, years: 2, expectedTotal: 3400, expectedLevel: "L3"),
        Case(name: "L3 years at 1", coreMethod: all10core, coreExecution: all10core,
             innovationMethod: all10inn, innovationExecution: all10inn, years: 1, expectedTotal: 3400, expectedLevel: "L2"),
        Case(name: "L3 years not given", coreMethod: all10core, coreExecution: all10core,
             innovationMethod: all10inn, innovationExecution: all10inn, years: nil, expectedTotal: 3400, expectedLevel: "L2"),
        // L4: execution ≥ 90% (135), 5.0 method ≥ 80% (16 of 20), 5.0 execution ≥ 70% (14 of 20), total ≥ 3200, 3 years.
        Case(name: "L4 execution at 135/150", coreMethod: all10core, coreExecution: runs((135, 10), (15, 5)),
             innovationMethod: all10inn, innovationExecution: all10inn, years: 3, expectedTotal: 1500 + 1425 + 400, expectedLevel: "L4"),
        Case(name: "L4 execution at 134/150", coreMethod: all10core, coreExecution: runs((134, 10), (16, 5)),
             innovationMethod: all10inn, innovationExecution: all10inn, years: 3, expectedTotal: 1500 + 1420 + 400, expectedLevel: "L3"),
        Case(name: "L4 5.0 method at 16/20", coreMethod: all10core, coreExecution: all10core,
             innovationMethod: runs((16, 10), (4, 5)), innovationExecution: all10inn, years: 3, expectedTotal: 3380, expectedLevel: "L4"),
        Case(name: "L4 5.0 method at 15/20", coreMethod: all10core, coreExecution: all10core,
             innovationMethod: runs((15, 10), (5, 5)), innovationExecution: all10inn, years: 3, expectedTotal: 3375, expectedLevel: "L3"),
        Case(name: "L4 5.0 execution at 14/20", coreMethod: all10core, coreExecution: all10core,
             innovationMethod: all10inn, innovationExecution: runs((14, 10), (6, 5)), years: 3, expectedTotal: 3370, expectedLevel: "L4"),
        Case(name: "L4 5.0 execution at 13/20", coreMethod: all10core, coreExecution: all10core,
             innovationMethod: all10inn, innovationExecution: runs((13, 10), (7, 5)), years: 3, expectedTotal: 3365, expectedLevel: "L3"),
        Case(name: "L4 total at 3200", coreMethod: all10core, coreExecution: runs((135, 10), (10, 5), (5, 0)),
             innovationMethod: runs((16, 10), (4, 0)), innovationExecution: runs((14, 10), (6, 0)), years: 3, expectedTotal: 3200, expectedLevel: "L4"),
        Case(name: "L4 total at 3195", coreMethod: all10core, coreExecution: runs((135, 10), (9, 5), (6, 0)),
             innovationMethod: runs((16, 10), (4, 0)), innovationExecution: runs((14, 10), (6, 0)), years: 3, expectedTotal: 3195, expectedLevel: "L3"),
        Case(name: "L4 years at 3", coreMethod: all10core, coreExecution: all10core,
             innovationMethod: all10inn, innovationExecution: all10inn, years: 3, expectedTotal: 3400, expectedLevel: "L4"),
        // L5: execution 100%, 5.0 method 100%, 5.0 execution ≥ 90% (18 of 20), total ≥ 3380, 5 years.
        Case(name: "L5 5.0 execution at 18/20, total at 3380", coreMethod: all10core, coreExecution: all10core,
             innovationMethod: all10inn, innovationExecution: runs((18, 10), (2, 0)), years: 5, expectedTotal: 3380, expectedLevel: "L5"),
        Case(name: "L5 5.0 execution at 17/20", coreMethod: all10core, coreExecution: all10core,
             innovationMethod: all10inn, innovationExecution: runs((17, 10), (3, 5)), years: 5, expectedTotal: 3385, expectedLevel: "L4"),
        Case(name: "L5 execution at 149/150", coreMethod: all10core, coreExecution: runs((149, 10), (1, 5)),
             innovationMethod: all10inn, innovationExecution: all10inn, years: 5, expectedTotal: 3395, expectedLevel: "L4"),
        Case(name: "L5 5.0 method at 19/20", coreMethod: all10core, coreExecution: all10core,
             innovationMethod: runs((19, 10), (1, 5)), innovationExecution: all10inn, years: 5, expectedTotal: 3395, expectedLevel: "L4"),
        Case(name: "L5 years at 4", coreMethod: all10core, coreExecution: all10core,
             innovationMethod: all10inn, innovationExecution: all10inn, years: 4, expectedTotal: 3400, expectedLevel: "L4"),
        Case(name: "L5 everything at 10", coreMethod: all10core, coreExecution: all10core,
             innovationMethod: all10inn, innovationExecution: all10inn, years: 5, expectedTotal: 3400, expectedLevel: "L5"),
    ]

    @Test(arguments: cases)
    func levelAtEdge(_ c: Case) throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var s = Fixtures.session(q, years: c.years)
        Fixtures.rate(&s, from: 1, angle: "method", runs: c.coreMethod.map { ($0.count, $0.rating) })
        Fixtures.rate(&s, from: 1, angle: "execution", runs: c.coreExecution.map { ($0.count, $0.rating) })
        Fixtures.rate(&s, from: 151, angle: "method", runs: c.innovationMethod.map { ($0.count, $0.rating) })
        Fixtures.rate(&s, from: 151, angle: "execution", runs: c.innovationExecution.map { ($0.count, $0.rating) })
        let card = Scorer.score(s, with: q)
        #expect(card.provisional == false)
        #expect(card.total == c.expectedTotal)
        guard case let .levels(outcome) = card.outcome else { Issue.record("not a levels outcome"); return }
        #expect(outcome.achievedID == c.expectedLevel)
        // The bar toward the next level is full only when that level is held.
        if outcome.next != nil { #expect(outcome.progressToNext < 1) } else { #expect(outcome.progressToNext == 1) }
    }

    @Test func cumulativeRuleKeepsLowerLevelRequirements() throws {
        // A model whose second level has only a percentage: meeting it while
        // failing the first level's total still leaves the centre unrated.
        let json = Fixtures.ccmmLike().replacingOccurrences(of: """
              {"id": "L2", "name": {"zh": "Professional", "en": "Professional"}, "requirements": [
                {"kind": "percent", "scope": "core", "angle": "method", "at_least": 90},
                {"kind": "percent", "scope": "core", "angle": "execution", "at_least": 70},
                {"kind": "total", "at_least": 2500}]},
        """, with: """
              {"id": "L2", "name": {"zh": "Professional", "en": "Professional"}, "requirements": [
                {"kind": "percent", "scope": "core", "angle": "method", "at_least": 90}]},
        """)
        let q = try Fixtures.load(json)
        guard case let .levels(rules) = q.scoring else { Issue.record("no levels"); return }
        #expect(rules.levels[1].requirements.count == 1)
        var s = Fixtures.session(q)
        Fixtures.rate(&s, 1...150, method: 10, execution: 0)   // method 100%, execution 0%: L1 fails
        let card = Scorer.score(s, with: q)
        guard case let .levels(outcome) = card.outcome else { Issue.record("not a levels outcome"); return }
        #expect(outcome.levels[1].met)
        #expect(!outcome.levels[0].met)
        #expect(outcome.achievedID == "L0")
        #expect(outcome.next?.rule.id == "L1")
    }
}
