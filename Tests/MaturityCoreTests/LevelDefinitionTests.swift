import Testing
@testable import MaturityCore

/// Level rules may carry their definition in words and the conditions of it
/// that only the certifying body checks (models.md §6). They are words beside
/// the rules: decoded, validated, and never part of the computation.
@Suite struct LevelDefinitionTests {
    static func levels(_ level: String) -> String {
        """
        {"method": "levels", "scopes": [{"id": "core", "title": {"zh": "核心", "en": "Core"}, "groups": ["A"]}],
         "unrated": {"id": "L0", "name": {"zh": "无", "en": "None"}},
         "levels": [{"id": "L1", "name": {"zh": "一", "en": "One"}, \(level)
            "requirements": [{"kind": "percent", "scope": "core", "angle": "method", "at_least": 50}]}]}
        """
    }

    static func rules(_ q: Questionnaire) -> LevelRules? {
        if case let .levels(rules) = q.scoring { return rules }
        return nil
    }

    @Test func meaningAndConditionsAreDecoded() throws {
        let level = #""meaning": {"zh": "定义", "en": "Definition"}, "unscored_conditions": [{"zh": "外部测评", "en": "External test"}, {"zh": "持续", "en": "Sustained"}],"#
        let q = try Fixtures.load(ValidationTests.valid(scoring: Self.levels(level)))
        let rule = try #require(Self.rules(q)?.levels.first)
        #expect(rule.meaning == LocalizedText(zh: "定义", en: "Definition"))
        #expect(rule.unscoredConditions == [LocalizedText(zh: "外部测评", en: "External test"), LocalizedText(zh: "持续", en: "Sustained")])
    }

