import Foundation
import Testing
@testable import MaturityCore

/// Evidence and actions in the session file, and the action plan's arithmetic
/// (drafts from a gap plan, coverage, follow-up) on a small hand-checked fixture.
@Suite struct ImprovementTests {
    static func richSession(_ q: Questionnaire) -> Session {
        var s = Fixtures.session(q, years: 3)
        s.setAnswer(.rated(10), criterion: "1", angle: "method", at: "2026-11-30T09:00:00+08:00")
        s.update(criterion: "1", at: "2026-11-30T09:05:00+08:00") { record in
            record.evidence = [
                EvidenceItem(title: "质量管理手册 第3版", kind: .document, location: "evidence/手册.pdf",
                             seenOn: "2026-11-28", seenBy: "王经理", note: "第 12 页\n有签字"),
                EvidenceItem(title: "Call recordings, week 47", kind: .record, location: "https://qa.example/rec?w=47&x=\"1\""),
                EvidenceItem(title: "班组长访谈", kind: .interview, seenBy: "李"),
                EvidenceItem(title: "Floor walk", kind: .observation, seenOn: "2024-02-29"),
            ]
        }
        s.actions = [
            ImprovementAction(id: "A1", title: "建立质检复核流程", targets: [ActionTarget(criterionID: "2", angle: "method", rating: 10)],
                              owner: "张三", due: "2027-03-31", status: .planned, note: "先试点\n再推广"),
            ImprovementAction(id: "A2", title: "=SUM(A1:A9)", targets: [], status: .inProgress),
            ImprovementAction(id: "A3", title: "Done one", status: .done),
            ImprovementAction(id: "A7", title: "Dropped one", status: .dropped),
        ]
        s.baseline = "../2025/centre.json"
        return s
    }

