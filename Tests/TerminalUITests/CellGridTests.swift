import Testing
import TerminalUI

@Suite struct CellGridTests {
    @Test func wideCharactersTakeTwoCells() {
        var grid = CellGrid(rows: 1, cols: 6)
        let end = grid.put("中文a", row: 0, col: 0)
        #expect(end == 5)
        #expect(grid.text() == ["中文a"])
        #expect(grid[0, 0].character == "中" && !grid[0, 0].isContinuation)
        #expect(grid[0, 1].isContinuation)
        #expect(grid[0, 2].character == "文")
        #expect(grid[0, 3].isContinuation)
        #expect(grid[0, 4].character == "a")
    }

    @Test func aWideCharacterStraddlingTheRightEdgeBecomesASpace() {
        var grid = CellGrid(rows: 1, cols: 5)
        grid.put("ab中文", row: 0, col: 0)               // 文 would need columns 4 and 5
        #expect(grid.text() == ["ab中"])
        #expect(grid[0, 4].character == " " && !grid[0, 4].isContinuation)
    }

    @Test func clippingToAWidthInsideTheGrid() {
        var grid = CellGrid(rows: 1, cols: 8)
        grid.put("xxxxxxxx", row: 0, col: 0)
        let end = grid.put("中文字", row: 0, col: 1, width: 3)   // 中 at 1–2, 文 straddles 4
        #expect(end == 4)
        #expect(grid.text() == ["x中 xxxx"])
    }

    @Test func overwritingTheRightHalfBlanksTheLeftHalf() {
        var grid = CellGrid(rows: 1, cols: 6)
        grid.put("中文", row: 0, col: 0)
        grid.put("x", row: 0, col: 1)
        #expect(grid.text() == [" x文"])
        #expect(!grid[0, 1].isContinuation)
    }

    @Test func overwritingTheLeftHalfBlanksTheRightHalf() {
        var grid = CellGrid(rows: 1, cols: 6)
        grid.put("中文", row: 0, col: 0)
        grid.put("y", row: 0, col: 2)
        #expect(grid.text() == ["中y"])
        #expect(grid[0, 3].character == " " && !grid[0, 3].isContinuation)
    }

    @Test func aWideCharacterOverTwoHalvesBlanksBothNeighbours() {
        var grid = CellGrid(rows: 1, cols: 6)
        grid.put("中文", row: 0, col: 0)
        grid.put("字", row: 0, col: 1)                   // right half of 中, left half of 文
        #expect(grid.text() == [" 字"])
        #expect(!grid[0, 3].isContinuation)
    }

    @Test func textStartingLeftOfTheGridShowsOnlyWholeVisibleCharacters() {
        var grid = CellGrid(rows: 1, cols: 4)
        grid.put("中ab", row: 0, col: -1)
        #expect(grid.text() == [" ab"])
    }

    @Test func rowsOutsideTheGridAreIgnored() {
        var grid = CellGrid(rows: 1, cols: 4)
        grid.put("abc", row: 1, col: 0)
        grid.put("abc", row: -1, col: 0)
        #expect(grid.text() == [""])
    }

    @Test func clustersStayInOneCellAndControlsAreDropped() {
        var grid = CellGrid(rows: 1, cols: 8)
        grid.put("e\u{301}x\ty", row: 0, col: 0)
        #expect(grid[0, 0].character == "e\u{301}")
        #expect(grid.text() == ["e\u{301}xy"])
    }

    @Test func emojiSequencesTakeTheColumnsNcursesGivesThem() {
        var grid = CellGrid(rows: 1, cols: 6)
        let end = grid.put("👍🏽", row: 0, col: 0)
        #expect(end == 4)
        #expect(grid[0, 0].character == "👍" && grid[0, 1].isContinuation)
        #expect(grid[0, 2].character == "🏽" && grid[0, 3].isContinuation)
    }

    @Test func boxWithTitle() {
        var grid = CellGrid(rows: 3, cols: 10)
        grid.box(grid.bounds, title: "客户")
        #expect(grid.text() == [
            "┌ 客户 ──┐",
            "│        │",
            "└────────┘",
        ])
    }

    @Test func boxTitleIsTruncated() {
        var grid = CellGrid(rows: 2, cols: 9)
        grid.box(grid.bounds, title: "呼叫中心评估")
        #expect(grid.text() == ["┌ 呼叫… ┐", "└───────┘"])
    }

    @Test func fillAndLines() {
        var grid = CellGrid(rows: 3, cols: 5)
        grid.fill(Rect(row: 0, col: 0, rows: 1, cols: 5), with: "中")
        grid.horizontalLine(row: 1, col: 1, length: 3)
        grid.verticalLine(row: 1, col: 4, length: 2, line: .heavy)
        #expect(grid.text() == ["中中", " ───┃", "    ┃"])
    }

    @Test func restyleKeepsCharacters() {
        var grid = CellGrid(rows: 1, cols: 4)
        grid.put("abcd", row: 0, col: 0)
        grid.restyle(Rect(row: 0, col: 1, rows: 1, cols: 2)) { $0.reverse = true }
        #expect(grid.text() == ["abcd"])
        #expect(!grid[0, 0].style.reverse && grid[0, 1].style.reverse && grid[0, 2].style.reverse)
        #expect(!grid[0, 3].style.reverse)
    }
}
