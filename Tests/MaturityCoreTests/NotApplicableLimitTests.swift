import Testing
@testable import MaturityCore
import MaturityPresentation

/// models.md §6 "N/A has a limit", on the shipped questionnaires (each sets
/// 10%): every limit exactly at and one over, per scope and model.
@Suite struct NotApplicableLimitTests {
    // MARK: helpers

    static func levels(_ card: Scorecard) -> LevelOutcome? {
        if case let .levels(outcome) = card.outcome { return outcome }
        return nil
    }

    static func scope(_ card: Scorecard, _ id: String) -> NotApplicableCount? {
        card.notApplicableScopes.first { $0.scopeID == id }
    }

    /// CC-CMM-OC with every criterion 10/10 except those N/A (both angles).
    static func ccmmTop(notApplicable: [Int], years: Int = 6) throws -> (Questionnaire, Session) {
        let q = try BuiltIn.load("cc-cmm-oc")
        var s = BuiltIn.session(q, years: years)
        for n in 1...170 {
            if notApplicable.contains(n) { BuiltIn.notApplicable(&s, String(n)) } else { BuiltIn.rate(&s, String(n), 10, 10) }
        }
        return (q, s)
    }

    // MARK: CC-CMM-OC — 1.0–4.0 at most 15 of 150, 5.0 at most 2 of 20

    @Test func ccmmCoreExactlyAtTheLimitKeepsL5() throws {
        // 15 core N/A: applicable max 3400 − 300 = 3100 = the total; L5's
        // total scales to ⌈3380 × 3100 ÷ 3400⌉ = ⌈3081.8⌉ = 3082 ≤ 3100.
        let (q, s) = try Self.ccmmTop(notApplicable: Array(1...15))
        let card = Scorer.score(s, with: q)
        let core = try #require(Self.scope(card, "core"))
        #expect(core.count == Fraction(15) && core.limit == 15 && core.outOf == 150 && !core.exceeded)
        #expect(Self.scope(card, "innovation")?.limit == 2)
        #expect(Self.levels(card)?.achievedID == "L5")
    }

    @Test func ccmmCoreOneOverTheLimitIsL0WithTheReason() throws {
        // 16 core N/A: every 1.0–4.0 percent requirement is unmet although all
        // 134 rated criteria are at 10; the total (3080 of 3080) still meets L1's
        // ⌈2250 × 3080 ÷ 3400⌉ = 2039.
        let (q, s) = try Self.ccmmTop(notApplicable: Array(1...16))
        let card = Scorer.score(s, with: q)
        let outcome = try #require(Self.levels(card))
        #expect(outcome.achievedID == "L0")
        let l1 = outcome.levels[0].requirements
        #expect(l1.map(\.met) == [false, false, true])
        let over = try #require(l1[0].notApplicableOverLimit)
        #expect(over.scopeID == "core" && over.count == Fraction(16) && over.limit == 15)
        #expect(l1[0].actual == Fraction(100))   // the share itself is 100%: the limit, not the ratings, fails it
        #expect(NotApplicableWords(.en, questionnaire: q).count(over) == "1.0–4.0: 16 criteria N/A, at most 15")
        #expect(NotApplicableWords(.zh, questionnaire: q).count(over) == "1.0–4.0：不适用 16 条，上限 15 条")
    }

    @Test func ccmmOneAngleNotApplicableCountsTheCriterion() throws {
        // 15 criteria wholly N/A and criterion 16 N/A on method only: 16 criteria leave something out.
        let (q, atLimit) = try Self.ccmmTop(notApplicable: Array(1...15))
        var s = atLimit
        s.setAnswer(.notApplicable(reason: "no outbound"), criterion: "16", angle: "method", at: "t")
        let card = Scorer.score(s, with: q)
        #expect(Self.scope(card, "core")?.count == Fraction(16))
        #expect(Self.levels(card)?.achievedID == "L0")
    }

    @Test func ccmmInnovationExactlyAtTheLimitKeepsL5() throws {
        // 2 of 20 in 5.0: max 3360 = total; L5 total ⌈3380 × 3360 ÷ 3400⌉ = 3341.
        let (q, s) = try Self.ccmmTop(notApplicable: [151, 152])
        let card = Scorer.score(s, with: q)
        #expect(Self.scope(card, "innovation")?.exceeded == false)
        #expect(Self.levels(card)?.achievedID == "L5")
    }

