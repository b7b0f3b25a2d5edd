import Testing
@testable import MaturityCore
import MaturityPresentation

/// CSV import for SEE-CMM (one row per aspect) and the JSON scorecard of every model.
@Suite struct LevelModelImportTests {
    func importing(_ csv: String, _ q: Questionnaire) -> Result<[String: CriterionAnswer], LoadError> {
        do { return .success(try AnswerImport.answers(csv: Array(csv.utf8), file: "see.csv", questionnaire: q, time: "t")) } catch {
            return .failure(error)
        }
    }

    // MARK: SEE-CMM CSV

    @Test func importsAspectLevelsNAAndNotes() throws {
        let q = try BuiltIn.load("see-cmm")
        let csv = """
            id,level,note
            1.approach,3,有成文计划
            1.deployment,NA,只有一个站点
            1.feedback,,待补充
            6.trend,4,
            6.scope,na,"单一市场, 无区域"

            """
        let answers = try importing(csv, q).get()
        #expect(Set(answers.keys) == ["1", "6"])
        #expect(answers["1"]?.ratings == ["approach": .rated(3), "deployment": .notApplicable(reason: "只有一个站点")])
        // Notes of rated and unanswered aspects are kept, each marked with its aspect; an N/A's note is its reason.
        #expect(answers["1"]?.note == "[approach] 有成文计划\n[feedback] 待补充")
        #expect(answers["6"]?.ratings == ["trend": .rated(4), "scope": .notApplicable(reason: "单一市场, 无区域")])
        #expect(answers["6"]?.note == "")

        var s = BuiltIn.session(q)
        s.answers = answers
        let card = Scorer.score(s, with: q)
        let outcome = try #require(LevelFixtures.meanLevel(card))
        // 1: approach 3 alone → 3; 6: trend 4 alone → 4; overall (3 + 4)/2 = 3.5 → level 3.
        #expect(outcome.criteria.map(\.score) == [Fraction(3), nil, nil, nil, nil, Fraction(4), nil, nil])
        #expect(outcome.overall == Fraction(7, 2))
        #expect(outcome.level?.id == "3")
        #expect(card.notApplicable == 2)
        #expect(card.provisional)
    }

    @Test func everyBadRowIsReportedWithItsLine() throws {
        let q = try BuiltIn.load("see-cmm")
        let csv = """
            id,level,note
            1.approach,5,
            1.deployment,0,
            1.trend,3,
            9.approach,2,
            1,2,
            6.cause,NA,
            1.approach,3,
            6.target,three,
            2.approach,3,
            """
        guard case let .failure(error) = importing(csv, q) else { Issue.record("a bad CSV was accepted"); return }
        #expect(error.problems.map(\.location) == ["line 2", "line 3", "line 4", "line 5", "line 6", "line 7", "line 8", "line 9"])
        #expect(error.problems.allSatisfy { $0.file == "see.csv" })
        let messages = error.problems.map(\.message)
        #expect(messages[0] == "level \"5\": the rating 5 is not on the scale; expected one of 1, 2, 3, 4 or N/A")
        #expect(messages[1] == "level \"0\": the rating 0 is not on the scale; expected one of 1, 2, 3, 4 or N/A")
        #expect(messages[2] == "criterion 1 has no aspect \"trend\"; expected one of approach, deployment, feedback")
        #expect(messages[3].hasPrefix("there is no answer id \"9.approach\"; expected <criterion>.<aspect>"))
        #expect(messages[4].hasPrefix("there is no answer id \"1\""))
        #expect(messages[5].contains("NA needs the reason"))
        #expect(messages[6].contains("listed twice (first on line 2)"))
        #expect(messages[7].contains("expected one of 1, 2, 3, 4, NA or empty"))
    }

    @Test func resultAspectsAreNamedToo() throws {
        let q = try BuiltIn.load("see-cmm")
        guard case let .failure(error) = importing("id,level,note\n6.approach,2,\n", q) else { Issue.record("accepted"); return }
        #expect(error.problems.map(\.location) == ["line 2"])
        #expect(error.problems.first?.message == "criterion 6 has no aspect \"approach\"; expected one of trend, target, comparison, cause, scope")
    }

    @Test func pointsHeaderIsRefusedForALevelModel() throws {
        let q = try BuiltIn.load("see-cmm")
        guard case let .failure(error) = importing("id,method,execution,note\n1,10,10,\n", q) else { Issue.record("accepted"); return }
        #expect(error.problems.map(\.location) == ["line 1"])
        #expect(error.problems.first?.message == "expected the header id,level,note, found id,method,execution,note")
    }

