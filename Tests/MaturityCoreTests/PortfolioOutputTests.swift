import Foundation
import MaturityPresentation
import Testing
@testable import MaturityCore

/// The portfolio in words and formats, over PortfolioFixtures' group; the
/// figures are the ones worked by hand in PortfolioTests, as the one
/// formatter per figure shows them (percent truncated to one decimal,
/// mean ratings truncated to two).
@Suite struct PortfolioOutputTests {
    static func builder(_ language: Language = .en, measure: HeatMap.Measure = .points) throws -> (PortfolioBuilder, String) {
        let folder = try PortfolioFixtures.temporaryFolder()
        try PortfolioFixtures.write(into: folder)
        let portfolio = Portfolio.read(paths: [folder], questionnaire: try PortfolioFixtures.questionnaires())
        return (PortfolioBuilder(portfolio, catalog: Catalog(language), measure: measure), folder)
    }

    static func cells(_ table: Table) -> [[String]] { table.rows.map { $0.map(\.plain) } }

    @Test func latestLevelWhenProvisionalNotApplicableAndChange() throws {
        let (b, folder) = try Self.builder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let m = try #require(b.portfolio.models.first)
        #expect(Self.cells(b.latestTable(m)) == [
            ["East", "Shanghai", "L0 L0", "80", "2026-05-20", "14 of 14 (complete)", "A–B: 0 N/A (no limit set); C: 0 N/A (no limit set)", "L2 → L0, -20"],
            ["North", "Beijing", "L3 three", "125", "2026-03-15", "14 of 14 (complete)", "A–B: 0 N/A (no limit set); C: 0 N/A (no limit set)", "L2 → L3, +20"],
            // Criterion 4 N/A: one criterion, both its questions answered as N/A; the
            // scorer's count per scope beside its limit (the fixture sets none), as `score` shows it.
            ["South", "Shenzhen", "L2 two", "120", "2026-04-01", "14 of 14 (complete)", "A–B: 1 N/A (no limit set); C: 0 N/A (no limit set)", "L2 held, -20"],
        ])
        let means = b.portfolio.models[1]
        #expect(Self.cells(b.latestTable(means)).map { [$0[2], $0[3], $0[7]] } == [["2 level 2", "2.75", "first assessment"],
                                                                                  ["3 level 3", "3.50", "first assessment"]])
    }

    @Test func heatMapTableByMeasure() throws {
        let (points, folder) = try Self.builder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let m = try #require(points.portfolio.models.first)
        let table = points.heatTable(m)
        #expect(table.columns.map(\.title) == ["Dimension", "East Shanghai", "North Beijing", "South Shenzhen"])
        #expect(Self.cells(table) == [["A GA", "83.3", "100.0", "100.0"], ["B GB", "50.0", "87.5", "100.0"], ["C GC", "25.0", "75.0", "100.0"]])
        let method = PortfolioBuilder(points.portfolio, catalog: Catalog(.en), measure: .method)
        // 2 of 3 at 10 is 66.66…%, shown cut to 66.6 (never rounded up).
        #expect(Self.cells(method.heatTable(m)) == [["A GA", "66.6", "100.0", "100.0"], ["B GB", "0.0", "100.0", "100.0"], ["C GC", "0.0", "100.0", "100.0"]])
    }

    @Test func trendWeakestAndDistribution() throws {
        let (b, folder) = try Self.builder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let m = try #require(b.portfolio.models.first)
        #expect(Self.cells(b.trendTable(m)).filter { $0[0] == "North" }.map { [$0[2], $0[3], $0[4]] }
                == [["2024-03-15", "L1 one", "75"], ["2025-03-15", "L2 two", "105"], ["2026-03-15", "L3 three", "125"]])
        #expect(Self.cells(b.trendTable(m)).first == ["East", "Shanghai", "2024-05-20", "L0 L0", "30", "provisional"])
        #expect(Self.cells(b.weakestTable(m)).prefix(4) == [["7 t7", "5.83", "3", "2"], ["5 t5", "7.50", "3", "2"],
                                                             ["4 t4", "7.50", "2", "1"], ["6 t6", "7.50", "2", "1"]])
        #expect(Self.cells(b.distributionTable(m)) == [["L0 L0", "1"], ["L1 one", "0"], ["L2 two", "1"], ["L3 three", "1"]])
    }

    @Test func filesSetAsideAndOtherVersionsAreSaid() throws {
        let (b, folder) = try Self.builder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = TerminalWriter.write(b.document())
        let reasons = Self.cells(try #require(b.setAside().tables.first)).map { [($0[0] as NSString).lastPathComponent, String($0[1].prefix(34))] }
        #expect(reasons == [["broken.json", "not JSON text: line 1, column 56: "], ["README.txt", "not a .json file"],
                            ["settings.json", "not a ccmm session: missing \"ccmm_"]])
        let m = try #require(b.portfolio.models.first)
        guard case let .list(items)? = b.reconciled(m).blocks.last else {
            Issue.record("no list of reconciled sessions")
            return
        }
        #expect(items.count == 1)
        #expect(items.first?.hasSuffix("south/2024.json: answered against version 0, scored against 1; answers carried over by criterion id\n"
                                       + "Answers no longer in the questionnaire (kept in the file): 8\nNew criteria: 7") == true)
        // Centres are counted once across models: North and South also have a mean-level assessment.
        #expect(text.contains("3 centres, 11 assessments, 14 files read"))
    }

    @Test func chineseWordsAndNoEnglishHeadings() throws {
        let (b, folder) = try Self.builder(.zh)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = TerminalWriter.write(b.document())
        for heading in ["评估组合总览", "各中心最近一次评估", "最近评估热力图：各维度、各中心的得分率", "各中心历次评估", "全组最弱条目（3 个中心的最近评估）",
                        "当前等级分布", "按问卷其他版本作答的会话", "未采用的文件", "不是 .json 文件"] {
            #expect(text.contains(heading), "\(heading)")
        }
        for english in ["Latest level", "Heat map", "Weakest", "Files set aside", "provisional", "first assessment"] {
            #expect(!text.contains(english), "\(english)")
        }
    }

    /// Hostile names from session files: escaped in HTML and Markdown, made inert in CSV, visible in text.
    @Test func namesFromFilesCannotInjectAnything() throws {
        let folder = try PortfolioFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let q = try PortfolioFixtures.levels()
        let hostile = PortfolioFixtures.session(q, centre: "<script>alert(1)</script>\u{1B}[2J", site: "=HYPERLINK(\"x\")", date: "2026-01-01",
                                                years: 1, PortfolioFixtures.uniform(.r(10), .r(10)))
        try SessionStore.save(hostile, questionnaire: q, to: folder + "/h.json")
        let b = PortfolioBuilder(Portfolio.read(paths: [folder], questionnaire: try PortfolioFixtures.questionnaires()), catalog: Catalog(.en), measure: .points)
        let html = PortfolioHTML.page(b)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.unicodeScalars.contains { $0.value == 0x1B })
        #expect(html.contains("<svg"))
        let csv = b.csv()
        #expect(csv.hasPrefix("\u{FEFF}"))
        #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""))
        #expect(!csv.contains(",=HYPERLINK"))
        let text = TerminalWriter.write(b.document())
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
        #expect(text.contains("␛[2J"))
    }

    @Test func htmlHasAHeatMapAndATrendLinePerCentre() throws {
        let (b, folder) = try Self.builder(.en, measure: .method)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let html = PortfolioHTML.page(b)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "class=\"heatmap\"").count - 1 == 2)      // one per model
        #expect(html.components(separatedBy: "class=\"trend\"").count - 1 == 5)        // 3 centres + 2 in the mean-level model
        #expect(html.contains("<title>A GA · East Shanghai: 66.6</title>"))
        #expect(html.contains(">L3 125</text>"))
        #expect(!html.contains("<script"))
    }

    @Test func jsonCarriesTheFiguresAndTheReasons() throws {
        let (b, folder) = try Self.builder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = JSONWriter.render(PortfolioJSON.encode(b.portfolio))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["format_version"] as? Int == 1)
        let models = try #require(json["models"] as? [[String: Any]])
        let heat = try #require(models.first?["heat_map"] as? [String: Any])
        let cells = try #require(heat["cells"] as? [[[String: Any]]])
        #expect((cells[0][0]["points_percent"] as? NSNumber)?.doubleValue == 83.3)
        #expect((cells[1][0]["method_percent"] as? NSNumber)?.doubleValue == 0)
        let reasons = try #require(json["set_aside"] as? [[String: Any]]).compactMap { $0["reason"] as? String }
        #expect(reasons == ["not_json", "not_json_file", "not_a_session"])
    }
}
