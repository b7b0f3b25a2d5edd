import Testing
import TerminalUI

@Suite struct CellGridDiffTests {
    private func grid(_ lines: [String], cols: Int = 12) -> CellGrid {
        var grid = CellGrid(rows: lines.count, cols: cols)
        for (row, line) in lines.enumerated() { grid.put(line, row: row, col: 0) }
        return grid
    }

    @Test func identicalFramesHaveNoRuns() {
        #expect(grid(["hello", "中文"]).diff(from: grid(["hello", "中文"])) == [])
    }

    @Test func withoutAPreviousFrameEveryRowIsARun() {
        let runs = grid(["a", "b"], cols: 3).diff(from: nil)
        #expect(runs.map(\.row) == [0, 1])
        #expect(runs.allSatisfy { $0.col == 0 && $0.cells.count == 3 })
    }

    @Test func aFrameOfAnotherSizeIsRedrawnWhole() {
        #expect(grid(["a"], cols: 3).diff(from: grid(["a"], cols: 4)).count == 1)
    }

    @Test func onlyChangedCellsAreSent() {
        let runs = grid(["hello world"]).diff(from: grid(["hello wOrld"]))
        #expect(runs == [CellRun(row: 0, col: 7, cells: [Cell("o")])])
    }

    @Test func separateChangesAreSeparateRuns() {
        let runs = grid(["abcdef"]).diff(from: grid(["xbcdyf"]))
        #expect(runs.map(\.col) == [0, 4])
        #expect(runs.map(\.cells.count) == [1, 1])
    }

    @Test func aChangedWideCharacterIsSentWithItsContinuation() {
        let new = grid(["中字"])
        let runs = new.diff(from: grid(["中文"]))
        // Only 文→字 differs in the lead cell; the continuation must travel with it.
        #expect(runs == [CellRun(row: 0, col: 2, cells: [new[0, 2], new[0, 3]])])
    }

    @Test func aRunNeverStartsOnAContinuation() {
        let old = grid(["中文"])
        var new = old
        new.restyle(Rect(row: 0, col: 1, rows: 1, cols: 1)) { $0.bold = true }
        let runs = new.diff(from: old)
        #expect(runs.count == 1)
        #expect(runs.first?.col == 0)
        #expect(runs.first?.cells.count == 2)
    }

    @Test func replacingAWideCharacterWithNarrowOnes() {
        let new = grid(["ab"])
        let runs = new.diff(from: grid(["中"]))
        #expect(runs == [CellRun(row: 0, col: 0, cells: [Cell("a"), Cell("b")])])
    }
}
