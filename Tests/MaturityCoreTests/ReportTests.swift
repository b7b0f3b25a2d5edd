import Foundation
import Testing
@testable import MaturityCore
@testable import MaturityPresentation

@Suite struct ReportTests {
    static let hostile = "<script>alert(1)</script> & \"double\" 'single'"

    /// Every criterion rated the same on both angles (points models).
    static func rateAll(_ s: inout Session, _ q: Questionnaire, _ value: Int) {
        for criterion in q.criteria {
            for question in criterion.questions {
                s.setAnswer(.rated(value), criterion: criterion.id, angle: question.angle, at: "t")
            }
        }
    }

    /// A CC-CMM-OC session with hostile text everywhere a user can type.
    static func hostileSession() throws -> (Questionnaire, Session) {
        let q = try BuiltIn.load("cc-cmm-oc")
        var s = BuiltIn.session(q, years: 3)
        Self.rateAll(&s, q, 10)
        s.profile.centre = hostile
        s.profile.assessor = "王 <b>"
        s.update(criterion: "1", at: "t") { $0.note = hostile; $0.flagged = true }
        s.update(criterion: "2", at: "t") { $0.note = "=HYPERLINK(\"http://x\",\"y\")" }
        s.update(criterion: "3", at: "t") { $0.note = "第一行 | pipe\n第二行" }
        let reason = AngleAnswer.notApplicable(reason: "<img src=x onerror=alert(2)>")
        s.setAnswer(reason, criterion: "4", angle: "method", at: "t")
        s.setAnswer(reason, criterion: "4", angle: "execution", at: "t")
        return (q, s)
    }

    // MARK: HTML

    @Test func htmlEscapingOfText() {
        #expect(HTMLEscaping.escape(Self.hostile) == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;double&quot; &#39;single&#39;")
        #expect(HTMLEscaping.escape("a\u{0}b\u{7}c\nd") == "a␀b␇c\nd")      // controls shown, as every writer shows them
        #expect(HTMLEscaping.escape("中文 ✓") == "中文 ✓")
    }