    @Test func ccmmInnovationOneOverTheLimitCapsAtL3() throws {
        // 3 of 20 in 5.0: L4's and L5's 5.0 requirements are unmet; L3 holds
        // (total 3340 ≥ ⌈2750 × 3340 ÷ 3400⌉ = 2702, 6 years ≥ 2).
        let (q, s) = try Self.ccmmTop(notApplicable: [151, 152, 153])
        let card = Scorer.score(s, with: q)
        let outcome = try #require(Self.levels(card))
        #expect(outcome.achievedID == "L3")
        let l4 = outcome.levels[3]
        let blocked = l4.requirements.filter { $0.notApplicableOverLimit != nil }
        #expect(blocked.count == 2)
        #expect(blocked.allSatisfy { !$0.met && $0.notApplicableOverLimit?.scopeID == "innovation" })
        #expect(l4.requirements.filter { !$0.met }.count == 2)   // nothing else is missing
    }

    @Test func issueCaseOneCriterionRatedTheRestNotApplicableIsL0() throws {
        // Criterion 1 at 10/10, 169 N/A with a reason, 6 years: was L5, now L0.
        let (q, s) = try Self.ccmmTop(notApplicable: Array(2...170))
        let card = Scorer.score(s, with: q)
        #expect(Self.levels(card)?.achievedID == "L0")
        #expect(Self.scope(card, "core")?.count == Fraction(149))
        #expect(Self.scope(card, "innovation")?.count == Fraction(20))
    }

    @Test func issueCaseAllOfFiveNotApplicableIsL3() throws {
        // 1.0–4.0 all 10/10, every 5.0 criterion N/A, 6 years: was L5, now L3.
        let (q, s) = try Self.ccmmTop(notApplicable: Array(151...170))
        #expect(Self.levels(Scorer.score(s, with: q))?.achievedID == "L3")
    }