    @Test func aWholeSessionFromCSVScoresByHand() throws {
        let q = try BuiltIn.load("see-cmm")
        var lines = ["id,level,note"]
        for (criterion, levels) in LevelFixtures.mixed {
            let aspects = (Int(criterion) ?? 0) <= 5 ? LevelFixtures.enablerAspects : LevelFixtures.resultAspects
            for (aspect, level) in zip(aspects, levels) { lines.append("\(criterion).\(aspect),\(level),") }
        }
        #expect(lines.count == 31)
        var s = BuiltIn.session(q)
        s.answers = try importing(lines.joined(separator: "\r\n") + "\r\n", q).get()
        let card = Scorer.score(s, with: q)
        #expect(card.provisional == false)
        let outcome = try #require(LevelFixtures.meanLevel(card))
        #expect(outcome.overall == Fraction(11, 4))   // LevelFixtures.mixed: 22/8
        #expect(outcome.level?.id == "2")
    }

    // MARK: JSON scorecards

    static func json(_ q: Questionnaire, _ s: Session, counting: Counting? = nil) -> JSONValue {
        ScorecardJSON.encode(Scorer.score(s, with: q, counting: counting), questionnaire: q, session: s)
    }

    static func items(_ value: JSONValue?) -> [JSONValue] {
        if case let .array(items)? = value { return items }
        return []
    }

    @Test(arguments: [1, 2, 3, 4])
    func seeJSONLevelIDs(_ level: Int) throws {
        let q = try BuiltIn.load("see-cmm")
        var s = BuiltIn.session(q)
        for criterion in q.criteria {
            for question in criterion.questions { s.setAnswer(.rated(level), criterion: criterion.id, angle: question.angle, at: "t") }
        }
        let json = Self.json(q, s)
        #expect(json["scoring"] == .string("mean_level"))
        #expect(json["level"]?["id"] == .string(String(level)))
        #expect(json["overall_score"] == .number("\(level).00"))
        #expect(json["provisional"] == .bool(false))
    }

    @Test func seeJSONMixed() throws {
        let q = try BuiltIn.load("see-cmm")
        let json = Self.json(q, BuiltIn.seeMixed(q))
        #expect(json["level"]?["id"] == .string("2"))
        #expect(json["level"]?["name"]?["en"] == .string("Proactive"))
        #expect(json["overall_score"] == .number("2.75"))        // 22/8
        #expect(json["weakest"] == .string("3"))
        let criteria = Self.items(json["criteria"])
        #expect(criteria.count == 8)
        #expect(criteria.map { $0["id"] } == (1...8).map { .string(String($0)) })
        // Truncated (models.md §6): 7/3 → "2.33", 4 → "4.00", 5/3 → "1.66", 8/3 → "2.66", 10/3 → "3.33", 13/5 → "2.60", 11/5 → "2.20", 16/5 → "3.20"
        #expect(criteria.map { $0["score"] } == ["2.33", "4.00", "1.66", "2.66", "3.33", "2.60", "2.20", "3.20"].map { .number($0) })
        #expect(criteria.map { $0["answered"] } == [3, 3, 3, 3, 3, 5, 5, 5].map { .int($0) })
        #expect(criteria.first?["title"]?["en"] == .string("Leadership"))
    }

    @Test func seeJSONWithNothingAnswered() throws {
        let q = try BuiltIn.load("see-cmm")
        let json = Self.json(q, BuiltIn.session(q))
        #expect(json["level"] == .null)
        #expect(json["overall_score"] == .null)
        #expect(json["weakest"] == .null)
        #expect(json["provisional"] == .bool(true))
        #expect(Self.items(json["criteria"]).allSatisfy { $0["score"] == .null })
    }

    @Test(arguments: [(10, 10, "100.0", 100, "five-star"), (10, 5, "75.0", 75, "pass"),
                      (5, 5, "50.0", 50, "conditional"), (0, 0, "0.0", 0, "fail")] as [(Int, Int, String, Int, String)])
    func cccsJSONOutcomes(_ method: Int, _ execution: Int, _ total: String, _ rounded: Int, _ band: String) throws {
        // Every sub-item rated alike: each category scores its points × (method + execution)/20,
        // so the total is 100 × (method + execution)/20: 100, 75, 50 or 0.
        let q = try BuiltIn.load("cccs-op-2003")
        var s = BuiltIn.session(q)
        for criterion in q.criteria { BuiltIn.rate(&s, criterion.id, method, execution) }
        let json = Self.json(q, s)
        #expect(json["scoring"] == .string("weighted_bands"))
        #expect(json["total"] == .number(total))
        #expect(json["total_rounded"] == .int(rounded))
        #expect(json["max"] == .int(100))
        #expect(json["outcome"]?["id"] == .string(band))
        #expect(Self.items(json["categories"]).count == 8)
    }

