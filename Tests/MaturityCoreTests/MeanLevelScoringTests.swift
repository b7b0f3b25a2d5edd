import Testing
@testable import MaturityCore

/// Small level-model (SEE-CMM-shaped) questionnaires built from JSON text.
enum LevelFixtures {
    static let enablerAspects = ["approach", "deployment", "feedback"]
    static let resultAspects = ["trend", "target", "comparison", "cause", "scope"]

    /// A `mean_level` questionnaire on the scale 1–4 with the given groups of
    /// criteria; every aspect any criterion uses is declared as an angle.
    static func model(_ groups: [(id: String, criteria: [(id: String, aspects: [String])])]) -> String {
        var angles: [String] = []
        for group in groups {
            for criterion in group.criteria {
                for aspect in criterion.aspects where !angles.contains(aspect) { angles.append(aspect) }
            }
        }
        let angleJSON = angles.map { #"{"id": "\#($0)", "title": \#(Fixtures.text($0))}"# }.joined(separator: ", ")
        let groupJSON = groups.map { group in
            let criteria = group.criteria.map { Fixtures.criterion($0.id, angles: $0.aspects, values: [1, 2, 3, 4]) }
            return #"{"id": "\#(group.id)", "title": \#(Fixtures.text("G" + group.id)), "criteria": [\#(criteria.joined(separator: ",\n"))]}"#
        }.joined(separator: ",\n")
        let levels = (1...4).map { #"{"id": "\#($0)", "name": \#(Fixtures.text("level \($0)"))}"# }.joined(separator: ", ")
        return """
            {"format": 1, "id": "see-fixture", "version": "1", "title": {"zh": "测试", "en": "Test"},
             "scale": {"values": [1, 2, 3, 4], "labels": {"1": \(Fixtures.text("1")), "2": \(Fixtures.text("2")), "3": \(Fixtures.text("3")), "4": \(Fixtures.text("4"))}, "not_applicable": true},
             "angles": [\(angleJSON)],
             "groups": [\(groupJSON)],
             "scoring": {"method": "mean_level", "levels": [\(levels)]}}
            """
    }

    /// The SEE-CMM shape: five enablers (1–5) on three aspects, three results (6–8) on five.
    static func seeLike() -> String {
        model([(id: "enablers", criteria: (1...5).map { (id: String($0), aspects: enablerAspects) }),
               (id: "results", criteria: (6...8).map { (id: String($0), aspects: resultAspects) })])
    }

    /// Answers one criterion's aspects in order; nil leaves an aspect unanswered.
    static func answer(_ session: inout Session, _ criterion: String, aspects: [String], levels: [Int?]) {
        for (aspect, level) in zip(aspects, levels) {
            if let level { session.setAnswer(.rated(level), criterion: criterion, angle: aspect, at: "t") }
        }
    }

    /// Eight criteria answered completely, with scores worked out by hand:
    ///   1: 3,2,2 → 7/3      2: 4,4,4 → 4        3: 1,2,2 → 5/3 (the weakest)
    ///   4: 3,2,3 → 8/3      5: 3,3,4 → 10/3
    ///   6: 4,3,3,2,1 → 13/5 7: 2,2,2,2,3 → 11/5 8: 3,3,3,3,4 → 16/5
    /// Sum: thirds (7 + 5 + 8 + 10)/3 = 10, plus 4, plus fifths (13 + 11 + 16)/5 = 8 → 22.
    /// Overall 22/8 = 11/4 = 2.75 → level 2.
    static let mixed: [(criterion: String, levels: [Int])] = [
        ("1", [3, 2, 2]), ("2", [4, 4, 4]), ("3", [1, 2, 2]), ("4", [3, 2, 3]), ("5", [3, 3, 4]),
        ("6", [4, 3, 3, 2, 1]), ("7", [2, 2, 2, 2, 3]), ("8", [3, 3, 3, 3, 4]),
    ]

    static func answerMixed(_ session: inout Session) {
        for (criterion, levels) in mixed {
            let aspects = Int(criterion).map { $0 <= 5 } == true ? enablerAspects : resultAspects
            answer(&session, criterion, aspects: aspects, levels: levels)
        }
    }

    static func meanLevel(_ card: Scorecard) -> MeanLevelOutcome? {
        if case let .meanLevel(outcome) = card.outcome { return outcome }
        return nil
    }
}

/// SEE-CMM scoring, models.md §2: aspect levels 1–4, criterion = mean of its
/// answered aspects, overall = equal-weight mean of criteria, level = floor.
@Suite struct MeanLevelScoringTests {
    @Test func fullSessionScoresByHand() throws {
        let q = try Fixtures.load(LevelFixtures.seeLike())
        var s = Fixtures.session(q)
        LevelFixtures.answerMixed(&s)
        let card = Scorer.score(s, with: q)
        #expect(card.provisional == false)
        #expect(card.answered == 30)                // 5 × 3 + 3 × 5 aspects
        #expect(card.questions == 30)
        let outcome = try #require(LevelFixtures.meanLevel(card))
        #expect(outcome.criteria.map(\.criterionID) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        #expect(outcome.criteria.map(\.score) == [Fraction(7, 3), Fraction(4), Fraction(5, 3), Fraction(8, 3), Fraction(10, 3),
                                                  Fraction(13, 5), Fraction(11, 5), Fraction(16, 5)])
        #expect(outcome.criteria.map(\.answered) == [3, 3, 3, 3, 3, 5, 5, 5])
        #expect(outcome.criteria.map(\.aspects) == [3, 3, 3, 3, 3, 5, 5, 5])
        #expect(outcome.overall == Fraction(11, 4))  // 22 / 8
        #expect(outcome.level?.id == "2")            // ⌊2.75⌋
        #expect(outcome.level?.name.en == "level 2")
        #expect(outcome.weakest?.criterionID == "3") // 5/3 ≈ 1.67, the only score below 2
        #expect(outcome.weakest?.score == Fraction(5, 3))
    }

