import Testing
@testable import MaturityCore

/// Each kind of broken questionnaire gives a message naming the file, the JSON
/// path and what was expected.
@Suite struct ValidationTests {
    static func problems(_ json: String) -> [Problem] {
        do {
            _ = try Fixtures.load(json, file: "bad.json")
            return []
        } catch {
            return error.problems
        }
    }

    static func valid(groups: String? = nil, scoring: String? = nil, header: String = Fixtures.pointsHeader) -> String {
        """
        {\(header) "groups": [\(groups ?? Fixtures.group("A", first: 1, count: 2))],
         "scoring": \(scoring ?? #"{"method": "lowest_group", "groups": ["A"]}"#)}
        """
    }

    @Test func aValidFixtureLoads() throws {
        let q = try Fixtures.load(Self.valid())
        #expect(q.criteria.map(\.id) == ["1", "2"])
    }

    @Test func invalidJSONGivesLineAndColumn() {
        let found = Self.problems("{\n  \"format\": 1,\n  \"id\": \n}")
        #expect(found.count == 1)
        #expect(found.first?.file == "bad.json")
        #expect(found.first?.location == "line 4, column 1")
        #expect(found.first?.message.contains("expected a value") == true)
    }

    @Test func wrongTypeNamesPathAndExpectation() {
        let json = Self.valid().replacingOccurrences(of: #""version": "1""#, with: #""version": 1"#)
        let found = Self.problems(json)
        #expect(found.map(\.location) == ["$.version"])
        #expect(found.first?.message == "expected a string, found a number")
    }

    @Test func duplicateIDIsReportedWithFirstUse() {
        let groups = Fixtures.group("A", first: 1, count: 2) + ", " + Fixtures.group("B", first: 2, count: 1)
        let json = Self.valid(groups: groups, scoring: #"{"method": "lowest_group", "groups": ["A", "B"]}"#)
        let found = Self.problems(json)
        #expect(found.count == 1)
        #expect(found.first?.location == "$.groups[1].criteria[0].id")
        #expect(found.first?.message == "duplicate id \"2\"; first used at $.groups[0].criteria[1].id")
    }

    @Test func missingIDIsReported() {
        let json = Self.valid().replacingOccurrences(of: #"{"id": "2", "#, with: "{")
        let found = Self.problems(json)
        #expect(found.map(\.location) == ["$.groups[0].criteria[1]"])
        #expect(found.first?.message == "missing \"id\"; expected an id")
    }

    @Test func levelRuleNamingUnknownGroupOrScope() {
        let scoring = """
            {"method": "levels", "scopes": [{"id": "core", "title": {"zh": "核心", "en": "Core"}, "groups": ["Z"]}],
             "unrated": {"id": "L0", "name": {"zh": "无", "en": "None"}},
             "levels": [{"id": "L1", "name": {"zh": "一", "en": "One"}, "requirements": [
                {"kind": "percent", "scope": "nowhere", "angle": "method", "at_least": 80}]}]}
            """
        let found = Self.problems(Self.valid(scoring: scoring))
        #expect(found.map(\.location) == ["$.scoring.scopes[0].groups", "$.scoring.levels[0].requirements[0].scope"])
        #expect(found[0].message.contains("\"Z\" is not in the questionnaire"))
        #expect(found[1].message.contains("\"nowhere\", which is not declared"))
    }

    @Test func thresholdOver100Percent() {
        let scoring = """
            {"method": "levels", "scopes": [{"id": "core", "title": {"zh": "核心", "en": "Core"}, "groups": ["A"]}],
             "unrated": {"id": "L0", "name": {"zh": "无", "en": "None"}},
             "levels": [{"id": "L1", "name": {"zh": "一", "en": "One"}, "requirements": [
                {"kind": "percent", "scope": "core", "angle": "method", "at_least": 120}]}]}
            """
        let found = Self.problems(Self.valid(scoring: scoring))
        #expect(found.map(\.location) == ["$.scoring.levels[0].requirements[0].at_least"])
        #expect(found.first?.message == "expected a whole number from 0 to 100, found 120")
    }

    @Test func emptyGroup() {
        let groups = Fixtures.group("A", first: 1, count: 1) + #", {"id": "E", "title": {"zh": "空", "en": "Empty"}, "criteria": []}"#
        let found = Self.problems(Self.valid(groups: groups))
        #expect(found.map(\.location) == ["$.groups[1]"])
        #expect(found.first?.message.contains("is empty") == true)
    }

    @Test func missingLanguageAndGuidance() {
        var json = Self.valid().replacingOccurrences(of: #""title": {"zh": "测试", "en": "Test"}"#, with: #""title": {"zh": "测试"}"#)
        json = json.replacingOccurrences(of: #""5": {"zh": "g5", "en": "g5"}, "#, with: "")
        let found = Self.problems(json)
        #expect(found.contains { $0.location == "$.title" && $0.message == "missing \"en\"; expected English text" })
        #expect(found.contains { $0.location.hasSuffix(".questions[0].guidance") && $0.message == "missing guidance for the value 5" })
    }

    @Test func undeclaredAngleAndUnknownKey() {
        var json = Self.valid().replacingOccurrences(of: #"{"angle": "execution""#, with: #"{"angle": "speed""#)
        json = json.replacingOccurrences(of: #""format": 1,"#, with: #""format": 1, "colour": "red","#)
        let found = Self.problems(json)
        #expect(found.contains { $0.location == "$.colour" && $0.message.hasPrefix("unknown key \"colour\"") })
        // Structural problems are reported first; the angle check runs once the file decodes.
        let angleOnly = Self.problems(Self.valid().replacingOccurrences(of: #"{"angle": "execution""#, with: #"{"angle": "speed""#))
        #expect(angleOnly.count == 2)
        #expect(angleOnly.allSatisfy { $0.message.contains("\"speed\" is not declared in $.angles") })
    }

    @Test func bandsMustEndAtZero() {
        let scoring = """
            {"method": "weighted_bands", "weights": [{"group": "A", "points": 10}],
             "bands": [{"id": "pass", "min": 60, "name": {"zh": "过", "en": "Pass"}}, {"id": "fail", "min": 10, "name": {"zh": "不过", "en": "Fail"}}]}
            """
        let found = Self.problems(Self.valid(scoring: scoring))
        #expect(found.map(\.message) == ["the last band must have min 0, so that every total has a band"])
    }

    @Test func allProblemsAreCollectedInOnePass() {
        var json = Self.valid().replacingOccurrences(of: #""version": "1""#, with: #""version": """#)
        json = json.replacingOccurrences(of: #""provenance": "source""#, with: #""provenance": "guess""#)
        let found = Self.problems(json)
        #expect(found.count == 3)   // empty version and two bad provenances
    }
}