    @Test func cccsJSONMixed() throws {
        let q = try BuiltIn.load("cccs-op-2003")
        let json = Self.json(q, BuiltIn.cccsMixed(q))
        #expect(json["total"] == .number("60.6"))                 // 485/8 = 60.625
        #expect(json["total_rounded"] == .int(61))
        #expect(json["outcome"]?["id"] == .string("pass"))
        #expect(json["outcome"]?["name"]?["zh"] == .string("通过认证"))
        // 5.9 N/A on both angles: 10 points × 2 of 18 questions = 1.11…, shown rounded up.
        #expect(json["not_applicable"]?["questions"] == .int(2))
        let scope = Self.items(json["not_applicable"]?["scopes"]).first
        #expect(scope?["unit"] == .string("points"))
        #expect(scope?["count"] == .number("1.12"))
        #expect(scope?["limit"] == .int(10))
        #expect(scope?["exceeded"] == .bool(false))
        let categories = Self.items(json["categories"])
        #expect(categories.map { $0["id"] } == (1...8).map { .string(String($0)) })
        #expect(categories.map { $0["weight"] } == [10, 10, 10, 15, 10, 15, 10, 20].map { .int($0) })
        // 10, 7.5, 5, 7.5, 10, 7.5, 8.125 (→ "8.1", truncated like the total), 5
        #expect(categories.map { $0["points"] } == ["10.0", "7.5", "5.0", "7.5", "10.0", "7.5", "8.1", "5.0"].map { .number($0) })
    }

    @Test func outlineJSON() throws {
        let q = try BuiltIn.load("cccs-v7-outline")
        let json = Self.json(q, BuiltIn.outlineMixed(q))
        #expect(json["scoring"] == .string("lowest_group"))
        #expect(json["headline_module"] == .string("M6"))
        #expect(json["headline_percent"] == .number("25.0"))
        #expect(json["mean_percent"] == .number("70.3"))          // 562.5/8 = 70.3125
        #expect(json["notice"]?["en"] != nil)
        #expect(json["notice"]?["zh"] != nil)
        #expect(Self.items(json["dimensions"]).count == 9)
    }

    @Test func ccmmJSONWorkedExample() throws {
        let q = try BuiltIn.load("cc-cmm-oc")
        let json = Self.json(q, BuiltIn.ccmmWorkedExample(q))
        #expect(json["scoring"] == .string("levels"))
        #expect(json["level"]?["id"] == .string("L1"))
        #expect(json["level"]?["name"]?["zh"] == .string("应用级"))
        #expect(json["level"]?["name"]?["en"] == .string("Applied"))
        #expect(json["total"] == .int(2690))
        #expect(json["max"] == .int(3400))
        #expect(json["provisional"] == .bool(false))
        #expect(json["counting"] == .string("strict"))
        #expect(json["notice"] != nil)

        // Per dimension, strict (criteria at 10 over applicable), percents truncated to one decimal:
        //   1.0 (1–38):    method 38/38, execution 38/38; points 38 × 20 = 760 of 760
        //   2.0 (39–104):  method 66/66; execution 57/66 (39–95 at 10) = 86.36%; points 660 + 570 + 9 × 5 = 1275 of 1320
        //   3.0 (105–130): method 19/26 (105–123) = 73.08%; execution 0/26; points 190 + 7 × 5 + 26 × 5 = 355 of 520
        //   4.0 (131–150): all 5/5 → 0% and 0%; points 200 of 400
        //   5.0 (151–170): all 5/0 → 0% and 0%; points 100 of 400
        let dimensions = Self.items(json["dimensions"])
        #expect(dimensions.map { $0["id"] } == ["1.0", "2.0", "3.0", "4.0", "5.0"].map { .string($0) })
        #expect(dimensions.map { $0["method_percent"] } == ["100.0", "100.0", "73.0", "0.0", "0.0"].map { .number($0) })
        #expect(dimensions.map { $0["execution_percent"] } == ["100.0", "86.3", "0.0", "0.0", "0.0"].map { .number($0) })
        #expect(dimensions.map { $0["points"] } == [760, 1275, 355, 200, 100].map { .int($0) })
        #expect(dimensions.map { $0["max"] } == [760, 1320, 520, 400, 400].map { .int($0) })

        // Next level L2: method 82.0% of 90 (no), execution 63.3% of 70 (no), total 2690 of 2500 (yes).
        let next = try #require(json["next_level"])
        #expect(next["id"] == .string("L2"))
        let requirements = Self.items(next["requirements"])
        #expect(requirements.map { $0["description"] } == ["Method ≥ 90% in 1.0–4.0", "Execution ≥ 70% in 1.0–4.0", "Total ≥ 2500 points"].map { .string($0) })
        #expect(requirements.map { $0["description_zh"] } == ["1.0–4.0 方法合规 ≥ 90%", "1.0–4.0 执行到位 ≥ 70%", "总分 ≥ 2500"].map { .string($0) })
        #expect(requirements.map { $0["actual"] } == ["82.0", "63.3", "2690"].map { .number($0) })
        #expect(requirements.map { $0["required"] } == ["90", "70", "2500"].map { .number($0) })
        #expect(requirements.map { $0["met"] } == [false, false, true].map { .bool($0) })
        #expect(requirements.map { $0["shortfall"] } == [12, 10, 0].map { .int($0) })  // 135 − 123, 105 − 95
        #expect(Self.items(json["levels"]).map { $0["met"] } == [true, false, false, false, false].map { .bool($0) })
    }