    struct FloorCase: CustomTestStringConvertible, Sendable {
        var name: String
        /// Criteria, each with its aspect levels (one aspect per level given).
        var criteria: [[Int]]
        var overall: Fraction
        var level: String
        var testDescription: String { name }
    }

    static let floorCases: [FloorCase] = [
        // Four criteria. The first has 25 aspects, 24 at 3 and one at 2: (72 + 2)/25 = 74/25 = 3 − 1/25.
        // The other three score 3. Overall (3 − 1/25 + 9)/4 = 3 − 1/100 = 2.99 → level 2.
        FloorCase(name: "2.99 is level 2", criteria: [Array(repeating: 3, count: 24) + [2], [3], [3], [3]],
                  overall: Fraction(299, 100), level: "2"),
        // (2 + 4)/2 = 3 exactly → level 3.
        FloorCase(name: "exactly 3 is level 3", criteria: [[2], [4]], overall: Fraction(3), level: "3"),
        // (3 + 4)/2 = 3.5 → level 3.
        FloorCase(name: "3.5 is level 3", criteria: [[3], [4]], overall: Fraction(7, 2), level: "3"),
        // (4 + 4 + 4)/3 = 4 → level 4, the top.
        FloorCase(name: "4 is level 4", criteria: [[4, 4], [4], [4, 4, 4]], overall: Fraction(4), level: "4"),
        // (1 + 2)/2 = 1.5 → level 1.
        FloorCase(name: "1.5 is level 1", criteria: [[1], [2]], overall: Fraction(3, 2), level: "1"),
        // Everything at the bottom: 1 → level 1.
        FloorCase(name: "1 is level 1", criteria: [[1, 1, 1], [1]], overall: Fraction(1), level: "1"),
        // One criterion (3 + 4 + 4)/3 = 11/3, another 4: (11/3 + 4)/2 = 23/6 ≈ 3.83 → level 3.
        FloorCase(name: "3.83 is level 3", criteria: [[3, 4, 4], [4]], overall: Fraction(23, 6), level: "3"),
    ]

    @Test(arguments: floorCases)
    func levelIsTheOverallRoundedDown(_ c: FloorCase) throws {
        let shape = c.criteria.enumerated().map { index, levels in
            (id: String(index + 1), aspects: (1...levels.count).map { "a\($0)" })
        }
        let q = try Fixtures.load(LevelFixtures.model([(id: "g", criteria: shape)]))
        var s = Fixtures.session(q)
        for (index, levels) in c.criteria.enumerated() {
            LevelFixtures.answer(&s, String(index + 1), aspects: (1...levels.count).map { "a\($0)" }, levels: levels)
        }
        let outcome = try #require(LevelFixtures.meanLevel(Scorer.score(s, with: q)))
        #expect(outcome.overall == c.overall)
        #expect(outcome.level?.id == c.level)
    }

