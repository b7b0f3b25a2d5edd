import Foundation
import MaturityCore
import Testing

/// `ccmm evidence`, `ccmm actions` and the XLSX report, run as a user runs them.
@Suite struct ImprovementCommandTests {
    /// A CCCS-OP-2003 session (sub-item ids such as "1.1", which a careless
    /// writer turns into numbers) with evidence, actions and a formula-like title.
    static func session(in folder: String) throws -> (path: String, q: Questionnaire) {
        let path = try Sessions.make("s", model: "cccs-op-2003", rows: 48, in: folder, language: "zh", centre: "上海客服中心")
        let q = try QuestionnaireDecoder.load(path: Run.root.path + "/Questionnaires/cccs-op-2003.json")
        var s = try SessionStore.loadUnchecked(path: path)
        s.update(criterion: "1.1", at: "t") {
            $0.evidence = [EvidenceItem(title: "质量手册 第3版", kind: .document, location: "证据/手册.txt", seenOn: "2026-11-28", seenBy: "王经理"),
                           EvidenceItem(title: "1.0", kind: .record, location: "证据/旧.pdf")]
        }
        s.update(criterion: "1.3", at: "t") { $0.evidence = [EvidenceItem(title: "=HYPERLINK(\"http://x\")", kind: .interview)] }
        s.actions = [ImprovementAction(id: "A1", title: "完善质检复核", targets: [ActionTarget(criterionID: "1.3", angle: "method", rating: 10)],
                                       owner: "张三", due: "2027-03-31", status: .inProgress)]
        try SessionStore.save(s, questionnaire: q, to: path)
        try FileManager.default.createDirectory(atPath: folder + "/证据", withIntermediateDirectories: true)
        try "abc".write(toFile: folder + "/证据/手册.txt", atomically: true, encoding: .utf8)
        return (path, q)
    }

    @Test func evidenceCheckNamesTheMissingFileAndHashesThePresentOne() throws {
        let folder = try Run.temporaryFolder()
        let (path, _) = try Self.session(in: folder)
        let run = try Run.ccmm(["evidence", path, "--check", "--hash", "--format", "json"], in: folder)
        #expect(run.status == 1)  // a missing file fails the check
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let items = try #require(json["evidence"] as? [[String: Any]])
        #expect(items.map { $0["criterion"] as? String } == ["1.1", "1.1", "1.3"])
        #expect(items.map { $0["check"] as? String } == ["present", "missing", "none"])
        #expect(items[0]["sha256"] as? String == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(items[1]["sha256"] == nil)
        #expect(run.stderr.contains("1"))
        // Without --check the register is listed and the exit code is 0.
        let list = try Run.ccmm(["evidence", path, "--format", "csv", "--lang", "en"], in: folder)
        #expect(list.status == 0)
        #expect(list.stdout.hasPrefix("criterion,criterion_title,item,title,kind,location,seen_on,seen_by,note\r\n"))
        #expect(list.stdout.contains("1.3,"))
        #expect(list.stdout.contains("'=HYPERLINK"))   // neutralised for spreadsheets
    }

    @Test func actionsCSVAndCoverage() throws {
        let folder = try Run.temporaryFolder()
        let (path, _) = try Self.session(in: folder)
        let csv = try Run.ccmm(["actions", path, "--format", "csv", "--lang", "en"], in: folder)
        #expect(csv.status == 0)
        let lines = csv.stdout.components(separatedBy: "\r\n")
        #expect(lines[0] == "id,title,status,owner,due,targets,note")  // (the BOM is dropped by the reader)
        #expect(lines[1].hasPrefix("A1,完善质检复核,in progress,张三,2027-03-31,1.3 "))
        let text = try Run.ccmm(["actions", path, "--lang", "zh"], in: folder)
        #expect(text.stdout.contains("未放弃的行动覆盖了提升到"))
    }

