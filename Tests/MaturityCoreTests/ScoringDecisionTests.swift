import Testing
@testable import MaturityCore

/// Decisions taken where models.md is silent, found while testing (README "Decisions").
@Suite struct ScoringDecisionTests {
    @Test func whollyNotApplicableCategoryIsLeftOutAndWeightsRescale() throws {
        let q = try Fixtures.load("""
            {\(Fixtures.pointsHeader) "groups": [\(Fixtures.group("A", first: 1, count: 2)), \(Fixtures.group("B", first: 3, count: 1))],
             "scoring": {"method": "weighted_bands", "weights": [{"group": "A", "points": 60}, {"group": "B", "points": 40}],
               "bands": [{"id": "pass", "min": 61, "name": {"zh": "过", "en": "Pass"}},
                         {"id": "conditional", "min": 41, "name": {"zh": "有条件", "en": "Conditional"}},
                         {"id": "fail", "min": 0, "name": {"zh": "不过", "en": "Fail"}}]}}
            """)
        var s = Fixtures.session(q)
        // A: 40 of 40 rating points would be 60; rated 10+10 and 0+0 → 20/40 → 60 × 1/2 = 30.
        Fixtures.rate(&s, 1...1, method: 10, execution: 10)
        Fixtures.rate(&s, 2...2, method: 0, execution: 0)
        // B wholly N/A: left out, so the total is 30 × 100/60 = 50 (conditional), not 30 (fail).
        s.setAnswer(.notApplicable(reason: "no such service"), criterion: "3", angle: "method", at: "t")
        s.setAnswer(.notApplicable(reason: "no such service"), criterion: "3", angle: "execution", at: "t")
        let card = Scorer.score(s, with: q)
        guard case let .bands(outcome) = card.outcome else { Issue.record("not bands"); return }
        #expect(outcome.total == Fraction(50))
        #expect(outcome.band?.id == "conditional")
        #expect(outcome.categories.map(\.applicable) == [true, false])
    }

    @Test func meanLevelDisplayNeverRoundsAboveItsLevel() {
        // 1439/480 ≈ 2.998: the level is 2, so the display must not read "3.00".
        let overall = Fraction(1439, 480)
        #expect(overall.floor == 2)
        #expect(overall.truncated(places: 2) == "2.99")
        #expect(overall.formatted(places: 2) == "3.00")
        #expect(Fraction(3).truncated(places: 2) == "3.00")
        #expect(Fraction(7, 3).truncated(places: 2) == "2.33")
    }

    @Test func emptyOrBlankTextIsRefused() {
        let json = ValidationTests.valid().replacingOccurrences(of: #""title": {"zh": "测试", "en": "Test"}"#, with: #""title": {"zh": "  ", "en": ""}"#)
        let found = ValidationTests.problems(json)
        #expect(found.map(\.location) == ["$.title.zh", "$.title.en"])
        #expect(found.allSatisfy { $0.message == "expected a non-empty string" })
    }
}
