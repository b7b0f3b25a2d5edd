import Testing
@testable import MaturityCore

@Suite struct AnswerImportTests {
    func importing(_ csv: String, _ q: Questionnaire) -> Result<[String: CriterionAnswer], LoadError> {
        do { return .success(try AnswerImport.answers(csv: Array(csv.utf8), file: "a.csv", questionnaire: q, time: "t")) } catch { return .failure(error) }
    }

    @Test func importsRatingsNAAndNotes() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let csv = "\u{FEFF}id,method,execution,note\r\n1,10,5,\"好, 但\"\"记录\"\"不全\"\r\n2,NA,na,无外呼业务\r\n3,,,\r\n4,0,,\n"
        let answers = try importing(csv, q).get()
        #expect(answers["1"]?.ratings == ["method": .rated(10), "execution": .rated(5)])
        #expect(answers["1"]?.note == "好, 但\"记录\"不全")
        #expect(answers["2"]?.ratings["method"] == .notApplicable(reason: "无外呼业务"))
        #expect(answers["2"]?.note == "")
        #expect(answers["3"] == nil)
        #expect(answers["4"]?.ratings == ["method": .rated(0)])
    }

    @Test func everyBadRowIsReportedWithItsLine() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let csv = """
            id,method,execution,note
            1,7,5,
            999,10,10,
            2,NA,5,reason
            3,NA,NA,
            1,10,10,
            4,ten,10,
            5,10
            """
        guard case let .failure(error) = importing(csv, q) else { Issue.record("a bad CSV was accepted"); return }
        #expect(error.problems.map(\.location) == ["line 2", "line 3", "line 4", "line 5", "line 6", "line 7", "line 8"])
        #expect(error.problems[0].message.contains("the rating 7 is not on the scale"))
        #expect(error.problems[1].message == "there is no criterion \"999\" in fixture")
        #expect(error.problems[2].message.contains("N/A applies to the whole criterion"))
        #expect(error.problems[3].message.contains("NA needs the reason"))
        #expect(error.problems[4].message.contains("listed twice (first on line 2)"))
        #expect(error.problems[5].message.contains("expected one of 0, 5, 10, NA or empty"))
        #expect(error.problems[6].message.contains("expected 4 fields"))
    }

    @Test func wrongHeaderIsRefused() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        guard case let .failure(error) = importing("id,c,f,note\n1,10,10,\n", q) else { Issue.record("accepted"); return }
        #expect(error.problems.first?.message == "expected the header id,method,execution,note, found id,c,f,note")
    }

    @Test func unclosedQuoteIsReported() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        guard case let .failure(error) = importing("id,method,execution,note\n1,10,10,\"open\n", q) else { Issue.record("accepted"); return }
        #expect(error.problems.first?.location == "line 2")
        #expect(error.problems.first?.message.contains("not closed") == true)
    }
}