    @Test func bothAreOptional() throws {
        let q = try Fixtures.load(ValidationTests.valid(scoring: Self.levels("")))
        let rule = try #require(Self.rules(q)?.levels.first)
        #expect(rule.meaning == nil)
        #expect(rule.unscoredConditions.isEmpty)
        let nulls = try Fixtures.load(ValidationTests.valid(scoring: Self.levels(#""meaning": null, "unscored_conditions": null,"#)))
        #expect(Self.rules(nulls)?.levels.first?.unscoredConditions.isEmpty == true)
    }

    @Test(arguments: [
        (#""meaning": {"zh": "定义"},"#, "$.scoring.levels[0].meaning", "missing \"en\"; expected English text"),
        (#""meaning": "定义","#, "$.scoring.levels[0].meaning", "expected text in Chinese and English (\"zh\" and \"en\"), found a string"),
        (#""meaning": {"zh": "定义", "en": "D"}, "unscored_conditions": [],"#, "$.scoring.levels[0].unscored_conditions",
         "expected at least one condition"),
        (#""meaning": {"zh": "定义", "en": "D"}, "unscored_conditions": {"zh": "条件", "en": "C"},"#, "$.scoring.levels[0].unscored_conditions",
         "expected a list, found an object"),
        (#""meaning": {"zh": "定义", "en": "D"}, "unscored_conditions": [{"zh": "条件", "en": " "}],"#, "$.scoring.levels[0].unscored_conditions[0].en",
         "expected a non-empty string"),
        (#""unscored_conditions": [{"zh": "条件", "en": "C"}],"#, "$.scoring.levels[0]",
         "the level lists unscored_conditions but no meaning; the conditions are parts of the level's definition, so give it as \"meaning\""),
        (#""definition": {"zh": "定义", "en": "D"},"#, "$.scoring.levels[0].definition",
         "unknown key \"definition\"; expected one of id, meaning, name, requirements, unscored_conditions"),
    ] as [(String, String, String)])
    func aBadDefinitionIsNamedByItsPlace(_ level: String, _ location: String, _ message: String) {
        let found = ValidationTests.problems(ValidationTests.valid(scoring: Self.levels(level)))
        #expect(found.map(\.location) == [location])
        #expect(found.first?.message == message)
        #expect(found.first?.file == "bad.json")
    }

    // MARK: the shipped CC-CMM-OC file

    @Test func everyCCMMLevelIsDefinedInBothLanguages() throws {
        let rules = try #require(Self.rules(try BuiltIn.load("cc-cmm-oc")))
        for level in rules.levels {
            let meaning = try #require(level.meaning, "\(level.id) has no meaning")
            #expect(!meaning.zh.isEmpty && !meaning.en.isEmpty)
        }
        // The years of each definition are the years its rule asks for.
        #expect(rules.levels[2].meaning?.zh.contains("至少两年") == true && rules.levels[2].meaning?.en.contains("at least two years") == true)
        #expect(rules.levels[3].meaning?.zh.contains("至少三年") == true && rules.levels[3].meaning?.en.contains("at least three years") == true)
        #expect(rules.levels[4].meaning?.zh.contains("五年以上") == true && rules.levels[4].meaning?.en.contains("five years or more") == true)
    }

    @Test func theConditionsNoRatingCapturesAreListedPerLevel() throws {
        let rules = try #require(Self.rules(try BuiltIn.load("cc-cmm-oc")))
        #expect(rules.levels.map(\.unscoredConditions.count) == [0, 1, 2, 1, 3])
        let l3 = rules.levels[2].unscoredConditions
        #expect(l3.contains { $0.zh.contains("标杆测评") && $0.en.contains("benchmark test") && $0.en.contains("industry-leading") })
        let l5 = rules.levels[4].unscoredConditions
        #expect(l5.contains { $0.zh.contains("预警") && $0.zh.contains("危机") && $0.en.contains("early warning") })
        #expect(l5.contains { $0.en.contains("world-leading") })
    }

    /// The words never change the level: the same sessions scored against the
    /// file with and without them give the same result, requirement by requirement.
    @Test(arguments: [(5, 10), (2, 10), (5, 5), (3, 0)] as [(Int, Int)])
    func theConditionsNeverChangeTheComputedLevel(_ years: Int, _ rating: Int) throws {
        let q = try BuiltIn.load("cc-cmm-oc")
        var bare = q
        guard case var .levels(rules) = q.scoring else { Issue.record("not a levels model"); return }
        for index in rules.levels.indices {
            rules.levels[index].meaning = nil
            rules.levels[index].unscoredConditions = []
        }
        bare.scoring = .levels(rules)
        var s = BuiltIn.session(q, years: years)
        for n in 1...170 { BuiltIn.rate(&s, String(n), 10, n % 7 == 0 ? rating : 10) }
        guard case let .levels(with) = Scorer.score(s, with: q).outcome,
              case let .levels(without) = Scorer.score(s, with: bare).outcome else { Issue.record("not a levels outcome"); return }
        #expect(with.achievedID == without.achievedID)
        #expect(with.levels.map { $0.requirements.map(\.met) } == without.levels.map { $0.requirements.map(\.met) })
    }

    /// The definitions are the product's words: none shares a run of 20 or
    /// more characters with the source's level definitions (000, "认证等级定义").
    @Test(.enabled(if: SourceText.file != nil, SourceText.skipReason))
    func theDefinitionsDoNotCopyTheSource() throws {
        let text = try String(contentsOfFile: try #require(SourceText.file), encoding: .utf8)
        let start = try #require(text.range(of: "认证等级定义"))
        let end = try #require(text.range(of: "条目评分方式", range: start.upperBound..<text.endIndex))
        let source = String(text[start.upperBound..<end.lowerBound])
        let rules = try #require(Self.rules(try BuiltIn.load("cc-cmm-oc")))
        for level in rules.levels {
            for words in [level.meaning].compactMap({ $0 }) + level.unscoredConditions {
                let run = Fidelity.longestSharedRun(words.zh, source)
                #expect(run.count < 20, "\(level.id) shares \(run.count) characters with the source: \(run)")
            }
        }
    }
}
