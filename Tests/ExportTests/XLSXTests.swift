import Foundation
import Testing
@testable import XLSXWriter

/// Workbooks read back by an independent reader, Python's openpyxl.
@Suite struct XLSXTests {
    /// Prints, as JSON, per sheet: its name, frozen pane, column widths, and
    /// each cell's value and openpyxl data type ("s" text, "n" number, "d" date, "f" formula).
    static let reader = """
        import json, sys, datetime, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        out = []
        for ws in book.worksheets:
            rows = []
            for row in ws.iter_rows():
                cells = []
                for c in row:
                    v = c.value
                    if isinstance(v, (datetime.datetime, datetime.date)):
                        v = v.strftime("%Y-%m-%d")
                    cells.append([v, c.data_type, c.is_date])
                rows.append(cells)
            widths = {k: ws.column_dimensions[k].width for k in ws.column_dimensions}
            out.append({"name": ws.title, "freeze": ws.freeze_panes, "widths": widths, "rows": rows})
        print(json.dumps(out, ensure_ascii=False))
        """

    struct Sheet: Decodable {
        var name: String
        var freeze: String?
        var widths: [String: Double]
        var rows: [[Cell]]
    }

    /// [value, data type, is date] as openpyxl reports them.
    struct Cell: Decodable {
        var text: String?
        var number: Double?
        var type: String
        var isDate: Bool

        init(from decoder: Decoder) throws {
            var container = try decoder.unkeyedContainer()
            if (try? container.decodeNil()) == true {
                text = nil
            } else if let value = try? container.decode(Double.self) {
                number = value
            } else {
                text = try container.decode(String.self)
            }
            type = try container.decode(String.self)
            isDate = try container.decode(Bool.self)
        }
    }

    static func readBack(_ workbook: Workbook) throws -> [Sheet] {
        let folder = try Python.temporaryFolder()
        let path = folder + "/book.xlsx"
        try Data(XLSXFile.bytes(workbook)).write(to: URL(fileURLWithPath: path))
        let result = try Python.run(reader, [path])
        #expect(result.status == 0, "openpyxl could not read the workbook: \(result.errors)")
        return try JSONDecoder().decode([Sheet].self, from: Data(result.output.utf8))
    }

    @Test func cellsKeepTheirTypes() throws {
        let workbook = Workbook(sheets: [
            Worksheet(name: "评分细则", header: ["编号", "标题", "方法", "执行", "日期", "比例"], rows: [
                [.text("1.0"), .text("客户服务中心战略规划"), .integer(10), .integer(5), .date(daysSince1970: 20_787), .decimal(0.8)],
                [.text("=SUM(C2:C3)"), .text("+cmd|' /C calc'!A0"), .integer(0), .empty, .empty, .decimal(12.5)],
                [.text("第一行\n第二行 <b>&\"'"), .text("ok"), .integer(-3), .text("N/A"), .empty, .empty],
            ]),
            Worksheet(name: "Actions", header: ["id"], rows: []),
        ])
        let sheets = try Self.readBack(workbook)
        #expect(sheets.map(\.name) == ["评分细则", "Actions"])
        let rows = sheets[0].rows
        #expect(sheets[0].freeze == "A2")
        #expect(sheets[1].freeze == "A2")
        #expect(rows[0].map(\.text) == ["编号", "标题", "方法", "执行", "日期", "比例"])
        #expect(rows[0].allSatisfy { $0.type == "s" })
        // "1.0" stays text; numbers are numbers; the date is a date (2026-11-30 is day 20787 after 1970-01-01).
        #expect(rows[1][0].text == "1.0" && rows[1][0].type == "s")
        #expect(rows[1][1].text == "客户服务中心战略规划")
        #expect(rows[1][2].number == 10 && rows[1][2].type == "n")
        #expect(rows[1][3].number == 5 && rows[1][3].type == "n")
        #expect(rows[1][4].text == "2026-11-30" && rows[1][4].isDate)
        #expect(rows[1][5].number == 0.8 && rows[1][5].type == "n")
        // Text that looks like a formula stays text: no cell anywhere is a formula.
        #expect(rows[2][0].text == "=SUM(C2:C3)" && rows[2][0].type == "s")
        #expect(rows[2][1].text == "+cmd|' /C calc'!A0" && rows[2][1].type == "s")
        #expect(sheets.allSatisfy { $0.rows.allSatisfy { $0.allSatisfy { $0.type != "f" } } })
        #expect(rows[3][0].text == "第一行\n第二行 <b>&\"'")
        // (A literal "_x0041_" is protected as "_x005F_x0041_", which Excel and
        // LibreOffice decode back and openpyxl shows raw; see textIsEscapedForXML.)
        #expect(rows[3][2].number == -3)
        // Widths fit Chinese: the widest cell in display columns plus 2.
        // B: ten Chinese characters = 20; A: the longest line "第二行 <b>&\"'" = 6 + 1 + 6 = 13;
        // C: the bold header "方法" = 4, plus 2 for bold, is wider than "10".
        #expect(sheets[0].widths["B"] == 22)
        #expect(sheets[0].widths["A"] == 15)
        #expect(sheets[0].widths["C"] == 8)
    }

    @Test func sheetNamesAreMadeAcceptable() {
        #expect(SheetNames.unique(["a/b", "A/B", "", "'x'", String(repeating: "长", count: 40)])
                == ["a_b", "A_B (2)", "Sheet3", "x", String(repeating: "长", count: 31)])
    }

    @Test func textIsEscapedForXML() {
        #expect(SheetXML.escape("a<b>&\"c\u{1}\u{FFFE}d") == "a&lt;b&gt;&amp;&quot;cd")
        #expect(SheetXML.escape("_x0041_") == "_x005F_x0041_")
        #expect(SheetXML.escape("_x004_") == "_x004_")
        #expect(SheetXML.escape(String(repeating: "a", count: 40_000)).count == SheetXML.cellLimit)
        #expect(SheetXML.columnName(0) == "A" && SheetXML.columnName(25) == "Z" && SheetXML.columnName(26) == "AA")
        #expect(SheetXML.columnName(701) == "ZZ" && SheetXML.columnName(702) == "AAA")
    }

    @Test func sameWorkbookSameBytes() throws {
        let workbook = Workbook(sheets: [Worksheet(name: "s", header: ["a"], rows: [[.integer(1)]])])
        #expect(try XLSXFile.bytes(workbook) == XLSXFile.bytes(workbook))
        #expect(try XLSXFile.bytes(workbook).prefix(2) == [0x50, 0x4B])  // "PK", a zip
    }
}
