import Testing
@testable import MaturityCore

/// models.md §6 "What progress means" and "Partial results": progress is
/// counted in rating changes with what no rating can meet apart, and a
/// partial result carries how much is answered and what the rule does with the rest.
@Suite struct ProgressAndCompletenessTests {
    /// CC-CMM-OC, 2 years: 1.0–4.0 all 10/10; 5.0 method 10 on 151–157 and 5
    /// on 158–170, execution 10 everywhere. Total 3000 + 70 + 65 + 200 = 3335.
    /// L3 holds (100%, 100%, 3335 ≥ 2750, 2 ≥ 2). L4 needs 5.0 method ≥ 80%:
    /// 16 of 20 at 10, 7 now, so 9 rating changes (5 → 10); and 3 years: 1 more.
    @Test func nineRatingChangesAndOneMoreYear() throws {
        let q = try BuiltIn.load("cc-cmm-oc")
        var s = BuiltIn.session(q, years: 2)
        for n in 1...150 { BuiltIn.rate(&s, String(n), 10, 10) }
        for n in 151...170 { BuiltIn.rate(&s, String(n), n <= 157 ? 10 : 5, 10) }
        let card = Scorer.score(s, with: q)
        guard case let .levels(outcome) = card.outcome else { Issue.record("not levels"); return }
        #expect(outcome.achievedID == "L3")
        #expect(card.total == 3335)
        // L4's six requirements: 1.0–4.0 method 100 ✓, execution 90 ✓, 5.0 method 80 ✗, execution 70 ✓, total 3200 ✓, years 3 ✗.
        #expect(outcome.nextRequirementsMet?.met == 4 && outcome.nextRequirementsMet?.of == 6)
        let progress = try #require(GapPlanner.progress(s, questionnaire: q))
        #expect(progress.target.id == "L4")
        #expect(progress.ratingChanges == 9)
        let plan = try GapPlanner.plan(s, questionnaire: q)
        #expect(plan.changes.count == 9 && plan.totalEffort == 45)   // the plan agrees: nine 5 → 10
        #expect(plan.progress == progress)
        #expect(progress.moreYears == 1)
        #expect(!progress.yearsNotGiven && progress.notApplicable.isEmpty && !progress.unreachable)
        #expect(!progress.ratingsSuffice && !progress.reached)
    }

    @Test func missingYearsAreNamedApart() throws {
        let q = try BuiltIn.load("cc-cmm-oc")
        var s = BuiltIn.session(q)   // no years given
        for n in 1...170 { BuiltIn.rate(&s, String(n), 10, 10) }
        let progress = try #require(GapPlanner.progress(s, questionnaire: q))
        #expect(progress.target.id == "L3")
        #expect(progress.ratingChanges == 0)
        #expect(progress.yearsNotGiven)
    }

    @Test func seeProvisionalCountsAspectsAndLeavesTheRestOut() throws {
        // Six aspects answered (criterion 1's three and criterion 2's three, level 2):
        // the mean is taken over them alone.
        let q = try BuiltIn.load("see-cmm")
        var s = BuiltIn.session(q)
        for id in ["1", "2"] {
            for question in q.criterion(id)?.questions ?? [] { s.setAnswer(.rated(2), criterion: id, angle: question.angle, at: "t") }
        }
        let card = Scorer.score(s, with: q)
        #expect(card.provisional)
        #expect(card.answered == 6 && card.questions == 30)
        #expect(card.answeredCriteria == 2 && card.criteria == 8)
        #expect(card.unanswered == .leftOut)
        let json = LevelModelImportTests.json(q, s)
        #expect(json["answered"] == .int(6))
        #expect(json["unanswered"] == .string("left_out"))
    }

    @Test func pointsModelsScoreUnansweredAsZero() throws {
        let q = try BuiltIn.load("cc-cmm-oc")
        var s = BuiltIn.session(q)
        for n in 1...10 { BuiltIn.rate(&s, String(n), 10, 10) }
        s.setAnswer(.rated(5), criterion: "11", angle: "method", at: "t")   // half answered
        let card = Scorer.score(s, with: q)
        #expect(card.unanswered == .scoredZero)
        #expect(card.answered == 21 && card.questions == 340)
        #expect(card.answeredCriteria == 10 && card.criteria == 170)
    }
}
