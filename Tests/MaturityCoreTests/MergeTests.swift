import Foundation
import Testing
@testable import MaturityCore
import MaturityPresentation

@Suite struct MergeTests {
    static func questionnaire(count: Int = 6, version: String = "1") throws -> Questionnaire {
        try Fixtures.load("""
            {\(Fixtures.pointsHeader.replacingOccurrences(of: #""version": "1""#, with: #""version": "\#(version)""#))
             "groups": [\(Fixtures.group("A", first: 1, count: count))],
             "scoring": {"method": "lowest_group", "groups": ["A"]}}
            """)
    }

    static func session(_ q: Questionnaire, assessor: String, years: Int? = 4) -> Session {
        var s = Fixtures.session(q, years: years)
        s.profile.assessor = assessor
        return s
    }

    static func rate(_ s: inout Session, _ id: String, _ method: AngleAnswer?, _ execution: AngleAnswer?) {
        s.setAnswer(method, criterion: id, angle: "method", at: "t")
        s.setAnswer(execution, criterion: id, angle: "execution", at: "t")
    }

    static let na = AngleAnswer.notApplicable(reason: "no outbound calls")

    @Test func agreementIsTakenAndDifferencesKeepTheLowerRating() throws {
        let q = try Self.questionnaire()
        var a = Self.session(q, assessor: "王"), b = Self.session(q, assessor: "李")
        Self.rate(&a, "1", .rated(10), .rated(5))       // same on both angles
        Self.rate(&b, "1", .rated(10), .rated(5))
        Self.rate(&a, "2", .rated(10), .rated(10))      // method differs: 10 vs 5 → 5
        Self.rate(&b, "2", .rated(5), .rated(10))
        Self.rate(&a, "3", .rated(0), .rated(5))        // execution differs the other way: 5 vs 10 → 5
        Self.rate(&b, "3", .rated(0), .rated(10))
        let result = try Consensus.merge([MergeInput(session: a, file: "a.json"), MergeInput(session: b, file: "b.json")],
                                         questionnaire: q, at: "2026-03-01T09:00:00+08:00")
        let s = result.session
        #expect(result.assessors == ["王", "李"])
        #expect(s.answers["1"]?.ratings == ["method": .rated(10), "execution": .rated(5)])
        #expect(s.conflicts["1"] == nil)
        #expect(s.answers["2"]?.ratings == ["method": .rated(5), "execution": .rated(10)])
        #expect(s.conflicts["2"]?.angles == ["method"])
        #expect(s.conflicts["2"]?.answers == [
            AssessorAnswer(assessor: "王", ratings: ["method": .rated(10), "execution": .rated(10)]),
            AssessorAnswer(assessor: "李", ratings: ["method": .rated(5), "execution": .rated(10)]),
        ])
        #expect(s.answers["3"]?.ratings == ["method": .rated(0), "execution": .rated(5)])
        #expect(s.conflicts["3"]?.angles == ["execution"])
        #expect(s.conflictIDs(in: q) == ["2", "3"])
        #expect(s.profile.assessor == "王, 李")
        #expect(s.profile.date == "2026-03-01")
        #expect(s.questionnaire == QuestionnaireReference(q))
        // The lower rating is what scoring sees: 10+5 + 5+10 + 0+5 = 35 points.
        #expect(Scorer.score(s, with: q).total == 35)
        // The merged session is a valid session of the questionnaire.
        _ = try SessionReconciler.reconcile(s, with: q, file: "merged.json")
    }

    @Test func threeAssessorsLowestCounts() throws {
        let q = try Self.questionnaire()
        var a = Self.session(q, assessor: "A"), b = Self.session(q, assessor: "B"), c = Self.session(q, assessor: "C")
        Self.rate(&a, "1", .rated(10), .rated(10))
        Self.rate(&b, "1", .rated(5), .rated(10))
        Self.rate(&c, "1", .rated(0), .rated(10))
        let result = try Consensus.merge([a, b, c].enumerated().map { MergeInput(session: $1, file: "\($0).json") },
                                         questionnaire: q, at: "t")
        #expect(result.session.answers["1"]?.ratings["method"] == .rated(0))
        #expect(result.session.answers["1"]?.ratings["execution"] == .rated(10))
        #expect(result.session.conflicts["1"]?.answers.map(\.assessor) == ["A", "B", "C"])
        #expect(result.agreement.kind == .fleiss)
    }

    /// N/A against a rating is a disagreement and the rating counts; N/A
    /// stays only when everyone who answered says N/A.
    @Test func notApplicableAgainstARating() throws {
        let q = try Self.questionnaire()
        var a = Self.session(q, assessor: "A"), b = Self.session(q, assessor: "B")
        Self.rate(&a, "1", Self.na, Self.na)
        Self.rate(&b, "1", .rated(5), .rated(10))
        Self.rate(&a, "2", Self.na, Self.na)
        Self.rate(&b, "2", Self.na, Self.na)
        Self.rate(&a, "3", .notApplicable(reason: "外包"), .notApplicable(reason: "外包"))
        Self.rate(&b, "3", .notApplicable(reason: "没有该业务"), .notApplicable(reason: "没有该业务"))
        let result = try Consensus.merge([MergeInput(session: a, file: "a.json"), MergeInput(session: b, file: "b.json")],
                                         questionnaire: q, at: "t")
        let s = result.session
        #expect(s.answers["1"]?.ratings == ["method": .rated(5), "execution": .rated(10)])
        #expect(s.conflicts["1"]?.angles == ["method", "execution"])
        #expect(s.answers["2"]?.ratings == ["method": Self.na, "execution": Self.na])
        #expect(s.conflicts["2"] == nil)
        // Different reasons for the same N/A: agreement, with both reasons kept by name.
        #expect(s.answers["3"]?.ratings["method"] == .notApplicable(reason: "A: 外包; B: 没有该业务"))
        #expect(s.conflicts["3"] == nil)
        _ = try SessionReconciler.reconcile(s, with: q, file: "merged.json")
    }

    /// An assessor who left a question unanswered gives no opinion; but in a
    /// points model N/A must cover the whole criterion, so an N/A that would
    /// sit beside a rating is left unanswered (scored 0) and marked in conflict.
    @Test func unansweredGivesNoOpinion() throws {
        let q = try Self.questionnaire()
        var a = Self.session(q, assessor: "A"), b = Self.session(q, assessor: "B")
        Self.rate(&a, "1", .rated(10), .rated(5))
        Self.rate(&a, "2", Self.na, Self.na)
        Self.rate(&b, "2", .rated(5), nil)
        let result = try Consensus.merge([MergeInput(session: a, file: "a.json"), MergeInput(session: b, file: "b.json")],
                                         questionnaire: q, at: "t")
        let s = result.session
        #expect(s.answers["1"]?.ratings == ["method": .rated(10), "execution": .rated(5)])
        #expect(s.conflicts["1"] == nil)
        #expect(s.answers["2"]?.ratings == ["method": .rated(5)])
        #expect(s.conflicts["2"]?.angles == ["method", "execution"])
        _ = try SessionReconciler.reconcile(s, with: q, file: "merged.json")
        // Agreement counts only what both answered (2.method: N/A against 5) and leaves out the rest.
        #expect(result.agreement.overall.items == 1)
        #expect(result.agreement.overall.agreed == 0)
        #expect(result.agreement.overall.leftOut == 3)
    }

    @Test func notesAreCombinedByNameAndFlagsKept() throws {
        let q = try Self.questionnaire()
        var a = Self.session(q, assessor: ""), b = Self.session(q, assessor: "李")
        Self.rate(&a, "1", .rated(10), .rated(10))
        Self.rate(&b, "1", .rated(10), .rated(10))
        a.update(criterion: "1", at: "t") { $0.note = "见制度汇编" }
        b.update(criterion: "1", at: "t") { $0.note = "2025 版"; $0.flagged = true }
        a.update(criterion: "2", at: "t") { $0.note = "只有备注" }
        let result = try Consensus.merge([MergeInput(session: a, file: "/tmp/x/zhang.json"), MergeInput(session: b, file: "b.json")],
                                         questionnaire: q, at: "t")
        // A profile without a name is named after its file.
        #expect(result.assessors == ["zhang", "李"])
        #expect(result.session.answers["1"]?.note == "zhang: 见制度汇编\n李: 2025 版")
        #expect(result.session.answers["1"]?.flagged == true)
        #expect(result.session.answers["2"]?.note == "zhang: 只有备注")
        #expect(result.session.answers["2"]?.ratings.isEmpty == true)
        #expect(result.session.conflicts.isEmpty)
    }

    @Test func evidenceOfEveryAssessorIsKeptOnce() throws {
        let q = try Self.questionnaire()
        var a = Self.session(q, assessor: "王"), b = Self.session(q, assessor: "李")
        let manual = EvidenceItem(title: "质量手册", kind: .document, location: "qa.pdf")
        let talk = EvidenceItem(title: "班长访谈", kind: .interview, seenBy: "李")
        a.update(criterion: "1", at: "t") { $0.evidence = [manual] }
        b.update(criterion: "1", at: "t") { $0.evidence = [manual, talk] }
        let result = try Consensus.merge([MergeInput(session: a, file: "a.json"), MergeInput(session: b, file: "b.json")],
                                         questionnaire: q, at: "t")
        #expect(result.session.answers["1"]?.evidence == [manual, talk])
    }

    @Test func sameNamesAreToldApart() throws {
        let q = Fixtures.session(try Self.questionnaire())
        var named = q
        named.profile.assessor = "王"
        let inputs = [MergeInput(session: named, file: "d/a.json"), MergeInput(session: named, file: "d/b.json"),
                      MergeInput(session: q, file: "x/c.json"), MergeInput(session: q, file: "y/c.json")]
        #expect(Consensus.assessorNames(inputs) == ["王 (a)", "王 (b)", "c", "c #2"])
    }

    @Test func differingProfilesAreTold() throws {
        let q = try Self.questionnaire()
        var a = Self.session(q, assessor: "A", years: 5), b = Self.session(q, assessor: "B", years: 3)
        b.profile.centre = "Other"
        Self.rate(&a, "1", .rated(10), .rated(10))
        Self.rate(&b, "1", .rated(10), .rated(10))
        let result = try Consensus.merge([MergeInput(session: a, file: "a.json"), MergeInput(session: b, file: "b.json")],
                                         questionnaire: q, at: "t")
        #expect(result.session.profile.yearsInOperation == 3)
        #expect(result.session.profile.centre == "Test")
        #expect(result.remarks.count == 2)
        #expect(result.remarks == [.differentCentres(["Test", "Other"]), .differentYears(low: 3, high: 5)])
    }

    @Test func mismatchedQuestionnairesAreRefusedNamingBothFiles() throws {
        let v1 = try Self.questionnaire(), v2 = try Self.questionnaire(version: "2")
        let a = MergeInput(session: Self.session(v1, assessor: "A"), file: "first.json")
        let b = MergeInput(session: Self.session(v2, assessor: "B"), file: "second.json")
        #expect(throws: MergeError.self) { try Consensus.checkSameQuestionnaire([a, b]) }
        do {
            _ = try Consensus.merge([a, b], questionnaire: v1, at: "t")
            Issue.record("sessions of two versions were merged")
        } catch {
            #expect(ProblemWords.describe(error, .en).contains("first.json") && ProblemWords.describe(error, .en).contains("second.json"))
            #expect(ProblemWords.describe(error, .en).contains("different versions of fixture"))
        }
        // Same id and version, other text: refused on the hash.
        var other = b
        other.session.questionnaire = QuestionnaireReference(id: v1.id, version: v1.version, contentHash: "0000")
        do {
            try Consensus.checkSameQuestionnaire([a, other])
            Issue.record("sessions of two texts were merged")
        } catch {
            #expect(ProblemWords.describe(error, .en).contains("content hashes differ"))
        }
        // Another model altogether.
        var model = b
        model.session.questionnaire = QuestionnaireReference(id: "see-cmm", version: "1", contentHash: v1.contentHash)
        do {
            try Consensus.checkSameQuestionnaire([a, model])
            Issue.record("sessions of two models were merged")
        } catch {
            #expect(ProblemWords.describe(error, .en).contains("different questionnaires"))
        }
    }

    @Test func oneFileOrAnUnsettledMergeIsRefused() throws {
        let q = try Self.questionnaire()
        let a = MergeInput(session: Self.session(q, assessor: "A"), file: "a.json")
        #expect(throws: MergeError.self) { try Consensus.merge([a], questionnaire: q, at: "t") }
        var merged = a
        merged.session.conflicts["1"] = CriterionConflict(answers: [AssessorAnswer(assessor: "X")], angles: ["method"])
        do {
            _ = try Consensus.merge([a, merged], questionnaire: q, at: "t")
            Issue.record("a session with conflicts was merged again")
        } catch {
            #expect(ProblemWords.describe(error, .en).contains("unsettled conflict"))
        }
    }

    @Test func settleSetsTheAnswerAndRemovesTheConflict() throws {
        let q = try Self.questionnaire()
        var a = Self.session(q, assessor: "A"), b = Self.session(q, assessor: "B")
        Self.rate(&a, "2", .rated(10), .rated(10))
        Self.rate(&b, "2", .rated(5), .rated(10))
        a.update(criterion: "2", at: "t") { $0.note = "n" }
        var s = try Consensus.merge([MergeInput(session: a, file: "a.json"), MergeInput(session: b, file: "b.json")],
                                    questionnaire: q, at: "t").session
        #expect(Scorer.score(s, with: q).total == 15)
        s.settle(criterion: "2", ratings: ["method": .rated(10), "execution": .rated(10)], at: "2026-03-02T10:00:00Z")
        #expect(s.conflicts.isEmpty)
        #expect(s.answers["2"]?.ratings == ["method": .rated(10), "execution": .rated(10)])
        #expect(s.answers["2"]?.note == "A: n")
        #expect(s.answers["2"]?.changedAt == "2026-03-02T10:00:00Z")
        #expect(s.updatedAt == "2026-03-02T10:00:00Z")
        #expect(Scorer.score(s, with: q).total == 20)
    }

    @Test func conflictsRoundTripThroughTheFile() throws {
        let q = try Self.questionnaire()
        var a = Self.session(q, assessor: "王"), b = Self.session(q, assessor: "Li \"Jr\"")
        Self.rate(&a, "1", Self.na, Self.na)
        Self.rate(&b, "1", .rated(5), .rated(0))
        a.update(criterion: "1", at: "t") { $0.note = "第一行\n<script>" }
        Self.rate(&a, "4", .rated(10), nil)
        Self.rate(&b, "4", .rated(5), nil)
        let merged = try Consensus.merge([MergeInput(session: a, file: "a.json"), MergeInput(session: b, file: "b.json")],
                                         questionnaire: q, at: "t").session
        #expect(merged.conflicts.count == 2)
        let folder = try SessionStoreTests.temporaryFolder()
        let path = folder + "/merged.json"
        try SessionStore.save(merged, questionnaire: q, to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\"conflicts\""))
        let loaded = try SessionStore.load(path: path, questionnaire: q)
        #expect(loaded.session == merged)
        #expect(loaded.session.conflicts["1"]?.answers.first?.ratings["method"] == Self.na)
        #expect(loaded.session.conflicts["4"]?.angles == ["method"])
        // Settled, the key disappears from the file; a file without it loads with no conflicts.
        var settled = loaded.session
        settled.settle(criterion: "1", ratings: ["method": .rated(5), "execution": .rated(5)], at: "t")
        settled.settle(criterion: "4", ratings: ["method": .rated(5)], at: "t")
        try SessionStore.save(settled, questionnaire: q, to: path)
        #expect(try !String(contentsOfFile: path, encoding: .utf8).contains("conflicts"))
        #expect(try SessionStore.load(path: path, questionnaire: q).session.conflicts.isEmpty)
    }

    @Test func damagedConflictsAreReportedWithTheirPlace() throws {
        let q = try Self.questionnaire()
        let s = Self.session(q, assessor: "A")
        var text = String(decoding: SessionStore.render(s, questionnaire: q), as: UTF8.self)
        let end = try #require(text.lastIndex(of: "}"))
        text.replaceSubrange(end...end, with: #", "conflicts": {"1": {"angles": ["method"], "answers": [{"ratings": {}}]}}}"#)
        do {
            _ = try SessionCodec.decode(bytes: Array(text.utf8), file: "s.json")
            Issue.record("a conflict without an assessor loaded")
        } catch {
            #expect(error.problems.contains { $0.location == "$.conflicts.1.answers[0]" && $0.message.contains("assessor") })
        }
    }
}