    @Test func userTextInTheHTMLReportStaysText() throws {
        let (q, s) = try Self.hostileSession()
        for language in Language.allCases {
            let html = HTMLReport.render(ReportInput(questionnaire: q, session: s, language: language))
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.contains("<img"))
            #expect(!html.contains("<b>"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;double&quot; &#39;single&#39;"))
            #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
            // Self-contained: no external resources, no scripts, printable on A4.
            #expect(!html.contains(" src=\""))
            #expect(!html.contains(" href=\""))
            #expect(!html.contains("@import"))
            #expect(html.contains("@page { size: A4"))
            #expect(html.contains("break-before: page"))
            #expect(html.contains("<svg"))
        }
    }

    @Test func htmlStatesVersionReadingStatusAndNotice() throws {
        let (q, s) = try Self.hostileSession()
        let html = HTMLReport.render(ReportInput(questionnaire: q, session: s, counting: .weighted, language: .en))
        #expect(html.contains("cc-cmm-oc · version \(q.version)"))
        #expect(html.contains(HTMLEscaping.escape(RequirementWords.countingName(.weighted, .en))))
        #expect(html.contains("Every question is answered or N/A: the result is not provisional."))
        #expect(html.contains(HTMLEscaping.escape(q.notice?.en ?? "missing notice")))
        #expect(html.contains("reconstructed"))
        // The held level is named in words on the ladder, not by colour alone.
        #expect(html.contains("▼ held"))
        var partial = s
        partial.setAnswer(nil, criterion: "5", angle: "method", at: "t")
        let provisional = HTMLReport.render(ReportInput(questionnaire: q, session: partial, language: .en))
        #expect(provisional.contains("PROVISIONAL"))
        #expect(provisional.contains("unanswered"))
    }

    // MARK: CSV

    @Test func csvCellsAreNeutralisedAndQuoted() {
        #expect(CSVReport.cell("plain") == "plain")
        #expect(CSVReport.cell("=1+1") == "'=1+1")
        #expect(CSVReport.cell("+1") == "'+1")
        #expect(CSVReport.cell("-2") == "'-2")
        #expect(CSVReport.cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVReport.cell("\tx") == "'\tx")
        #expect(CSVReport.cell("\rx") == "\"'\nx\"")      // a lone CR is a line break inside the quoted cell
        #expect(CSVReport.cell("a,b") == "\"a,b\"")
        #expect(CSVReport.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVReport.cell("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        #expect(CSVReport.cell("two\nlines") == "\"two\nlines\"")
        #expect(CSVReport.cell("中文 = ok") == "中文 = ok")
    }

    /// Splits CSV text into rows of cells (RFC 4180), to read reports back.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { cell.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    cell.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(cell); cell = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(cell); cell = ""; rows.append(row); row = []
            } else {
                cell.append(c)
            }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }

    @Test func csvReportHasBOMOneRowPerCriterionAndSafeCells() throws {
        let (q, s) = try Self.hostileSession()
        let bytes = CSVReport.render(ReportInput(questionnaire: q, session: s, language: .zh))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let rows = Self.parse(text)
        #expect(rows.count == q.criteria.count + 1)
        #expect(Set(rows.map(\.count)).count == 1)
        let header = rows[0]
        let note = try #require(header.firstIndex(of: "备注"))
        let id = try #require(header.firstIndex(of: "条目编号"))
        let reason = try #require(header.firstIndex(of: "不适用理由"))
        let byID = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[id], $0) })
        #expect(byID["1"]?[note] == Self.hostile)
        #expect(byID["2"]?[note] == "'=HYPERLINK(\"http://x\",\"y\")")
        #expect(byID["3"]?[note] == "第一行 | pipe\n第二行")
        #expect(byID["4"]?[reason] == "<img src=x onerror=alert(2)>")
        #expect(byID["1"]?[header.firstIndex(of: "条目") ?? 0] == "核心价值与愿景")
        #expect(byID["1"]?[header.firstIndex(of: "维度") ?? 0] == "设计与规划")
        #expect(byID["1"]?[header.firstIndex(of: "待复核") ?? 0] == "是")
        #expect(byID["1"]?[header.firstIndex(of: "得分") ?? 0] == "20")
        // Chinese CSV says N/A and provenance in Chinese (issue 10: no "NA", "source", "reconstructed").
        #expect(byID["4"]?[header.firstIndex(of: "方法合规") ?? 0] == "不适用")
        #expect(byID["120"]?[header.firstIndex(of: "来源") ?? 0] == "项目重构")
        // No cell a spreadsheet would run as a formula.
        for row in rows { for cell in row { #expect(!["=", "+", "-", "@", "\t", "\r"].contains(cell.first ?? " ")) } }
    }

    // MARK: Markdown

    @Test func markdownEscapesPipesAndLineBreaks() throws {
        #expect(MarkdownReport.escape("a|b\nc") == "a\\|b<br>c")
        #expect(MarkdownReport.escape("x\r\ny\\z") == "x<br>y\\\\z")
        #expect(MarkdownReport.escape("<script>") == "&lt;script&gt;")
        let (q, s) = try Self.hostileSession()
        let md = MarkdownReport.render(ReportInput(questionnaire: q, session: s, language: .zh))
        #expect(md.contains("第一行 \\| pipe<br>第二行"))
        #expect(!md.contains("<script"))
        // Every row of the criterion tables has as many unescaped pipes as the header.
        let lines = md.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.hasPrefix("| 编号 | 条目 | 方法合规") })
        func pipes(_ line: String) -> Int {
            var count = 0, escaped = false
            for c in line {
                if c == "|" && !escaped { count += 1 }
                escaped = c == "\\" && !escaped
            }
            return count
        }
        let criterionRows = lines.filter { $0.hasPrefix("| 3 |") || $0.hasPrefix("| 1 |") }
        #expect(criterionRows.count == 2)
        for row in criterionRows { #expect(pipes(row) == pipes(header)) }
        #expect(md.contains("cc-cmm-oc，版本 \(q.version)"))
        #expect(md.contains(RequirementWords.countingName(.strict, .zh)))
    }

    // MARK: One report per model

    @Test func everyModelRendersWithItsResult() throws {
        // CC-CMM-OC: everything at 10 and five years: L5.
        let ccmm = try BuiltIn.load("cc-cmm-oc")
        var s = BuiltIn.session(ccmm, years: 5)
        Self.rateAll(&s, ccmm, 10)
        try Self.expectAllFormats(ccmm, s, contain: ["L5 卓越级"], english: ["L5 Excellent"])

        // SEE-CMM: every aspect at level 3.
        let see = try BuiltIn.load("see-cmm")
        var t = BuiltIn.session(see)
        Self.rateAll(&t, see, 3)
        try Self.expectAllFormats(see, t, contain: ["以客户为中心"], english: ["Customer-centric"])
        let card = HTMLReport.render(ReportInput(questionnaire: see, session: t, language: .en))
        #expect(card.contains("class=\"grid-card\""))
        // One mark per aspect: 30 aspects, 30 marks in the grid.
        #expect(card.components(separatedBy: "<span>✔ ").count - 1 == see.questionCount)

        // CCCS-OP-2003: everything at 10 is five-star, with its meaning.
        let op = try BuiltIn.load("cccs-op-2003")
        var u = BuiltIn.session(op)
        Self.rateAll(&u, op, 10)
        guard case let .weightedBands(rules) = op.scoring, let top = rules.bands.first else {
            Issue.record("cccs-op-2003 has no bands"); return
        }
        try Self.expectAllFormats(op, u, contain: [top.name.zh], english: [top.name.en, top.meaning?.en ?? top.name.en])

        // CCCS outline: one module low; it is the headline.
        let outline = try BuiltIn.load("cccs-v7-outline")
        var v = BuiltIn.session(outline)
        Self.rateAll(&v, outline, 10)
        guard case let .lowestGroup(lowest) = outline.scoring, let last = lowest.groups.last, let group = outline.group(last) else {
            Issue.record("cccs-v7-outline has no modules"); return
        }
        for criterion in group.allCriteria { v.setAnswer(.rated(5), criterion: criterion.id, angle: "execution", at: "t") }
        try Self.expectAllFormats(outline, v, contain: ["\(group.id) \(group.title.zh)"], english: ["lowest"])
    }

    static func expectAllFormats(_ q: Questionnaire, _ s: Session, contain: [String], english: [String]) throws {
        let zh = ReportInput(questionnaire: q, session: s, language: .zh)
        let en = ReportInput(questionnaire: q, session: s, language: .en)
        let outputs = [
            ("html", HTMLReport.render(zh), HTMLReport.render(en)),
            ("md", MarkdownReport.render(zh), MarkdownReport.render(en)),
        ]
        for (format, chinese, inEnglish) in outputs {
            for text in contain { #expect(chinese.contains(format == "html" ? HTMLEscaping.escape(text) : text), "\(q.id) \(format) zh lacks \(text)") }
            for text in english { #expect(inEnglish.contains(format == "html" ? HTMLEscaping.escape(text) : text), "\(q.id) \(format) en lacks \(text)") }
            #expect(inEnglish.contains(q.version))
        }
        let csv = String(decoding: CSVReport.render(zh).dropFirst(3), as: UTF8.self)
        #expect(parse(csv).count == q.criteria.count + 1)
    }

    @Test func emptySessionsRenderInEveryModel() throws {
        for id in BuiltIn.ids {
            let q = try BuiltIn.load(id)
            let s = BuiltIn.session(q)
            for language in Language.allCases {
                let input = ReportInput(questionnaire: q, session: s, language: language)
                let html = HTMLReport.render(input)
                #expect(html.hasSuffix("</html>\n"))
                #expect(html.contains(language == .zh ? "暂定结果" : "PROVISIONAL"))
                #expect(MarkdownReport.render(input).contains(q.version))
                #expect(Self.parse(String(decoding: CSVReport.render(input).dropFirst(3), as: UTF8.self)).count == q.criteria.count + 1)
            }
        }
    }

    // MARK: Plan, comparison and conflicts sections

    @Test func planComparisonAndConflictsAppear() throws {
        let q = try BuiltIn.load("cc-cmm-oc")
        var before = BuiltIn.session(q, years: 3)
        Self.rateAll(&before, q, 5)
        var a = before, b = before
        a.profile.assessor = "甲"
        b.profile.assessor = "乙"
        a.setAnswer(.rated(10), criterion: "7", angle: "method", at: "t")
        b.setAnswer(.rated(0), criterion: "7", angle: "method", at: "t")
        let merged = try Consensus.merge([MergeInput(session: a, file: "a.json"), MergeInput(session: b, file: "b.json")],
                                         questionnaire: q, at: "2026-03-01T00:00:00Z").session
        let comparison = try Comparison.compare(baseline: before, followUp: merged, questionnaire: q)
        let input = ReportInput(questionnaire: q, session: merged, language: .en, comparison: comparison)
        #expect(input.gapPlan != nil)
        let html = HTMLReport.render(input)
        let md = MarkdownReport.render(input)
        for text in [html, md] {
            #expect(text.contains("Gap plan: target L1"))
            #expect(text.contains("Compared with the baseline"))
            #expect(text.contains("Conflicts between assessors"))
            #expect(text.contains("甲: Method 10, Execution 5"))
            #expect(text.contains("乙: Method 0, Execution 5"))
            #expect(text.contains("until settled, the lower rating counts"))
        }
        let csv = Self.parse(String(decoding: CSVReport.render(input).dropFirst(3), as: UTF8.self))
        let header = csv[0]
        #expect(header.contains("Method (baseline)"))
        #expect(header.contains { $0.hasPrefix("plan (target L1") })
        let conflict = try #require(header.firstIndex(of: "conflict"))
        #expect(csv.first { $0.first == q.id && $0[header.firstIndex(of: "criterion_id") ?? 0] == "7" }?[conflict] == "甲: Method 10, Execution 5\n乙: Method 0, Execution 5")
    }
}