    @Test func anOrganisationsCopyChangesTheShare() throws {
        // The fixture's core scope with 20%: ⌊20 × 150 ÷ 100⌋ = 30 may be N/A.
        let json = Fixtures.ccmmLike().replacingOccurrences(of: #""groups": ["1.0", "2.0", "3.0", "4.0"]}"#,
                                                            with: #""groups": ["1.0", "2.0", "3.0", "4.0"], "max_not_applicable_percent": 20}"#)
        let q = try Fixtures.load(json)
        var s = Fixtures.session(q, years: 6)
        Fixtures.rate(&s, 1...170, method: 10, execution: 10)
        for n in 1...30 { BuiltIn.notApplicable(&s, String(n)) }
        var card = Scorer.score(s, with: q)
        #expect(Self.scope(card, "core")?.limit == 30)
        #expect(Self.scope(card, "innovation")?.limit == nil)   // no limit declared there
        #expect(Self.levels(card)?.achievedID == "L5")
        BuiltIn.notApplicable(&s, "31")
        card = Scorer.score(s, with: q)
        #expect(Self.levels(card)?.achievedID == "L0")
    }

    @Test func theLimitIsValidatedWithItsPlace() {
        let json = Fixtures.ccmmLike().replacingOccurrences(of: #""groups": ["5.0"]}"#,
                                                            with: #""groups": ["5.0"], "max_not_applicable_percent": 101}"#)
        do {
            _ = try Fixtures.load(json)
            Issue.record("a share of 101% was accepted")
        } catch {
            #expect(error.problems.contains { $0.location == "$.scoring.scopes[1].max_not_applicable_percent" })
        }
    }

    // MARK: CCCS-OP-2003 — at most 10 of 100 points

    /// Every sub-item 10/10 except those listed N/A (both angles, or one).
    static func opTop(notApplicable: [String], methodOnly: [String] = []) throws -> (Questionnaire, Session) {
        let q = try BuiltIn.load("cccs-op-2003")
        var s = BuiltIn.session(q)
        for criterion in q.criteria {
            if notApplicable.contains(criterion.id) {
                BuiltIn.notApplicable(&s, criterion.id)
            } else {
                BuiltIn.rate(&s, criterion.id, 10, 10)
                if methodOnly.contains(criterion.id) { s.setAnswer(.notApplicable(reason: "n/a"), criterion: criterion.id, angle: "method", at: "t") }
            }
        }
        return (q, s)
    }

    @Test func opTenPointCategoryWhollyNotApplicableIsExactlyTheLimit() throws {
        // Category 1 (10 points, 5 sub-items) all N/A: 10 × 5 ÷ 5 = 10 ≤ 10.
        // The other 90 points are scaled up to 100: five-star.
        let (q, s) = try Self.opTop(notApplicable: (1...5).map { "1.\($0)" })
        let card = Scorer.score(s, with: q)
        let outcome = try #require(BandFixtures.bands(card))
        #expect(Self.scope(card, "all")?.count == Fraction(10))
        #expect(outcome.withheld == nil)
        #expect(outcome.band?.id == "five-star")
        #expect(outcome.total == Fraction(100))
    }

    @Test func opFractionalPointsExactlyAtTheLimit() throws {
        // Category 4 (15 points, 8 questions): 4.1 and 4.2 N/A → 15 × 4 ÷ 8 = 7.5;
        // category 7 (10 points, 8 questions): 7.1 N/A → 10 × 2 ÷ 8 = 2.5. Sum 10.
        let (q, s) = try Self.opTop(notApplicable: ["4.1", "4.2", "7.1"])
        let card = Scorer.score(s, with: q)
        #expect(Self.scope(card, "all")?.count == Fraction(10))
        #expect(BandFixtures.bands(card)?.band?.id == "five-star")
    }

    @Test func opJustOverTheLimitIsWithheldWithTheTotalKept() throws {
        // Category 1 wholly N/A (10) and 3.1's method N/A: 10 × 1 ÷ 14 = 5/7 more,
        // 75/7 = 10.714… > 10. Shown rounded up so it never reads as 10.
        let (q, s) = try Self.opTop(notApplicable: (1...5).map { "1.\($0)" }, methodOnly: ["3.1"])
        let card = Scorer.score(s, with: q)
        let outcome = try #require(BandFixtures.bands(card))
        let count = try #require(outcome.withheld)
        #expect(count.count == Fraction(75, 7))
        #expect(NotApplicableWords.figure(count.count) == "10.72")
        #expect(outcome.band == nil)
        #expect(outcome.total == Fraction(100))   // still shown, for information
        let json = LevelModelImportTests.json(q, s)
        #expect(json["outcome"]?["id"] == .string("withheld"))
        #expect(json["total"] == .number("100.0"))
    }

    @Test func opResultsCategoryNotApplicableIsWithheld() throws {
        // Category 8, operating results (20 points), wholly N/A: 20 > 10.
        let (q, s) = try Self.opTop(notApplicable: (1...6).map { "8.\($0)" })
        let card = Scorer.score(s, with: q)
        let outcome = try #require(BandFixtures.bands(card))
        #expect(outcome.withheld?.count == Fraction(20))
        #expect(outcome.band == nil)
        let json = LevelModelImportTests.json(q, s)
        #expect(json["outcome"]?["id"] == .string("withheld"))
        #expect(json["outcome"]?["reason"]?["en"] == .string("N/A leaves out 20 of 100 points, at most 10"))
        #expect(json["total"] == .number("100.0"))
        let scope = LevelModelImportTests.items(json["not_applicable"]?["scopes"]).first
        #expect(scope?["count"] == .int(20))
        #expect(scope?["limit"] == .int(10))
        #expect(scope?["exceeded"] == .bool(true))
    }

    // MARK: SEE-CMM — at most 3 of 30 aspects

    static func seeAllAt(_ level: Int, notApplicable: Int) throws -> (Questionnaire, Session) {
        let q = try BuiltIn.load("see-cmm")
        var s = BuiltIn.session(q)
        var left = notApplicable
        for criterion in q.criteria {
            for question in criterion.questions {
                if left > 0 {
                    s.setAnswer(.notApplicable(reason: "not measured"), criterion: criterion.id, angle: question.angle, at: "t")
                    left -= 1
                } else {
                    s.setAnswer(.rated(level), criterion: criterion.id, angle: question.angle, at: "t")
                }
            }
        }
        return (q, s)
    }

    @Test func seeThreeAspectsNotApplicableKeepsTheLevel() throws {
        let (q, s) = try Self.seeAllAt(3, notApplicable: 3)
        let card = Scorer.score(s, with: q)
        #expect(Self.scope(card, "all")?.limit == 3)
        #expect(LevelModelImportTests.json(q, s)["level"]?["id"] == .string("3"))
    }

    @Test func seeFourAspectsNotApplicableIsWithheld() throws {
        let (q, s) = try Self.seeAllAt(3, notApplicable: 4)
        let card = Scorer.score(s, with: q)
        guard case let .meanLevel(outcome) = card.outcome else { Issue.record("not mean_level"); return }
        #expect(outcome.level == nil)
        #expect(outcome.computedLevel?.id == "3")
        #expect(outcome.withheld?.count == Fraction(4))
        let json = LevelModelImportTests.json(q, s)
        #expect(json["level"]?["id"] == .string("withheld"))
        #expect(json["level"]?["reason"]?["en"] == .string("4 aspects N/A, at most 3"))
        #expect(json["overall_score"] == .number("3.00"))
    }

    // MARK: CCCS 7th outline — at most 10% of 33 questions, i.e. 3

    static func outlineTop(notApplicable: [String]) throws -> (Questionnaire, Session) {
        let q = try BuiltIn.load("cccs-v7-outline")
        var s = BuiltIn.session(q)
        for criterion in q.criteria {
            if notApplicable.contains(criterion.id) { BuiltIn.notApplicable(&s, criterion.id) } else { BuiltIn.rate(&s, criterion.id, 10, 5) }
        }
        return (q, s)
    }

    @Test func outlineThreeNotApplicableKeepsTheHeadline() throws {
        let (q, s) = try Self.outlineTop(notApplicable: ["M1.1", "M2.1", "M3.1"])
        let card = Scorer.score(s, with: q)
        guard case let .lowestGroup(outcome) = card.outcome else { Issue.record("not lowest_group"); return }
        #expect(outcome.withheld == nil)
        #expect(outcome.headline?.percent == Fraction(75))
    }

    @Test func outlineFourNotApplicableIsWithheld() throws {
        let (q, s) = try Self.outlineTop(notApplicable: ["M1.1", "M2.1", "M3.1", "M4.1"])
        let card = Scorer.score(s, with: q)
        guard case let .lowestGroup(outcome) = card.outcome else { Issue.record("not lowest_group"); return }
        #expect(outcome.withheld?.count == Fraction(4))
        #expect(outcome.withheld?.limit == 3)
        #expect(outcome.headline == nil)
        #expect(outcome.lowest?.percent == Fraction(75))
        #expect(LevelModelImportTests.json(q, s)["result"]?["id"] == .string("withheld"))
    }

    // MARK: gap plans: an exceeded limit is a blocker that answering resolves

    @Test func ccmmPlanListsTheLimitAsABlockerAndAnsweringResolvesIt() throws {
        let (q, s) = try Self.ccmmTop(notApplicable: Array(1...16))
        let plan = try GapPlanner.plan(s, questionnaire: q, target: .named("L5"))
        #expect(plan.current.id == "L0")
        #expect(plan.changes.isEmpty)   // no rating change can help
        let blocked = plan.blockedGaps
        #expect(!blocked.isEmpty)
        #expect(blocked.allSatisfy { gap in
            if case let .notApplicableLimit(count)? = gap.blocker { return count.scopeID == "core" }
            return false
        })
        #expect(plan.actionableGaps.isEmpty)
        #expect(PlanWords(plan, questionnaire: q, catalog: Catalog(.en)).blocker(blocked[0])
                == "no rating changes this: answer at least 1 of the 16 N/A criteria in 1.0–4.0 (at most 15 may be N/A)")
        let json = GapPlanJSON.encode(plan, questionnaire: q)
        let first = LevelModelImportTests.items(json["gaps"]).first
        #expect(first?["blocker"] == .string("not_applicable_limit"))
        #expect(first?["not_applicable"]?["count"] == .int(16))
        #expect(plan.progress.notApplicable.map(\.scopeID) == ["core"])
        #expect(!plan.progress.ratingsSuffice)

