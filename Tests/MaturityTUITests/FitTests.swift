import MaturityCore
import TerminalUI
import Testing
@testable import MaturityTUI

/// Every screen at 60×16, 80×24 and 120×40 in both languages: no line cut
/// without "…", no Chinese in the English interface, start-screen columns apart.
@Suite struct FitTests: PressesKeys {
    static let sizes = [Size(rows: 16, cols: 60), Size(rows: 24, cols: 80), Size(rows: 40, cols: 120)]

    func screens(_ language: Language) throws -> [(String, WizardState)] {
        var criterion = try TUIFixtures.state(language: language)
        _ = press(chars("32"), &criterion)
        var list: [(String, WizardState)] = [("criterion", criterion)]
        for (name, keys) in [("outline", [Key.character("o")]), ("scorecard", [.character("s")]), ("summary", [.character("S")]),
                             ("plan", [.character("p")]), ("help", [.character("?")]), ("profile", [.character("i")]),
                             ("report", [.character("R")])] {
            var state = criterion
            _ = press(keys, &state)
            list.append((name, state))
        }
        var start = criterion
        start.assessment = nil
        start.sessions = [SessionSummary(path: "/home/a/.local/share/ccmm/cc-cmm-oc-2026-11-23.json", centre: language == .zh ? "上海浦东客服中心" : "Pudong contact centre",
                                         model: "cc-cmm-oc", answered: 120, questions: 340, level: "L2", updatedAt: "2026-11-23T10:00:00+08:00")]
        start.sessions[0].site = language == .zh ? "浦东" : "Pudong"
        start.sessions[0].assessor = language == .zh ? "王经理" : "Wang"
        start.sessions[0].date = "2026-11-23"
        start.screen = .start(selection: 1)
        list.append(("start", start))
        return list
    }

    @Test(arguments: [Language.zh, Language.en])
    func everyScreenFits(language: Language) throws {
        for (name, state) in try screens(language) {
            for size in Self.sizes {
                let grid = WizardView.render(state, size: size).grid
                let lines = grid.text()
                if language == .en {
                    for (row, line) in lines.enumerated() where line.unicodeScalars.contains(where: { DisplayWidth.of($0) == 2 && !"○●▸▶█░".unicodeScalars.contains($0) }) {
                        // The fixture's centre name is Chinese on purpose in every language.
                        guard !line.contains("上海浦东客服中心") else { continue }
                        Issue.record("\(name) \(size.cols)×\(size.rows) row \(row) holds Chinese: \(line)")
                    }
                }
                for row in grid.clippedRows.sorted() {
                    Issue.record("\(name) \(language) \(size.cols)×\(size.rows) row \(row) cut without …: \(lines[row])")
                }
            }
        }
    }

    @Test func startColumnsNeverTouch() throws {
        let sessions = [SessionSummary(path: "/a.json", centre: "一个名字非常非常长的客户联络中心", model: "cc-cmm-oc", answered: 340, questions: 340, level: "L5", updatedAt: "2026-11-23T10:00:00Z")]
        for width in [40, 56, 76, 116] {
            let table = SessionTable.layout(sessions, text: UIText(.zh), width: width)
            for line in [table.header] + table.rows {
                #expect(DisplayWidth.of(line) <= width, "\(width): \(line)")
            }
            // Every visible column starts after at least two spaces.
            #expect(table.rows[0].contains("  "), "\(width): \(table.rows[0])")
        }
    }
}
