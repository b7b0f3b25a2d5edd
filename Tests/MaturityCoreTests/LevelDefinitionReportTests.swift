import Testing
@testable import MaturityCore
@testable import MaturityPresentation

/// The reports give each level's definition beside the ladder and name the
/// conditions only the certifying body checks (models.md §6).
@Suite struct LevelDefinitionReportTests {
    /// Everything 10/10 with 3 years: L4 held (L5 needs 5 years).
    static func input(_ language: Language) throws -> ReportInput {
        let q = try BuiltIn.load("cc-cmm-oc")
        var s = BuiltIn.session(q, years: 3)
        ReportTests.rateAll(&s, q, 10)
        return ReportInput(questionnaire: q, session: s, language: language)
    }

    @Test func htmlListsEveryDefinitionAndMarksTheLevelsHeld() throws {
        // Every text element carries dir="auto" (issue 10: bidirectional text isolated).
        let html = HTMLReport.render(try Self.input(.en))
        let start = try #require(html.range(of: "<dl class=\"definitions\">"))
        let list = String(html[start.lowerBound...]).components(separatedBy: "</dl>")[0]
        #expect(list.contains("<dt dir=\"auto\" class=\"held\">✓ L1 Applied</dt>"))
        #expect(list.contains("<dt dir=\"auto\" class=\"held\">✓ L4 Lean</dt>"))
        #expect(list.contains("<dt dir=\"auto\">L5 Excellent</dt>"))
        #expect(list.components(separatedBy: "<p dir=\"auto\" class=\"unscored\">Checked by the certifying body, not scored by ccmm; never changes the computed level:</p>").count == 5)
        #expect(list.contains("<li dir=\"auto\">Key upstream and downstream customer indicators proven industry-leading by an external benchmark test.</li>"))
        // The definitions come after the ladder and before the requirement table.
        let ladder = try #require(html.range(of: "class=\"ladder\""))
        let table = try #require(html.range(of: "What the level rests on"))
        #expect(ladder.upperBound < start.lowerBound && start.upperBound < table.lowerBound)
    }

    @Test func chineseHTMLAndMarkdownSayTheSame() throws {
        let html = HTMLReport.render(try Self.input(.zh))
        #expect(html.contains("<h3 dir=\"auto\">等级定义</h3>"))
        #expect(html.contains("由认证机构核查，ccmm 不评分，也不影响算出的等级："))
        #expect(html.contains("标杆测评"))
        let md = MarkdownReport.render(try Self.input(.zh))
        #expect(md.contains("### 等级定义"))
        #expect(md.contains("**L3 标杆级**："))
        #expect(md.contains("- 关键的上下游客户指标经外部标杆测评，证明达到行业领先水平。"))
    }

    @Test func otherModelsHaveNoDefinitionList() throws {
        let q = try BuiltIn.load("cccs-op-2003")
        var s = BuiltIn.session(q)
        ReportTests.rateAll(&s, q, 10)
        #expect(!HTMLReport.render(ReportInput(questionnaire: q, session: s, language: .en)).contains("class=\"definitions\""))
    }
}
