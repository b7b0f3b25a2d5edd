import Testing
@testable import MaturityCore

/// models.md §1, "Worked example", computed by hand there.
@Suite struct WorkedExampleTests {
    /// 1.0–4.0: method 123 at 10 and 27 at 5; execution 95 at 10 and 55 at 5.
    /// 5.0: every method 5, every execution 0.
    static func workedSession(_ q: Questionnaire) -> Session {
        var s = Fixtures.session(q)
        Fixtures.rate(&s, from: 1, angle: "method", runs: [(123, 10), (27, 5)])
        Fixtures.rate(&s, from: 1, angle: "execution", runs: [(95, 10), (55, 5)])
        Fixtures.rate(&s, 151...170, method: 5, execution: 0)
        return s
    }

    @Test func strictReadingGivesL1() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let card = Scorer.score(Self.workedSession(q), with: q)
        #expect(card.counting == .strict)
        #expect(card.total == 2690)                 // 1230 + 135 + 950 + 275 + 100
        #expect(card.fullMaximum == 3400)
        #expect(card.provisional == false)
        guard case let .levels(outcome) = card.outcome else { Issue.record("not a levels outcome"); return }
        #expect(outcome.achievedID == "L1")
        let l1 = outcome.levels[0].requirements
        #expect(l1[0].actual == Fraction(82))       // 123/150 = 82.0%
        #expect(l1[1].actual == Fraction(9500, 150)) // 95/150 = 63.3%
        #expect(l1[1].actual?.formatted(places: 1) == "63.3")
        #expect(l1.allSatisfy { $0.met })
        // L2 fails on both percentages; its total 2690 ≥ 2500 holds.
        let next = try #require(outcome.next)
        #expect(next.rule.id == "L2")
        #expect(next.requirements.map(\.met) == [false, false, true])
        #expect(next.requirements[0].shortfall == 12) // 135 needed for 90% of 150, 123 held
        #expect(next.requirements[1].shortfall == 10) // 105 needed for 70%, 95 held
        #expect(outcome.progressToNext < 1)
    }

    @Test func weightedReadingGivesL2() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let card = Scorer.score(Self.workedSession(q), with: q, counting: .weighted)
        #expect(card.counting == .weighted)
        guard case let .levels(outcome) = card.outcome else { Issue.record("not a levels outcome"); return }
        #expect(outcome.achievedID == "L2")
        let l2 = outcome.levels[1].requirements
        #expect(l2[0].actual == Fraction(91))                        // (1230 + 135) / 1500
        #expect(l2[1].actual?.formatted(places: 1) == "81.7")        // (950 + 275) / 1500
        // L3 needs 100% method, 80% execution, 2750 points and two years.
        let next = try #require(outcome.next)
        #expect(next.rule.id == "L3")
        #expect(next.requirements.map(\.met) == [false, true, false, false])
        #expect(next.requirements[0].shortfall == 135)   // 1500 − 1365 rating points
        #expect(next.requirements[2].shortfall == 60)    // 2750 − 2690
    }

    @Test func fileDefaultCountingIsUsedWhenNotOverridden() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike(counting: "weighted"))
        let card = Scorer.score(Self.workedSession(q), with: q)
        #expect(card.counting == .weighted)
        guard case let .levels(outcome) = card.outcome else { Issue.record("not a levels outcome"); return }
        #expect(outcome.achievedID == "L2")
    }
}