        // Answering criterion 1 again (10/10) brings 1.0–4.0 back to 15: L5.
        var answered = s
        BuiltIn.rate(&answered, "1", 10, 10)
        #expect(Self.levels(Scorer.score(answered, with: q))?.achievedID == "L5")
    }

    @Test func seePlanWhenWithheldAimsAtTheLevelTheMeanGives() throws {
        let (q, s) = try Self.seeAllAt(3, notApplicable: 4)
        let plan = try GapPlanner.plan(s, questionnaire: q)
        #expect(plan.current.id == "withheld")
        #expect(plan.target.id == "3")
        #expect(!plan.alreadyMet)
        #expect(plan.gaps.count == 1)
        #expect(plan.changes.isEmpty)
        if case let .notApplicableLimit(count)? = plan.gaps.first?.blocker { #expect(count.count == Fraction(4)) } else {
            Issue.record("expected the N/A limit as the blocker")
        }
    }

    @Test func opPlanWhenWithheldNamesTheLimit() throws {
        let (q, s) = try Self.opTop(notApplicable: (1...6).map { "8.\($0)" })
        let plan = try GapPlanner.plan(s, questionnaire: q)
        #expect(plan.current.id == "withheld")
        #expect(plan.target.id == "five-star")
        #expect(plan.blockedGaps.count == 1 && plan.changes.isEmpty)
        #expect(PlanWords(plan, questionnaire: q, catalog: Catalog(.en)).blocker(plan.gaps[0])
                == "no rating changes this: answer N/A sub-items until N/A leaves out at most 10 points (now 20)")
    }

    @Test func outlinePlanWhenWithheldIsNotAlreadyMet() throws {
        let (q, s) = try Self.outlineTop(notApplicable: ["M1.1", "M2.1", "M3.1", "M4.1"])
        let plan = try GapPlanner.plan(s, questionnaire: q)
        #expect(!plan.alreadyMet)
        #expect(plan.blockedGaps.count == 1)
    }
}
