import Testing
@testable import MaturityCore
import MaturityPresentation

/// Baseline against follow-up, with the deltas worked out by hand.
@Suite struct ComparisonTests {
    typealias A = GapFixtures.A

    /// The worked example as baseline (L1, 2690). The follow-up raises method
    /// 124–135 and execution 96–106 from 5 to 10 (+60, +55), lowers criterion
    /// 1's execution from 10 to 5 (−5) and marks 160 N/A (its 5 and 0 leave: −5).
    /// Total 2690 + 60 + 55 − 5 − 5 = 2795; L2 holds: method 135/150 = 90%,
    /// execution 95 + 11 − 1 = 105/150 = 70%, 2795 ≥ ⌈2500 × 3380 ÷ 3400⌉ = 2486.
    static func pair(_ q: Questionnaire) -> (Session, Session) {
        var baseline = GapFixtures.worked(q)
        baseline.profile.date = "2025-03-01"
        var followUp = baseline
        followUp.profile.date = "2026-03-01"
        Fixtures.rate(&followUp, 124...135, method: 10, execution: nil)
        Fixtures.rate(&followUp, 96...106, method: nil, execution: 10)
        GapFixtures.answer(&followUp, "1", ["execution"], [.r(5)])
        GapFixtures.answer(&followUp, "160", ["method", "execution"], [.na, .na])
        return (baseline, followUp)
    }

    static func row(_ c: Comparison, _ id: String) -> Comparison.RowDelta? { c.rows.first { $0.id == id } }
    static func percent(_ row: Comparison.RowDelta?, _ angle: String) -> Comparison.Delta? { row?.angles.first { $0.angle == angle }?.percent }

    @Test func levelTotalAndDimensionDeltas() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let (baseline, followUp) = Self.pair(q)
        let c = try Comparison.compare(baseline: baseline, followUp: followUp, questionnaire: q)
        #expect(c.baseline.standing.id == "L1")
        #expect(c.followUp.standing.id == "L2")
        #expect(c.direction == .up)
        #expect(c.measures.map(\.key) == ["total"])
        #expect(c.measures[0].delta == Comparison.Delta(before: Fraction(2690), after: Fraction(2795)))
        #expect(c.measures[0].delta.change == Fraction(105))
        #expect(c.rows.map(\.id) == ["1.0", "2.0", "3.0", "4.0", "5.0"])