    @Test func xlsxReportReadByOpenpyxl() throws {
        let folder = try Run.temporaryFolder()
        let (path, _) = try Self.session(in: folder)
        let run = try Run.ccmm(["report", path, "--format", "xlsx", "--output", folder + "/r.xlsx", "--lang", "zh"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let script = """
            import json, sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            out = {"names": book.sheetnames, "formulas": 0, "sheets": {}}
            for ws in book.worksheets:
                rows = []
                for row in ws.iter_rows():
                    for c in row:
                        if c.data_type == "f": out["formulas"] += 1
                    rows.append([[str(c.value) if c.value is not None else None, c.data_type] for c in row])
                out["sheets"][ws.title] = {"freeze": ws.freeze_panes, "rows": rows}
            print(json.dumps(out, ensure_ascii=False))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, folder + "/r.xlsx"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "openpyxl (installed by scripts/test) could not read the workbook")
        let book = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(book["names"] as? [String] == ["评分细则", "记分卡", "改进行动", "证据"])
        #expect(book["formulas"] as? Int == 0)
        let sheets = try #require(book["sheets"] as? [String: [String: Any]])
        func rows(_ name: String) -> [[[String?]]] {
            (sheets[name]?["rows"] as? [[[Any]]] ?? []).map { $0.map { $0.map { $0 as? String } } }
        }
        #expect(sheets.values.allSatisfy { $0["freeze"] as? String == "A2" })
        // Criteria: "1.1" stays text; ratings and points are numbers; the evidence count is a number.
        let criteria = rows("评分细则")
        #expect(criteria[0].map { $0[0] } == ["标准", "标题", "方法合规", "执行到位", "得分", "不适用理由", "说明", "待复核", "证据数"])
        #expect(criteria[1][0] == ["1.1", "s"])
        #expect(criteria[1][2] == ["10", "n"])
        #expect(criteria[1][8] == ["2", "n"])
        // Evidence: Chinese intact, "1.0" a string, a formula-like title kept as text, the date a date.
        let evidence = rows("证据")
        #expect(evidence[1][3] == ["质量手册 第3版", "s"])
        #expect(evidence[1][6] == ["2026-11-28 00:00:00", "d"])
        #expect(evidence[2][3] == ["1.0", "s"])
        #expect(evidence[3][3] == ["=HYPERLINK(\"http://x\")", "s"])
        // Actions: the due date is a date.
        let actions = rows("改进行动")
        #expect(actions[1][0] == ["A1", "s"])
        #expect(actions[1][4] == ["2027-03-31 00:00:00", "d"])
    }

    @Test func htmlAndMarkdownReportsListEvidenceAndActions() throws {
        let folder = try Run.temporaryFolder()
        let (path, _) = try Self.session(in: folder)
        let html = try Run.ccmm(["report", path, "--format", "html", "--lang", "zh"], in: folder)
        #expect(html.status == 0)
        #expect(html.stdout.contains("证据登记"))
        #expect(html.stdout.contains("质量手册 第3版"))
        #expect(html.stdout.contains("完善质检复核"))
        #expect(html.stdout.contains("=HYPERLINK(&quot;http://x&quot;)") || html.stdout.contains("=HYPERLINK(\"http://x\")"))
        let sectionAt = try #require(html.stdout.range(of: "<section class=\"improvement\">"))
        let footerAt = try #require(html.stdout.range(of: "<footer", options: .backwards))
        #expect(sectionAt.lowerBound < footerAt.lowerBound)
        let md = try Run.ccmm(["report", path, "--format", "md", "--lang", "en"], in: folder)
        #expect(md.stdout.contains("## Evidence register"))
        #expect(md.stdout.contains("## Action plan"))
        #expect(md.stdout.contains("| A1 | 完善质检复核 | in progress | 张三 | 2027-03-31 |"))
        // Each local file is checked as the report is written; --evidence-hash adds the SHA-256.
        #expect(md.stdout.contains("| file present |"))
        #expect(md.stdout.contains("| FILE MISSING |"))
        #expect(!md.stdout.contains("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
        let hashed = try Run.ccmm(["report", path, "--format", "md", "--lang", "en", "--evidence-hash"], in: folder)
        #expect(hashed.stdout.contains("| file present | ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad |"))
    }
}
