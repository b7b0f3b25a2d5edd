import Testing
@testable import MaturityCore

@Suite struct NotApplicableAndProvisionalTests {
    @Test func notApplicableLeavesDenominatorsAndScalesTotals() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var s = Fixtures.session(q)
        // Ten core criteria N/A: the core denominator becomes 140, the applicable maximum 3400 − 200 = 3200.
        for id in 141...150 {
            s.setAnswer(.notApplicable(reason: "no outbound"), criterion: String(id), angle: "method", at: "t")
            s.setAnswer(.notApplicable(reason: "no outbound"), criterion: String(id), angle: "execution", at: "t")
        }
        // Method 112 of 140 at 10 = exactly 80%; execution 84 of 140 = exactly 60%.
        Fixtures.rate(&s, from: 1, angle: "method", runs: [(112, 10), (28, 0)])
        Fixtures.rate(&s, from: 1, angle: "execution", runs: [(84, 10), (56, 0)])
        // Points so far 1120 + 840 = 1960. L1's total scales to ⌈2250 × 3200 / 3400⌉ = ⌈2117.6⌉ = 2118.
        // 5.0: method 15 at 10 (150), execution 0 → total 2110, eight short.
        Fixtures.rate(&s, from: 151, angle: "method", runs: [(15, 10), (5, 0)])
        Fixtures.rate(&s, 151...170, method: nil, execution: 0)
        var card = Scorer.score(s, with: q)
        #expect(card.applicableMaximum == 3200)
        #expect(card.notApplicable == 20)
        #expect(card.total == 2110)
        guard case let .levels(outcome) = card.outcome else { Issue.record("not a levels outcome"); return }
        #expect(outcome.achievedID == "L0")
        let total = outcome.levels[0].requirements[2]
        #expect(total.required == Fraction(2118))
        #expect(total.shortfall == 8)
        #expect(outcome.levels[0].requirements[0].met && outcome.levels[0].requirements[1].met)

        // Two more 10s in 5.0 execution: 2130 ≥ 2118 → L1.
        Fixtures.rate(&s, 151...152, method: nil, execution: 10)
        card = Scorer.score(s, with: q)
        guard case let .levels(after) = card.outcome else { Issue.record("not a levels outcome"); return }
        #expect(after.achievedID == "L1")
    }

    @Test func unansweredCountsZeroAndMarksProvisional() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var s = Fixtures.session(q)
        Fixtures.rate(&s, 1...150, method: 10, execution: 10)
        var card = Scorer.score(s, with: q)
        #expect(card.provisional)
        #expect(card.answered == 300)
        #expect(card.questions == 340)
        #expect(card.total == 3000)
        #expect(card.applicableMaximum == 3400)  // unanswered stay in the denominator
        // Answering everything removes the provisional mark.
        Fixtures.rate(&s, 151...170, method: 0, execution: 0)
        card = Scorer.score(s, with: q)
        #expect(!card.provisional)
    }

    @Test func halfAnsweredCriterionCountsItsMissingAngleAsZero() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var s = Fixtures.session(q)
        s.setAnswer(.rated(10), criterion: "1", angle: "method", at: "t")
        let card = Scorer.score(s, with: q)
        let first = try #require(card.groups.first)
        #expect(first.tally("method")?.atTop == 1)
        #expect(first.tally("execution")?.unanswered == 38)
        #expect(first.points == 10)
        #expect(first.maximum == 760)
    }

    @Test func fractionsCompareExactly() {
        #expect(Fraction(120 * 100, 150) == Fraction(80))
        #expect(!(Fraction(119 * 100, 150) >= Fraction(80)))
        #expect(Fraction(805, 10).roundedHalfUp == 81)
        #expect(Fraction(8046, 100).roundedHalfUp == 80)
        #expect(Fraction(8046, 100).formatted(places: 1) == "80.5")
        #expect(Fraction(405, 10).roundedHalfUp == 41)
        #expect(Fraction(7, 3).floor == 2)
        #expect(Fraction(1, 3) + Fraction(1, 6) == Fraction(1, 2))
    }
}