    @Test func ccmmJSONWeightedReading() throws {
        let q = try BuiltIn.load("cc-cmm-oc")
        let json = Self.json(q, BuiltIn.ccmmWorkedExample(q), counting: .weighted)
        #expect(json["counting"] == .string("weighted"))
        #expect(json["level"]?["id"] == .string("L2"))
        // Weighted, rating points over maximum:
        //   2.0 execution (570 + 45)/660 = 93.18%; 3.0 method (190 + 35)/260 = 86.54%, execution 130/260 = 50%;
        //   4.0 100/200 = 50% on both; 5.0 method 100/200 = 50%, execution 0/200.
        let dimensions = Self.items(json["dimensions"])
        #expect(dimensions.map { $0["method_percent"] } == ["100.0", "100.0", "86.5", "50.0", "50.0"].map { .number($0) })
        #expect(dimensions.map { $0["execution_percent"] } == ["100.0", "93.1", "50.0", "50.0", "0.0"].map { .number($0) })
        let next = try #require(json["next_level"])
        #expect(next["id"] == .string("L3"))
        // L3: method 91.0% of 100, execution 81.7% of 80, total 2690 of 2750, years not given.
        let requirements = Self.items(next["requirements"])
        #expect(requirements.map { $0["actual"] } == [.number("91.0"), .number("81.6"), .number("2690"), .null])
        #expect(requirements.map { $0["met"] } == [false, true, false, false].map { .bool($0) })
    }

    @Test func ccmmJSONAtTheTop() throws {
        let q = try BuiltIn.load("cc-cmm-oc")
        var s = BuiltIn.session(q, years: 5)
        for n in 1...170 { BuiltIn.rate(&s, String(n), 10, 10) }
        let json = Self.json(q, s)
        #expect(json["level"]?["id"] == .string("L5"))
        #expect(json["level"]?["name"]?["zh"] == .string("卓越级"))
        #expect(json["level"]?["name"]?["en"] == .string("Excellent"))
        #expect(json["total"] == .int(3400))
        #expect(json["next_level"] == .null)
        #expect(Self.items(json["dimensions"]).allSatisfy { $0["method_percent"] == .number("100.0") && $0["execution_percent"] == .number("100.0") })
    }

    @Test func ccmmJSONProvisionalWhileUnanswered() throws {
        let q = try BuiltIn.load("cc-cmm-oc")
        var s = BuiltIn.session(q)
        BuiltIn.rate(&s, "1", 10, 10)
        let json = Self.json(q, s)
        #expect(json["provisional"] == .bool(true))
        #expect(json["answered"] == .int(2))
        #expect(json["questions"] == .int(340))
        #expect(json["total"] == .int(20))
        #expect(json["level"]?["id"] == .string("L0"))
        #expect(json["level"]?["name"]?["en"] == .string("Not rated"))
    }
}