        // 1.0 (1–38): everything 10; criterion 1 execution drops to 5.
        let d1 = Self.row(c, "1.0")
        #expect(d1?.points == Comparison.Delta(before: Fraction(760), after: Fraction(755)))
        #expect(Self.percent(d1, "execution")?.change == Fraction(-100, 38))      // 100% → 37/38, −2.6
        #expect(Self.percent(d1, "method")?.change == Fraction(0))
        // 2.0 (39–104): execution 96–104 go from 5 to 10: 57/66 → 66/66, +45 points.
        let d2 = Self.row(c, "2.0")
        #expect(d2?.points?.change == Fraction(45))
        #expect(Self.percent(d2, "execution") == Comparison.Delta(before: Fraction(5700, 66), after: Fraction(100)))
        // 3.0 (105–130): method 124–130 (+35) and execution 105–106 (+10); method 19/26 → 26/26, execution 0 → 2/26.
        let d3 = Self.row(c, "3.0")
        #expect(d3?.points == Comparison.Delta(before: Fraction(355), after: Fraction(400)))
        #expect(Self.percent(d3, "method") == Comparison.Delta(before: Fraction(1900, 26), after: Fraction(100)))
        #expect(Self.percent(d3, "execution") == Comparison.Delta(before: Fraction(0), after: Fraction(200, 26)))
        // 4.0 (131–150): method 131–135 (+25); 0 → 5/20 = 25%.
        let d4 = Self.row(c, "4.0")
        #expect(d4?.points?.change == Fraction(25))
        #expect(Self.percent(d4, "method")?.after == Fraction(25))
        // 5.0: 160 N/A takes its 5 away and 20 from the maximum.
        let d5 = Self.row(c, "5.0")
        #expect(d5?.points == Comparison.Delta(before: Fraction(100), after: Fraction(95)))
        #expect(d5?.maximum?.before == 400 && d5?.maximum?.after == 380)
        #expect(c.rows.compactMap { $0.points?.change }.reduce(Fraction(0), +) == Fraction(105))
        #expect(c.rows.allSatisfy { $0.score == nil })
    }

    @Test func answersImprovedRegressedAndOther() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let (baseline, followUp) = Self.pair(q)
        let c = try Comparison.compare(baseline: baseline, followUp: followUp, questionnaire: q)
        #expect(c.improved.count == 23)
        #expect(c.improved.filter { $0.angle == "method" }.map(\.criterionID) == (124...135).map { String($0) })
        #expect(c.improved.filter { $0.angle == "execution" }.map(\.criterionID) == (96...106).map { String($0) })
        #expect(c.improved.allSatisfy { $0.before == .rated(5) && $0.after == .rated(10) })
        #expect(c.regressed == [Comparison.AnswerChange(criterionID: "1", angle: "execution", before: .rated(10), after: .rated(5))])
        #expect(c.otherChanges.map(\.criterionID) == ["160", "160"])
        #expect(c.otherChanges.map(\.before) == [.rated(5), .rated(0)])
        #expect(c.otherChanges.allSatisfy { $0.after?.isNotApplicable == true })
        #expect(!c.questionnaireChange.changed)
        #expect(c.questionnaireChange.isEmpty)
    }

    /// Under the weighted reading the worked example is already L2; the
    /// follow-up stays L2 and the percentages are rating points.
    @Test func theReadingIsApplied() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let (baseline, followUp) = Self.pair(q)
        let c = try Comparison.compare(baseline: baseline, followUp: followUp, questionnaire: q, counting: .weighted)
        #expect(c.counting == .weighted)
        #expect(c.direction == .same)
        // 3.0 method: (19 × 10 + 7 × 5) ÷ 260 = 225/260 → 100%.
        #expect(Self.percent(Self.row(c, "3.0"), "method") == Comparison.Delta(before: Fraction(22500, 260), after: Fraction(100)))
    }

    @Test func aRegressionDownALevel() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let (baseline, followUp) = Self.pair(q)
        let c = try Comparison.compare(baseline: followUp, followUp: baseline, questionnaire: q)
        #expect(c.direction == .down)
        #expect(c.measures[0].delta.change == Fraction(-105))
        #expect(c.improved.count == 1)
        #expect(c.regressed.count == 23)
    }

    /// The baseline was answered against an older version that had criterion
    /// "171" and not "170"; both are scored against the current one.
    @Test func answersAddedOrDroppedByAQuestionnaireChange() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var (baseline, followUp) = Self.pair(q)
        baseline.questionnaire = QuestionnaireReference(id: q.id, version: "0", contentHash: "older",
                                                        criterionIDs: (1...169).map { String($0) } + ["171"])
        baseline.answers["170"] = nil
        GapFixtures.answer(&baseline, "171", ["method", "execution"], [.r(10), .r(5)])
        GapFixtures.answer(&followUp, "170", ["method", "execution"], [.r(10), .r(10)])
        let c = try Comparison.compare(baseline: baseline, followUp: followUp, questionnaire: q)
        let change = c.questionnaireChange
        #expect(change.changed)
        #expect(change.newSinceBaseline == ["170"])
        #expect(change.newSinceFollowUp.isEmpty)
        #expect(change.droppedFromBaseline == [Comparison.DroppedAnswer(criterionID: "171", angle: "method", answer: .rated(10)),
                                               Comparison.DroppedAnswer(criterionID: "171", angle: "execution", answer: .rated(5))])
        #expect(change.droppedFromFollowUp.isEmpty)
        // 170 was never asked in the baseline: it is not an improvement.
        #expect(!c.improved.contains { $0.criterionID == "170" })
        #expect(c.baseline.answeredAgainst.version == "0")
        #expect(c.baseline.scorecard.provisional)   // 170 unanswered there
        // Baseline: 2690 less 170's method 5 = 2685. Follow-up: 2795 with 170
        // at 10/10 instead of 5/0 = 2795 + 15 = 2810.
        #expect(c.measures[0].delta == Comparison.Delta(before: Fraction(2685), after: Fraction(2810)))
    }

    @Test func differentQuestionnairesAreRefused() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let (baseline, _) = Self.pair(q)
        let other = try Fixtures.load(GapFixtures.meanLevel([("c1", ["a"])]))
        let followUp = Fixtures.session(other)
        do {
            _ = try Comparison.compare(baseline: baseline, followUp: followUp, questionnaire: q, baselineFile: "a.json", followUpFile: "b.json")
            Issue.record("expected a refusal")
        } catch {
            #expect(ProblemWords.describe(error, .en).contains("a.json was answered against the questionnaire \"fixture\""))
            #expect(ProblemWords.describe(error, .en).contains("b.json against \"mean-fixture\""))
        }
    }

    /// c1 (2, 2) → (4, 3): 2 → 3.5; c2 (3, 2) stays 2.5. Overall 2.25 → 3, level 2 → 3.
    @Test func meanLevelRowsAreCriteria() throws {
        let q = try Fixtures.load(GapFixtures.meanLevel([("c1", ["approach", "deployment"]), ("c2", ["approach", "deployment"])]))
        var baseline = Fixtures.session(q)
        GapFixtures.answer(&baseline, "c1", ["approach", "deployment"], [.r(2), .r(2)])
        GapFixtures.answer(&baseline, "c2", ["approach", "deployment"], [.r(3), .r(2)])
        var followUp = baseline
        GapFixtures.answer(&followUp, "c1", ["approach", "deployment"], [.r(4), .r(3)])
        GapFixtures.answer(&followUp, "c2", ["approach", "deployment"], [.r(3), nil])
        let c = try Comparison.compare(baseline: baseline, followUp: followUp, questionnaire: q)
        #expect(c.baseline.standing.id == "2")
        #expect(c.direction == .up)
        #expect(c.measures.map(\.key) == ["overall"])
        // c2 now has only approach 3 answered: its score is 3, overall (3.5 + 3) ÷ 2 = 3.25.
        #expect(c.measures[0].delta == Comparison.Delta(before: Fraction(9, 4), after: Fraction(13, 4)))
        #expect(c.rows.map(\.id) == ["c1", "c2"])
        #expect(c.rows[0].score == Comparison.Delta(before: Fraction(2), after: Fraction(7, 2)))
        #expect(c.rows[1].score?.change == Fraction(1, 2))
        #expect(c.rows.allSatisfy { $0.points == nil && $0.angles.isEmpty })
        #expect(c.improved.count == 2)
        // Unanswered is not 0 in a mean-of-levels model: clearing an answer is "other".
        #expect(c.otherChanges == [Comparison.AnswerChange(criterionID: "c2", angle: "deployment", before: .rated(2), after: nil)])
        #expect(c.regressed.isEmpty)
    }

    /// Weights 40/60 as in the gap-plan test: 57.5 (conditional) → 65 (pass).
    @Test func bandRowsAreCategoryPoints() throws {
        let q = try Fixtures.load(GapFixtures.bands(weights: [40, 60], subItems: [2, 2]))
        var baseline = Fixtures.session(q)
        for id in ["1.1", "1.2"] { GapFixtures.answer(&baseline, id, ["method", "execution"], [.r(5), .r(5)]) }
        GapFixtures.answer(&baseline, "2.1", ["method", "execution"], [.r(10), .r(10)])
        GapFixtures.answer(&baseline, "2.2", ["method", "execution"], [.r(5), .r(0)])
        var followUp = baseline
        GapFixtures.answer(&followUp, "2.2", ["execution"], [.r(5)])
        let c = try Comparison.compare(baseline: baseline, followUp: followUp, questionnaire: q)
        #expect(c.baseline.standing.id == "conditional" && c.followUp.standing.id == "pass")
        #expect(c.direction == .up)
        #expect(c.measures[0].delta == Comparison.Delta(before: Fraction(115, 2), after: Fraction(65)))
        #expect(c.rows[1].score == Comparison.Delta(before: Fraction(75, 2), after: Fraction(45)))   // 25/40 × 60 → 30/40 × 60
        #expect(c.rows[0].score?.change == Fraction(0))
    }

    /// M1 stays at 35/40 = 87.5%; M2 goes from 5/40 = 12.5% to 20/40 = 50% and
    /// is still the lowest; the mean goes from 50% to 68.75%, the points +15.
    @Test func lowestModuleMeasures() throws {
        let q = try Fixtures.load(GapFixtures.modules([2, 2]))
        var baseline = Fixtures.session(q)
        GapFixtures.answer(&baseline, "M1.1", ["method", "execution"], [.r(10), .r(10)])
        GapFixtures.answer(&baseline, "M1.2", ["method", "execution"], [.r(10), .r(5)])
        GapFixtures.answer(&baseline, "M2.1", ["method", "execution"], [.r(5), .r(0)])
        GapFixtures.answer(&baseline, "M2.2", ["method", "execution"], [.r(0), .r(0)])
        var followUp = baseline
        GapFixtures.answer(&followUp, "M2.1", ["method", "execution"], [.r(10), .r(10)])
        let c = try Comparison.compare(baseline: baseline, followUp: followUp, questionnaire: q)
        #expect(c.direction == nil)
        #expect(c.followUp.standing.id == "M2")
        #expect(c.measures.map(\.key) == ["lowest_module", "mean_module", "total"])
        #expect(c.measures[0].delta == Comparison.Delta(before: Fraction(25, 2), after: Fraction(50)))
        #expect(c.measures[1].delta == Comparison.Delta(before: Fraction(50), after: Fraction(275, 4)))
        #expect(c.measures[2].delta.change == Fraction(15))
        #expect(c.rows[1].score?.change == Fraction(75, 2))
    }

    @Test func jsonCarriesDeltasWithSigns() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let (baseline, followUp) = Self.pair(q)
        let json = ComparisonJSON.encode(try Comparison.compare(baseline: baseline, followUp: followUp, questionnaire: q))
        #expect(json["direction"] == .string("up"))
        #expect(json["baseline"]?["level"]?["id"] == .string("L1"))
        #expect(json["follow_up"]?["date"] == .string("2026-03-01"))
        guard case let .array(measures)? = json["measures"], case let .array(rows)? = json["rows"],
              case let .array(regressed)? = json["regressed"] else { Issue.record("missing arrays"); return }
        #expect(measures[0]["change"] == .number("105"))
        // The change between the figures as shown (truncated), so that "before → after (change)" adds up.
        #expect(rows[0]["execution_percent"]?["change"] == .number("-2.7"))
        #expect(rows[0]["points"]?["change"] == .number("-5"))
        #expect(regressed[0]["before"] == .int(10))
        guard case let .array(other)? = json["other_changes"] else { Issue.record("missing other changes"); return }
        #expect(other[0]["after"]?["na"] == .string("not offered"))
    }
}
