import Testing
@testable import MaturityCore
import MaturityPresentation

/// The CSV report imports back: ratings, N/A with its reason, notes (also
/// those a spreadsheet would run as formulas) and flags, in both languages.
@Suite struct ReportCSVRoundTripTests {
    @Test(arguments: [Language.zh, Language.en])
    func reportCSVImportsBack(language: Language) throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var s = Session(questionnaire: QuestionnaireReference(q), profile: Profile(centre: "c", language: language), createdAt: "t")
        s.answers["1"] = CriterionAnswer(ratings: ["method": .rated(10), "execution": .rated(5)], note: "=SUM(A1) 不是公式, \"引号\"", flagged: true, changedAt: "t")
        s.answers["2"] = CriterionAnswer(ratings: ["method": .notApplicable(reason: "无外呼业务"), "execution": .notApplicable(reason: "无外呼业务")],
                                         note: "另有说明", changedAt: "t")
        s.answers["3"] = CriterionAnswer(ratings: ["method": .rated(0)], changedAt: "t")
        s.answers["4"] = CriterionAnswer(note: "-只有备注", changedAt: "t")
        let bytes = CSVReport.render(ReportInput(questionnaire: q, session: s, language: language))
        let back = try AnswerImport.answers(csv: bytes, file: "report.csv", questionnaire: q, time: "t")
        #expect(back.keys.sorted() == ["1", "2", "3", "4"])
        for id in ["1", "2", "3", "4"] {
            #expect(back[id]?.ratings == s.answers[id]?.ratings, "criterion \(id)")
            #expect(back[id]?.note == s.answers[id]?.note, "criterion \(id)")
            #expect(back[id]?.flagged == s.answers[id]?.flagged, "criterion \(id)")
        }
    }

    @Test func aReportCSVMissingAColumnIsRefusedWithItsName() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let csv = "criterion_id,method,note\n1,10,\n"
        #expect(throws: LoadError.self) { try AnswerImport.answers(csv: Array(csv.utf8), file: "r.csv", questionnaire: q, time: "t") }
        do {
            _ = try AnswerImport.answers(csv: Array(csv.utf8), file: "r.csv", questionnaire: q, time: "t")
        } catch {
            #expect(error.problems.first?.message.contains("execution, na_reason") == true)
        }
    }
}
