import Testing
@testable import MaturityCore
import MaturityPresentation

/// Gap plans worked out by hand.
@Suite struct GapPlanTests {
    typealias A = GapFixtures.A

    static func strings(_ range: ClosedRange<Int>) -> [String] { range.map { String($0) } }

    static func ids(_ plan: GapPlan, angle: String) -> [String] {
        plan.changes.filter { $0.angle == angle }.map(\.criterionID).sorted { naturalIDLess($0, $1) }
    }

    // MARK: models.md §1 worked example

    /// Strict: L2 needs 135 method 10s (12 more) and 105 execution 10s (10
    /// more) in 1.0–4.0; the total 2690 already clears 2500. Every non-10 in
    /// 1.0–4.0 is a 5, so the plan raises exactly 22 fives: the first twelve
    /// method 5s (124–135) and the first ten execution 5s (96–105).
    @Test func workedExampleStrictToL2() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let s = GapFixtures.worked(q)
        let plan = try GapPlanner.plan(s, questionnaire: q)
        #expect(plan.current.id == "L1")
        #expect(plan.target.id == "L2")
        #expect(!plan.alreadyMet)
        #expect(plan.optimality == .exact)
        #expect(plan.gaps.count == 2)
        #expect(plan.gaps.allSatisfy { $0.isActionable })
        #expect(plan.changes.count == 22)
        #expect(plan.totalEffort == 110)
        #expect(plan.changes.allSatisfy { $0.from == 5 && $0.to == 10 })
        #expect(Self.ids(plan, angle: "method") == Self.strings(124...135))
        #expect(Self.ids(plan, angle: "execution") == Self.strings(96...105))
        // Every change counts toward the requirement of its angle.
        #expect(plan.changes.allSatisfy { $0.serves == [$0.angle == "method" ? 0 : 1] })
        #expect(GapFixtures.level(GapPlanner.apply(plan, to: s, at: "t"), q) == "L2")
        // Cheapest criteria first, then reading order: all cost 5 here.
        #expect(plan.byCriterion.map(\.criterionID) == Self.strings(96...105) + Self.strings(124...135))
    }

    /// Weighted: L2 holds (91.0%, 81.7%); L3 needs method 100% (135 more
    /// rating points: all 27 method 5s), the total 2750 (60 more, covered by
    /// those 135) and two years — which no rating gives.
    @Test func workedExampleWeightedToL3() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let s = GapFixtures.worked(q)
        let plan = try GapPlanner.plan(s, questionnaire: q, counting: .weighted)
        #expect(plan.counting == .weighted)
        #expect(plan.current.id == "L2")
        #expect(plan.target.id == "L3")
        #expect(plan.gaps.count == 3)
        #expect(plan.actionableGaps.count == 2)
        #expect(plan.blockedGaps.map(\.blocker) == [.yearsNotGiven])
        #expect(plan.changes.count == 27)
        #expect(plan.totalEffort == 135)
        #expect(Self.ids(plan, angle: "method") == Self.strings(124...150))
        // Each raise serves both method 100% and the total.
        #expect(plan.changes.allSatisfy { $0.serves == [0, 1] })
        let after = GapPlanner.apply(plan, to: s, at: "t")
        #expect(GapFixtures.level(after, q, counting: .weighted) == "L2")   // the years still block L3
        var withYears = after
        withYears.profile.yearsInOperation = 2
        #expect(GapFixtures.level(withYears, q, counting: .weighted) == "L3")
    }

    @Test func targetAtOrBelowCurrentLevelIsMet() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let s = GapFixtures.worked(q)
        for target in ["L1", "l1", "1"] {
            let plan = try GapPlanner.plan(s, questionnaire: q, target: .named(target))
            #expect(plan.alreadyMet)
            #expect(plan.target.id == "L1")
            #expect(plan.gaps.isEmpty && plan.changes.isEmpty)
        }
        let weighted = try GapPlanner.plan(s, questionnaire: q, target: .named("L1"), counting: .weighted)
        #expect(weighted.alreadyMet && weighted.current.id == "L2")
    }

    @Test func theHighestLevelHasNothingNext() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var s = Fixtures.session(q, years: 5)
        Fixtures.rate(&s, 1...170, method: 10, execution: 10)
        let plan = try GapPlanner.plan(s, questionnaire: q)
        #expect(plan.alreadyMet)
        #expect(plan.current == plan.target)
        #expect(plan.current.id == "L5")
    }

    // MARK: choices

    /// 1.0–4.0 method: 130 at 10, 10 at 5 (131–140), 10 at 0 (141–150).
    /// L2 needs 135 at 10: five more, and the five are 5s (131–135), 25 points.
    /// L3 needs all 150: the ten 5s and the ten 0s, 20 changes and 150 points.
    @Test func fivesAreRaisedBeforeZeros() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var s = Fixtures.session(q, years: 2)
        Fixtures.rate(&s, from: 1, angle: "method", runs: [(130, 10), (10, 5), (10, 0)])
        Fixtures.rate(&s, 1...150, method: nil, execution: 10)
        Fixtures.rate(&s, 151...170, method: 10, execution: 10)
        #expect(GapFixtures.level(s, q) == "L1")   // total 1300 + 50 + 1500 + 400 = 3250
        let l2 = try GapPlanner.plan(s, questionnaire: q)
        #expect(l2.changes.count == 5)
        #expect(l2.totalEffort == 25)
        #expect(Self.ids(l2, angle: "method") == Self.strings(131...135))
        let l3 = try GapPlanner.plan(s, questionnaire: q, target: .named("L3"))
        #expect(l3.changes.count == 20)
        #expect(l3.totalEffort == 150)
        #expect(GapFixtures.level(GapPlanner.apply(l3, to: s, at: "t"), q) == "L3")
        // Cheapest criteria first: the 5s (effort 5) before the 0s (effort 10).
        #expect(l3.changes.prefix(10).allSatisfy { $0.from == 5 })
        #expect(l3.changes.suffix(10).allSatisfy { $0.from == 0 })
    }

    /// Every percent holds (method 120/150, execution 90/150) but the total is
    /// 1200 + 900 + 50 = 2150, 100 short of L1's 2250. Ten raises of 0 → 10 are
    /// the fewest; the earliest in reading order are execution 91–100.
    @Test func aTotalShortfallTakesTheLargestRaises() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var s = Fixtures.session(q)
        Fixtures.rate(&s, from: 1, angle: "method", runs: [(120, 10), (30, 0)])
        Fixtures.rate(&s, from: 1, angle: "execution", runs: [(90, 10), (60, 0)])
        Fixtures.rate(&s, from: 151, angle: "method", runs: [(10, 5), (10, 0)])
        Fixtures.rate(&s, 151...170, method: nil, execution: 0)
        #expect(Scorer.score(s, with: q).total == 2150)
        let plan = try GapPlanner.plan(s, questionnaire: q)
        #expect(plan.target.id == "L1")
        #expect(plan.gaps.count == 1)
        #expect(plan.changes.count == 10)
        #expect(plan.totalEffort == 100)
        #expect(plan.changes.allSatisfy { $0.from == 0 && $0.to == 10 })
        #expect(Self.ids(plan, angle: "execution") == Self.strings(91...100))
        #expect(GapFixtures.level(GapPlanner.apply(plan, to: s, at: "t"), q) == "L1")
    }

    /// Method 118 at 10, 2 at 5 (119–120), 30 at 0: two short of 80%; the
    /// total 1180 + 10 + 900 = 2090 is 160 short. At least 16 changes are
    /// needed (10 points each at best), and 16 suffice only if the two method
    /// raises are 0 → 10 as well: the 5s are left alone here.
    @Test func aQuotaTakesZerosWhenTheTotalNeedsThem() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var s = Fixtures.session(q)
        Fixtures.rate(&s, from: 1, angle: "method", runs: [(118, 10), (2, 5), (30, 0)])
        Fixtures.rate(&s, from: 1, angle: "execution", runs: [(90, 10), (60, 0)])
        Fixtures.rate(&s, 151...170, method: 0, execution: 0)
        #expect(Scorer.score(s, with: q).total == 2090)
        let plan = try GapPlanner.plan(s, questionnaire: q)
        #expect(plan.changes.count == 16)
        #expect(plan.totalEffort == 160)
        #expect(plan.changes.allSatisfy { $0.from == 0 && $0.to == 10 })
        #expect(plan.changes.filter { $0.angle == "method" && Int($0.criterionID).map { $0 <= 150 } == true }.count >= 2)
        #expect(GapFixtures.level(GapPlanner.apply(plan, to: s, at: "t"), q) == "L1")
    }

    /// Worked example with 141–150 N/A: 140 applicable. L2 needs ⌈0.9 × 140⌉ =
    /// 126 method 10s (3 more) and ⌈0.7 × 140⌉ = 98 execution 10s (3 more); the
    /// total threshold scales to ⌈2500 × 3200 ÷ 3400⌉ = 2353 and 2590 clears it.
    @Test func notApplicableIsNeverRaisedAndLeavesTheDenominators() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var s = GapFixtures.worked(q)
        for id in 141...150 { GapFixtures.answer(&s, String(id), ["method", "execution"], [.na, .na]) }
        let plan = try GapPlanner.plan(s, questionnaire: q)
        #expect(plan.changes.count == 6)
        #expect(Self.ids(plan, angle: "method") == ["124", "125", "126"])
        #expect(Self.ids(plan, angle: "execution") == ["96", "97", "98"])
        #expect(plan.changes.allSatisfy { Int($0.criterionID).map { !(141...150).contains($0) } == true })
        #expect(GapFixtures.level(GapPlanner.apply(plan, to: s, at: "t"), q) == "L2")
    }

    /// Method 123 at 10 and 27 unanswered: the unanswered count as 0, the plan
    /// raises twelve of them from nothing to 10 (effort 10 each) and says so.
    @Test func unansweredCountsAsZero() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var s = Fixtures.session(q)
        Fixtures.rate(&s, from: 1, angle: "method", runs: [(123, 10)])
        Fixtures.rate(&s, 1...150, method: nil, execution: 10)
        Fixtures.rate(&s, 151...170, method: 10, execution: 10)
        let plan = try GapPlanner.plan(s, questionnaire: q)
        #expect(plan.provisional)
        #expect(plan.target.id == "L2")
        #expect(plan.changes.count == 12)
        #expect(plan.changes.allSatisfy { $0.from == nil && $0.to == 10 && $0.effort == 10 })
        #expect(PlanWords(plan, questionnaire: q, catalog: .en).change(plan.changes[0]) == "Method unanswered → 10")
    }

    /// Levels are cumulative: from L1 a target of L3 lists L2's unmet
    /// requirements as well, each once.
    @Test func aHigherTargetIncludesTheLevelsBelow() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let s = GapFixtures.worked(q, years: 1)
        let plan = try GapPlanner.plan(s, questionnaire: q, target: .named("L3"))
        let levels = plan.gaps.map { gap -> String in
            if case let .level(rule, _) = gap.kind { return rule.id }
            return ""
        }
        #expect(levels == ["L2", "L2", "L3", "L3", "L3", "L3"])
        #expect(plan.blockedGaps.map(\.blocker) == [.yearsInOperation])
        // Method 100% (all 27 5s) and execution 80% (25 of the 55 execution 5s);
        // the total then is 2690 + 260 = 2950 ≥ 2750.
        #expect(plan.changes.count == 52)
        #expect(plan.totalEffort == 260)
        #expect(PlanWords(plan, questionnaire: q, catalog: .en).blocker(plan.blockedGaps[0]) == "no rating changes this: 1 more year of operation")
    }

    @Test func aTotalAboveTheMaximumIsOutOfReach() throws {
        let q = try Fixtures.load(GapFixtures.smallLevels(l3Total: 150))
        var s = Fixtures.session(q, years: 5)
        Fixtures.rate(&s, 1...7, method: 10, execution: 10)
        GapFixtures.answer(&s, "7", ["method", "execution"], [.r(5), .r(5)])
        let plan = try GapPlanner.plan(s, questionnaire: q)
        #expect(plan.target.id == "L3")
        let blocked = plan.blockedGaps
        #expect(blocked.map(\.blocker) == [.unreachable])
        #expect(plan.actionableGaps.isEmpty)
        #expect(plan.changes.isEmpty)
    }

    @Test func unknownTargetsAreRefused() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let s = GapFixtures.worked(q)
        #expect(throws: GapPlanError.self) { try GapPlanner.plan(s, questionnaire: q, target: .named("L9")) }
        #expect(throws: GapPlanError.self) { try GapPlanner.plan(s, questionnaire: q, target: .percent(80)) }
        do {
            _ = try GapPlanner.plan(s, questionnaire: q, target: .named("gold"))
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .unknownTarget(questionnaire: "fixture", name: "gold", expected: ["L1", "L2", "L3", "L4", "L5"]))
        }
    }

    /// Scopes "all" (1–7) and "core" (1–5) share criteria: the greedy plan
    /// still meets everything and says it is not proven smallest.
    @Test func overlappingScopesFallBackToAGreedyPlan() throws {
        let q = try Fixtures.load(GapFixtures.overlappingLevels())
        var s = Fixtures.session(q)
        Fixtures.rate(&s, 1...7, method: 5, execution: 5)
        let plan = try GapPlanner.plan(s, questionnaire: q)
        #expect(plan.optimality == .greedy)
        #expect(GapFixtures.level(GapPlanner.apply(plan, to: s, at: "t"), q) == "L1")
    }

    // MARK: other scoring methods

    /// c1 = (2, 2) → 2, c2 = (3, 2) → 2.5; overall 2.25, level 2. Level 3 needs
    /// 3: the sum of ratings ÷ 4 must rise by 0.75, i.e. 3 rating points. One
    /// raise adds at most 2, so two are needed: c1 approach 2 → 4, and c1
    /// deployment lowered from 4 to 3 as that is enough (overall exactly 3).
    @Test func meanLevelRaisesTheLargestGainsFirst() throws {
        let q = try Fixtures.load(GapFixtures.meanLevel([("c1", ["approach", "deployment"]), ("c2", ["approach", "deployment"])]))
        var s = Fixtures.session(q)
        GapFixtures.answer(&s, "c1", ["approach", "deployment"], [.r(2), .r(2)])
        GapFixtures.answer(&s, "c2", ["approach", "deployment"], [.r(3), .r(2)])
        let plan = try GapPlanner.plan(s, questionnaire: q)
        #expect(plan.current.id == "2" && plan.target.id == "3")
        #expect(plan.optimality == .fewestChanges)
        #expect(plan.changes == [PlannedChange(criterionID: "c1", angle: "approach", from: 2, to: 4, serves: [0]),
                                 PlannedChange(criterionID: "c1", angle: "deployment", from: 2, to: 3, serves: [0])])
        let after = GapPlanner.apply(plan, to: s, at: "t")
        guard case let .meanLevel(outcome) = Scorer.score(after, with: q).outcome else { Issue.record("not mean level"); return }
        #expect(outcome.overall == Fraction(3))
        #expect(try GapPlanner.plan(s, questionnaire: q, target: .named("L3")).changes.count == 2)
        #expect(try GapPlanner.plan(s, questionnaire: q, target: .named("2")).alreadyMet)
    }

    @Test func meanLevelWithNothingAnsweredIsOutOfReach() throws {
        let q = try Fixtures.load(GapFixtures.meanLevel([("c1", ["approach", "deployment"])]))
        let plan = try GapPlanner.plan(Fixtures.session(q), questionnaire: q)
        #expect(plan.gaps.map(\.blocker) == [.unreachable])
        #expect(plan.changes.isEmpty)
    }

    /// Weights 40 and 60, two sub-items each (maximum 40 points per category).
    /// Category 1 all 5s: 20/40 × 40 = 20; category 2 (10, 10), (5, 0): 25/40 ×
    /// 60 = 37.5. Total 57.5 → 58, conditional. "pass" needs 60.5: 3 more. A
    /// point in category 2 is worth 1.5, so one raise does it, and 2.2
    /// execution 0 → 10 (the largest gain) is lowered to 0 → 5 (+7.5).
    @Test func bandsRaiseTheHeaviestCategoryFirst() throws {
        let q = try Fixtures.load(GapFixtures.bands(weights: [40, 60], subItems: [2, 2]))
        var s = Fixtures.session(q)
        for id in ["1.1", "1.2"] { GapFixtures.answer(&s, id, ["method", "execution"], [.r(5), .r(5)]) }
        GapFixtures.answer(&s, "2.1", ["method", "execution"], [.r(10), .r(10)])
        GapFixtures.answer(&s, "2.2", ["method", "execution"], [.r(5), .r(0)])
        let plan = try GapPlanner.plan(s, questionnaire: q)
        #expect(plan.current.id == "conditional" && plan.target.id == "pass")
        guard case let .band(_, actual, required)? = plan.gaps.first?.kind else { Issue.record("no band gap"); return }
        #expect(actual == Fraction(115, 2))
        #expect(required == Fraction(121, 2))
        #expect(plan.changes == [PlannedChange(criterionID: "2.2", angle: "execution", from: 0, to: 5, serves: [0])])
        guard case let .bands(outcome) = Scorer.score(GapPlanner.apply(plan, to: s, at: "t"), with: q).outcome else { return }
        #expect(outcome.total == Fraction(65))
        #expect(outcome.band?.id == "pass")
        let five = try GapPlanner.plan(s, questionnaire: q, target: .named("five-star"))
        // 80.5 − 57.5 = 23 needed: 15 (2.2 execution 0 → 10) + 7.5 (2.2 method) + 5 (a category-1 5 → 10).
        #expect(five.changes.count == 3)
    }

    /// M1: (10, 10), (10, 5) → 35/40 = 87.5%; M2: (5, 0), (0, 0) → 5/40 = 12.5%.
    /// The mean is 50%, so M2 needs 20 points (15 more): two raises at least,
    /// and the least effort with two is 15 (a 0 → 10 and a 5 → 10 or 0 → 5).
    @Test func lowestModuleIsRaisedToTheMean() throws {
        let q = try Fixtures.load(GapFixtures.modules([2, 2]))
        var s = Fixtures.session(q)
        GapFixtures.answer(&s, "M1.1", ["method", "execution"], [.r(10), .r(10)])
        GapFixtures.answer(&s, "M1.2", ["method", "execution"], [.r(10), .r(5)])
        GapFixtures.answer(&s, "M2.1", ["method", "execution"], [.r(5), .r(0)])
        GapFixtures.answer(&s, "M2.2", ["method", "execution"], [.r(0), .r(0)])
        let plan = try GapPlanner.plan(s, questionnaire: q)
        #expect(plan.target.id == "50.0%")
        #expect(plan.gaps.count == 1)
        #expect(plan.changes.count == 2)
        #expect(plan.totalEffort == 15)
        #expect(plan.changes.allSatisfy { $0.criterionID.hasPrefix("M2") })
        // Every module at 100%: M1 needs 5 (one raise), M2 35 (four raises).
        let full = try GapPlanner.plan(s, questionnaire: q, target: .percent(100))
        #expect(full.gaps.count == 2)
        #expect(full.changes.count == 5)
        #expect(full.totalEffort == 40)
        #expect(full.changes.filter { $0.serves == [0] }.map(\.criterionID) == ["M1.2"])
        #expect(try GapPlanner.plan(s, questionnaire: q, target: .percent(10)).alreadyMet)
        #expect(throws: GapPlanError.self) { try GapPlanner.plan(s, questionnaire: q, target: .named("L2")) }
    }

    // MARK: output

    @Test func jsonNamesGapsAndChanges() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let plan = try GapPlanner.plan(GapFixtures.worked(q), questionnaire: q)
        let json = GapPlanJSON.encode(plan, questionnaire: q)
        #expect(json["target"]?["id"] == .string("L2"))
        #expect(json["summary"]?["changes"] == .int(22))
        #expect(json["summary"]?["effort"] == .int(110))
        guard case let .array(gaps)? = json["gaps"], case let .array(criteria)? = json["criteria"] else { Issue.record("no arrays"); return }
        #expect(gaps.count == 2)
        #expect(gaps[0]["actual"] == .number("82.0"))
        #expect(gaps[0]["shortfall"] == .int(12))
        #expect(criteria.count == 22)
        #expect(criteria[0]["id"] == .string("96"))
        guard case let .array(changes)? = criteria[0]["changes"] else { Issue.record("no changes"); return }
        #expect(changes[0]["from"] == .int(5))
        #expect(changes[0]["to"] == .int(10))
        #expect(changes[0]["serves"] == .array([.int(1)]))
    }

    @Test func deltasFormatWithTheirSign() {
        #expect(Figures.delta(Fraction(-13, 5), places: 1) == "-2.6")
        #expect(Figures.delta(Fraction(45), places: 0) == "+45")
        #expect(Figures.delta(Fraction(0), places: 1) == "0.0")
        #expect(Figures.delta(Fraction(-1, 100), places: 1) == "0.0")
        #expect(Figures.unsigned(Fraction(2999, 1000), places: 2) == "2.99")
    }
}
