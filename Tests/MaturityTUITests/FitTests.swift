import MaturityCore
import TerminalUI
import Testing
@testable import MaturityTUI

/// Every screen at 60×16, 80×24 and 120×40 in both languages: no line cut
/// without "…", no Chinese in the English interface, start-screen columns apart.
@Suite struct FitTests {
    static let sizes = [Size(rows: 16, cols: 60), Size(rows: 24, cols: 80), Size(rows: 40, cols: 120)]
    /// Chinese that English screens may show: the fixture's centre is Chinese in every language.
    static let chineseData = ["上海浦东客服中心"]

    @Test(arguments: [Language.zh, Language.en])
    func everyScreenFits(language: Language) throws {
        let screens = try EveryScreen(language: language).all()
        #expect(screens.count >= 49)
        for (name, state) in screens {
            for size in Self.sizes {
                let grid = WizardView.render(state, size: size).grid
                let lines = grid.text()
                for row in grid.clippedRows.sorted() {
                    Issue.record("\(name) \(language) \(size.cols)×\(size.rows) row \(row) cut without …: \(lines[row])")
                }
                for (row, line) in lines.enumerated() where DisplayWidth.of(line) > size.cols {
                    Issue.record("\(name) \(language) \(size.cols)×\(size.rows) row \(row) too wide: \(line)")
                }
                guard language == .en else { continue }
                for (row, line) in lines.enumerated() where !Self.chineseData.contains(where: line.contains) {
                    if line.unicodeScalars.contains(where: { DisplayWidth.of($0) == 2 }) || line.contains("……") {
                        Issue.record("\(name) \(size.cols)×\(size.rows) row \(row) holds Chinese: \(line)")
                    }
                }
            }
        }
    }

    /// The session list at the width each screen size gives it: every cell of
    /// the header and the rows starts two spaces after the one before.
    @Test(arguments: [Language.zh, Language.en])
    func startColumnsNeverTouch(language: Language) throws {
        let long = SessionSummary(path: "/a.json", centre: "一个名字非常非常长的客户联络中心", model: "cc-cmm-oc", answered: 340, questions: 340,
                                  level: "L5", updatedAt: "2026-11-23T10:00:00Z")
        var full = long
        full.site = "Pudong New Area, building 2"
        full.assessor = "Wang Xiaoming"
        full.date = "2026-11-23"
        for size in Self.sizes {
            let table = SessionTable.layout([long, full], text: UIText(language), width: size.cols - 6)
            for line in [table.header] + table.rows {
                #expect(DisplayWidth.of(line) <= size.cols - 6, "\(size.cols): \(line)")
            }
            // Each column's cells stay in its width, and two spaces follow it in every line.
            #expect(table.widths.count >= 2)
            for line in [table.header] + table.rows {
                var col = 0
                for width in table.widths.dropLast() {
                    col += width
                    #expect(Self.cell(line, at: col, width: 2) == "  ", "\(size.cols) \(language): columns touch at \(col) in \(line)")
                    col += 2
                }
            }
        }
    }

    /// The text in display columns [col, col + width) of a line.
    static func cell(_ line: String, at col: Int, width: Int) -> String {
        var result = ""
        var x = 0
        for character in line {
            if x >= col && x < col + width { result.append(character) }
            x += DisplayWidth.of(character)
        }
        return result
    }
}