    @Test func evidenceAndActionsRoundTripThroughTheFile() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let s = Self.richSession(q)
        let folder = try SessionStoreTests.temporaryFolder()
        let path = folder + "/rich.json"
        try SessionStore.save(s, questionnaire: q, to: path)
        let loaded = try SessionStore.load(path: path, questionnaire: q).session
        #expect(loaded == s)
        #expect(loaded.answers["1"]?.evidence.count == 4)
        #expect(loaded.actions.map(\.id) == ["A1", "A2", "A3", "A7"])
        #expect(loaded.nextActionID == "A8")
        #expect(loaded.baseline == "../2025/centre.json")
        // Empty optional members are left out of the file.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\"kind\": \"interview\""))
        #expect(!text.contains("\"location\": \"\""))
    }

    @Test func evidenceAloneKeepsACriterionRecord() {
        var record = CriterionAnswer()
        #expect(record.isEmpty)
        record.evidence = [EvidenceItem(title: "x", kind: .document)]
        #expect(!record.isEmpty)
    }

    @Test func badEvidenceAndActionsAreRefusedWithTheirPlace() throws {
        let text = """
            {"ccmm_session": 1, "questionnaire": {"id": "q", "version": "1", "hash": "h"}, "profile": {},
             "created_at": "t",
             "answers": {"1": {"evidence": [{"title": "a", "kind": "photo"}, {"title": " ", "kind": "record", "seen_on": "2026-02-30"}]}},
             "actions": [{"id": "A1", "title": "x", "status": "started"},
                         {"id": "A1", "title": "y", "status": "done", "due": "31/12/2026",
                          "targets": [{"criterion": "1", "angle": "method"}]}]}
            """
        do {
            _ = try SessionCodec.decode(bytes: Array(text.utf8), file: "s.json")
            Issue.record("expected the session to be refused")
        } catch {
            let found = Set(error.problems.map { "\($0.location): \($0.message)" })
            let expected: Set<String> = [
                "$.answers.1.evidence[0].kind: expected document, record, observation or interview, found \"photo\"",
                "$.answers.1.evidence[1].title: expected a non-empty string",
                "$.answers.1.evidence[1].seen_on: expected a date as YYYY-MM-DD, found \"2026-02-30\"",
                "$.actions[0].status: expected planned, in_progress, done or dropped, found \"started\"",
                "$.actions[1].id: the id \"A1\" is used by an earlier action",
                "$.actions[1].due: expected a date as YYYY-MM-DD, found \"31/12/2026\"",
                "$.actions[1].targets[0]: missing \"rating\"; expected a whole number",
            ]
            #expect(found == expected)
        }
    }

    @Test func actionTargetsMustFitTheQuestionnaire() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var s = Fixtures.session(q)
        s.actions = [ImprovementAction(id: "A1", title: "x", targets: [
            ActionTarget(criterionID: "999", angle: "method", rating: 10),
            ActionTarget(criterionID: "1", angle: "trend", rating: 10),
            ActionTarget(criterionID: "1", angle: "method", rating: 7),
        ])]
        do {
            _ = try SessionReconciler.reconcile(s, with: q, file: "s.json")
            Issue.record("expected the targets to be refused")
        } catch {
            #expect(error.problems.map(\.location) == ["$.actions[0].targets[0].criterion", "$.actions[0].targets[1].angle",
                                                        "$.actions[0].targets[2].rating"])
        }
    }

    @Test func calendarDates() {
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2023-02-29") == nil)
        #expect(CalendarDate("1900-02-29") == nil)
        #expect(CalendarDate("2000-02-29") != nil)
        #expect(CalendarDate("2026-13-01") == nil)
        #expect(CalendarDate("2026-1-01") == nil)
        #expect(CalendarDate("２０２６-01-01") == nil)
        #expect(CalendarDate("1970-01-01")?.daysSinceEpoch == 0)
        #expect(CalendarDate("2000-03-01")?.daysSinceEpoch == 11_017)
        #expect(CalendarDate("1969-12-31")?.daysSinceEpoch == -1)
    }

    @Test func topRatedWithoutEvidence() throws {
        let q = try Fixtures.load(GapFixtures.smallLevels())
        var s = Fixtures.session(q)
        s.setAnswer(.rated(10), criterion: "1", angle: "method", at: "t")   // 10, no evidence: listed
        s.setAnswer(.rated(5), criterion: "2", angle: "method", at: "t")    // not 10
        s.setAnswer(.rated(10), criterion: "3", angle: "execution", at: "t") // 10 but has evidence
        s.update(criterion: "3", at: "t") { $0.evidence = [EvidenceItem(title: "log", kind: .record)] }
        s.setAnswer(.rated(0), criterion: "4", angle: "method", at: "t")
        s.setAnswer(.rated(10), criterion: "4", angle: "execution", at: "t") // one angle at 10 is a claim
        #expect(s.topRatedWithoutEvidence(in: q) == ["1", "4"])
    }

    /// The small level model of `GapFixtures.smallLevels`: core = A (1–3) and
    /// B (4–5), innovation = C (6–7). Ratings (method/execution):
    /// 1–2 10/10, 3–5 10/0, 6–7 0/0. Total 20+20+30 = 70.
    /// L1 holds (core method 5/5, core execution 2/5 = 40%, total 70 ≥ 60).
    /// L2 needs core execution 60% (one more 10; 3, 4, 5 are all 0, the
    /// earliest is 3) and innovation method 50% (one more; 6 is earliest);
    /// with both the total is 90, which L2 asks for. Plan: 3.execution 0→10
    /// and 6.method 0→10, 20 points.
    static func followUpFixture() throws -> (Questionnaire, Session) {
        let q = try Fixtures.load(GapFixtures.smallLevels())
        var s = Fixtures.session(q, years: 3)
        Fixtures.rate(&s, 1...2, method: 10, execution: 10)
        Fixtures.rate(&s, 3...5, method: 10, execution: 0)
        Fixtures.rate(&s, 6...7, method: 0, execution: 0)
        return (q, s)
    }

    @Test func gapPlanToActionsToFollowUp() throws {
        let (q, s) = try Self.followUpFixture()
        let plan = try GapPlanner.plan(s, questionnaire: q)
        #expect(plan.target.id == "L2")
        #expect(plan.changes.map { "\($0.criterionID).\($0.angle)→\($0.to)" } == ["3.execution→10", "6.method→10"])
        #expect(plan.totalEffort == 20)
        let execution3 = ActionTarget(criterionID: "3", angle: "execution", rating: 10)
        let method6 = ActionTarget(criterionID: "6", angle: "method", rating: 10)

        // One action for the whole plan, titled by the caller from the target level.
        let single = ActionDrafts.fromPlan(plan, questionnaire: q, session: s, grouping: .single) { subject in
            if case let .plan(target) = subject { return "reach " + target.id }
            return "?"
        }
        #expect(single == [ImprovementAction(id: "A1", title: "reach L2", targets: [execution3, method6])])

        // One per dimension: A holds criterion 3, C holds criterion 6.
        let drafts = ActionDrafts.fromPlan(plan, questionnaire: q, session: s, grouping: .perGroup) { subject in
            if case let .group(group) = subject { return "raise " + group.id }
            return "?"
        }
        #expect(drafts == [ImprovementAction(id: "A1", title: "raise A", targets: [execution3]),
                           ImprovementAction(id: "A2", title: "raise C", targets: [method6])])

        var planned = s
        for draft in drafts { planned.addAction(draft, at: "t") }
        // Both live: every change covered, nothing remains.
        let full = ActionCoverage(plan: plan, actions: planned.actions, session: planned, questionnaire: q)
        #expect(full == ActionCoverage(coveredChanges: 2, totalChanges: 2, coveredEffort: 20, totalEffort: 20, remainingChanges: 0))
        // A2 dropped: 1 of 2 changes, 10 of 20 points; with A1 met the total is
        // 80 and innovation method 0%, so one change (6.method) remains.
        planned.actions[1].status = .dropped
        let partial = ActionCoverage(plan: plan, actions: planned.actions, session: planned, questionnaire: q)
        #expect(partial == ActionCoverage(coveredChanges: 1, totalChanges: 2, coveredEffort: 10, totalEffort: 20, remainingChanges: 1))
        // New drafts number on from the session's actions.
        #expect(ActionDrafts.fromPlan(plan, questionnaire: q, session: planned, grouping: .single) { _ in "x" }.map(\.id) == ["A3"])

        // The follow-up a year later: 3.execution only 5, 6.method 10.
        var followUp = s
        followUp.setAnswer(.rated(5), criterion: "3", angle: "execution", at: "t2")
        followUp.setAnswer(.rated(10), criterion: "6", angle: "method", at: "t2")
        let progress = (planned.actions + single).map { ActionProgress($0, in: followUp, questionnaire: q) }
        #expect(progress.map(\.overall) == [.notReached, .reached, .partly])
        #expect(progress[0].targets.map(\.state) == [.below(5)])
        #expect(progress[1].targets.map(\.state) == [.reached(10)])
        #expect(progress[2].targets.map(\.state) == [.below(5), .reached(10)])
    }

    @Test func followUpStatesForMissingAnswers() throws {
        let (q, s) = try Self.followUpFixture()
        var followUp = s
        followUp.setAnswer(nil, criterion: "7", angle: "method", at: "t")
        followUp.setAnswer(.notApplicable(reason: "无"), criterion: "6", angle: "method", at: "t")
        followUp.setAnswer(.notApplicable(reason: "无"), criterion: "6", angle: "execution", at: "t")
        let action = ImprovementAction(id: "A1", title: "x", targets: [
            ActionTarget(criterionID: "7", angle: "method", rating: 10),
            ActionTarget(criterionID: "6", angle: "method", rating: 10),
            ActionTarget(criterionID: "99", angle: "method", rating: 10),
        ])
        let progress = ActionProgress(action, in: followUp, questionnaire: q)
        #expect(progress.targets.map(\.state) == [.unanswered, .notApplicable, .gone])
        #expect(progress.overall == .notReached)
        #expect(ActionProgress(ImprovementAction(id: "A2", title: "y"), in: followUp, questionnaire: q).overall == .nothingToCheck)
    }

    @Test func handMadeActionAimsAtTheTopOfEachAngleBelowIt() throws {
        let (q, s) = try Self.followUpFixture()
        let criterion = try #require(q.criterion("3"))
        let action = ActionDrafts.forCriterion(criterion, questionnaire: q, session: s, title: "t")
        #expect(action.targets == [ActionTarget(criterionID: "3", angle: "execution", rating: 10)])
        let rated4 = try #require(q.criterion("6"))
        #expect(ActionDrafts.forCriterion(rated4, questionnaire: q, session: s, title: "t").targets.count == 2)
        #expect(action.id == "A1")
    }
}