    @Test func justBelowThreeOnTheSEEShapeIsLevel2() throws {
        let q = try Fixtures.load(LevelFixtures.seeLike())
        var s = Fixtures.session(q)
        // Everything at 3, except: 1 = 4,3,3 → 10/3 (+1/3); 6 = 4,3,3,3 with scope N/A → 13/4 (+1/4);
        // 7 = 3,3,2,2,2 → 12/5 (−3/5). Deviations +20/60 + 15/60 − 36/60 = −1/60,
        // so the eight scores sum to 24 − 1/60 = 1439/60 and the overall is 1439/480 ≈ 2.9979 → level 2.
        for criterion in q.criteria {
            for question in criterion.questions { s.setAnswer(.rated(3), criterion: criterion.id, angle: question.angle, at: "t") }
        }
        s.setAnswer(.rated(4), criterion: "1", angle: "approach", at: "t")
        s.setAnswer(.rated(4), criterion: "6", angle: "trend", at: "t")
        s.setAnswer(.notApplicable(reason: "one market"), criterion: "6", angle: "scope", at: "t")
        LevelFixtures.answer(&s, "7", aspects: LevelFixtures.resultAspects, levels: [3, 3, 2, 2, 2])
        let card = Scorer.score(s, with: q)
        let outcome = try #require(LevelFixtures.meanLevel(card))
        #expect(outcome.criteria.map(\.score) == [Fraction(10, 3), Fraction(3), Fraction(3), Fraction(3), Fraction(3),
                                                  Fraction(13, 4), Fraction(12, 5), Fraction(3)])
        #expect(outcome.overall == Fraction(1439, 480))
        #expect(outcome.level?.id == "2")
        #expect(outcome.weakest?.criterionID == "7")
        #expect(card.provisional == false)
    }

    @Test func criteriaWeighEquallyWhateverTheirAspectCount() throws {
        // A: one aspect at 4 → 4. B: three aspects at 1 → 1. Overall (4 + 1)/2 = 5/2 → level 2.
        // Pooling the four aspects instead would give (4 + 3)/4 = 7/4 → level 1.
        let q = try Fixtures.load(LevelFixtures.model([(id: "g", criteria: [(id: "A", aspects: ["trend"]),
                                                                             (id: "B", aspects: LevelFixtures.enablerAspects)])]))
        var s = Fixtures.session(q)
        LevelFixtures.answer(&s, "A", aspects: ["trend"], levels: [4])
        LevelFixtures.answer(&s, "B", aspects: LevelFixtures.enablerAspects, levels: [1, 1, 1])
        let outcome = try #require(LevelFixtures.meanLevel(Scorer.score(s, with: q)))
        #expect(outcome.overall == Fraction(5, 2))
        #expect(outcome.level?.id == "2")
        #expect(outcome.weakest?.criterionID == "B")
    }

    @Test func notApplicableAndUnansweredAspectsLeaveTheMean() throws {
        let q = try Fixtures.load(LevelFixtures.seeLike())
        var s = Fixtures.session(q)
        // Criterion 1: approach 4, deployment N/A, feedback unanswered → 4/1 = 4
        // (counting them as 0 would give 4/3; counting the N/A as well, 4/2).
        s.setAnswer(.rated(4), criterion: "1", angle: "approach", at: "t")
        s.setAnswer(.notApplicable(reason: "one site only"), criterion: "1", angle: "deployment", at: "t")
        // Criterion 6: trend 2, target N/A, comparison 3, cause and scope unanswered → (2 + 3)/2 = 5/2.
        s.setAnswer(.rated(2), criterion: "6", angle: "trend", at: "t")
        s.setAnswer(.notApplicable(reason: "no targets set by the parent"), criterion: "6", angle: "target", at: "t")
        s.setAnswer(.rated(3), criterion: "6", angle: "comparison", at: "t")
        let card = Scorer.score(s, with: q)
        let outcome = try #require(LevelFixtures.meanLevel(card))
        let first = try #require(outcome.criteria.first { $0.criterionID == "1" })
        #expect(first.score == Fraction(4))
        #expect(first.answered == 1)
        #expect(first.aspects == 3)
        let sixth = try #require(outcome.criteria.first { $0.criterionID == "6" })
        #expect(sixth.score == Fraction(5, 2))
        #expect(sixth.answered == 2)
        // Only 1 and 6 have answers: overall (4 + 5/2)/2 = 13/4 = 3.25 → level 3.
        #expect(outcome.overall == Fraction(13, 4))
        #expect(outcome.level?.id == "3")
        #expect(outcome.weakest?.criterionID == "6")
        // 30 aspects: 3 rated, 2 N/A, 25 unanswered.
        #expect(card.notApplicable == 2)
        #expect(card.answered == 5)
        #expect(card.provisional)
    }

    @Test func criterionWithNothingAnsweredLeavesTheOverall() throws {
        let q = try Fixtures.load(LevelFixtures.model([(id: "g", criteria: [(id: "1", aspects: LevelFixtures.enablerAspects),
                                                                             (id: "2", aspects: LevelFixtures.enablerAspects),
                                                                             (id: "3", aspects: LevelFixtures.enablerAspects)])]))
        var s = Fixtures.session(q)
        // 1: 2, 2, 3 → 7/3. 2: every aspect N/A. 3: nothing answered.
        LevelFixtures.answer(&s, "1", aspects: LevelFixtures.enablerAspects, levels: [2, 2, 3])
        for aspect in LevelFixtures.enablerAspects {
            s.setAnswer(.notApplicable(reason: "not in scope"), criterion: "2", angle: aspect, at: "t")
        }
        var card = Scorer.score(s, with: q)
        var outcome = try #require(LevelFixtures.meanLevel(card))
        #expect(outcome.criteria.map(\.score) == [Fraction(7, 3), nil, nil])
        // Overall is 7/3 alone, not (7/3 + 0 + 0)/3 = 7/9 → level 2, not 0.
        #expect(outcome.overall == Fraction(7, 3))
        #expect(outcome.level?.id == "2")
        #expect(outcome.weakest?.criterionID == "1")  // criteria without a score are never the weakest
        #expect(card.provisional)                     // criterion 3 is still open

        // Answering 3 with 1, 1, 1 brings it in: (7/3 + 1)/2 = 5/3 → level 1; all answered or N/A.
        LevelFixtures.answer(&s, "3", aspects: LevelFixtures.enablerAspects, levels: [1, 1, 1])
        card = Scorer.score(s, with: q)
        outcome = try #require(LevelFixtures.meanLevel(card))
        #expect(outcome.overall == Fraction(5, 3))
        #expect(outcome.level?.id == "1")
        #expect(outcome.weakest?.criterionID == "3")
        #expect(card.provisional == false)
        #expect(card.notApplicable == 3)
    }

    @Test func provisionalWhileAnyAspectIsUnanswered() throws {
        let q = try Fixtures.load(LevelFixtures.seeLike())
        var s = Fixtures.session(q)
        var card = Scorer.score(s, with: q)
        #expect(card.provisional)
        var outcome = try #require(LevelFixtures.meanLevel(card))
        #expect(outcome.overall == nil)
        #expect(outcome.level == nil)
        #expect(outcome.weakest == nil)

        // All but one aspect answered: still provisional.
        LevelFixtures.answerMixed(&s)
        s.setAnswer(nil, criterion: "8", angle: "scope", at: "t")
        card = Scorer.score(s, with: q)
        #expect(card.provisional)
        #expect(card.answered == 29)
        outcome = try #require(LevelFixtures.meanLevel(card))
        // 8 without scope: (3 + 3 + 3 + 3)/4 = 3; overall (22 − 16/5 + 3)/8 = (109/5)/8 = 109/40 = 2.725 → 2.
        #expect(outcome.criteria.last?.score == Fraction(3))
        #expect(outcome.overall == Fraction(109, 40))
        #expect(outcome.level?.id == "2")

        // The last aspect marked N/A: nothing is open any more.
        s.setAnswer(.notApplicable(reason: "single market"), criterion: "8", angle: "scope", at: "t")
        card = Scorer.score(s, with: q)
        #expect(card.provisional == false)
        #expect(card.answered == 30)
    }

    @Test func weakestIsTheLowestScoreWhereverItStands() throws {
        let q = try Fixtures.load(LevelFixtures.seeLike())
        var s = Fixtures.session(q)
        LevelFixtures.answerMixed(&s)
        // Lower criterion 8 to all 1s: 8 → 1, below 3's 5/3.
        LevelFixtures.answer(&s, "8", aspects: LevelFixtures.resultAspects, levels: [1, 1, 1, 1, 1])
        let outcome = try #require(LevelFixtures.meanLevel(Scorer.score(s, with: q)))
        #expect(outcome.weakest?.criterionID == "8")
        #expect(outcome.weakest?.score == Fraction(1))
        // Overall (22 − 16/5 + 1)/8 = (99/5)/8 = 99/40 = 2.475 → level 2.
        #expect(outcome.overall == Fraction(99, 40))
        #expect(outcome.level?.id == "2")
    }
}
