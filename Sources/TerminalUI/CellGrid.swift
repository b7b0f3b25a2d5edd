/// A rows × cols buffer that views draw into and the backend flushes.
///
/// Views never talk to the terminal: they write here, tests read the grid
/// back as text, and `Terminal.present` sends only what changed. Writing is
/// width-aware: a two-column character takes its cell and a continuation
/// cell, text is clipped at the right edge without ever splitting one, and
/// overwriting either half of a wide character blanks the other half, so the
/// grid is always something a terminal can show exactly.
public struct CellGrid: Hashable, Sendable {
    public let rows: Int
    public let cols: Int
    private var cells: [Cell]
    /// Rows where `put` dropped visible text at a clip edge — a line cut
    /// without its "…". Layout tests assert it stays empty.
    public private(set) var clippedRows: Set<Int> = []

    public init(rows: Int, cols: Int, filling cell: Cell = .blank) {
        self.rows = max(0, rows)
        self.cols = max(0, cols)
        self.cells = Array(repeating: cell, count: self.rows * self.cols)
    }

    public init(size: Size) {
        self.init(rows: size.rows, cols: size.cols)
    }

    public var size: Size { Size(rows: rows, cols: cols) }
    public var bounds: Rect { Rect(row: 0, col: 0, rows: rows, cols: cols) }

    /// The cell at (row, col); a blank cell outside the grid.
    public subscript(row: Int, col: Int) -> Cell {
        guard row >= 0, row < rows, col >= 0, col < cols else { return .blank }
        return cells[row * cols + col]
    }

    /// The cells of one row (empty outside the grid).
    public func row(_ row: Int) -> ArraySlice<Cell> {
        guard row >= 0, row < rows else { return [] }
        return cells[(row * cols)..<((row + 1) * cols)]
    }

    /// Writes `text` from (row, col), clipped to the grid and, when given, to
    /// `width` columns. A wide character that would straddle the clip edge
    /// becomes a space. Zero-width characters (controls, a combining mark
    /// with nothing to combine with) take no cells. Returns the column after
    /// the last cell written (or that would have been written, when clipped).
    @discardableResult
    public mutating func put(_ text: String, row: Int, col: Int, width: Int? = nil,
                             style: Style = .plain) -> Int {
        let limit = min(cols, width.map { col + max(0, $0) } ?? cols)
        guard row >= 0, row < rows else { return col }
        var x = col
        var index = text.startIndex
        for character in text {
            for glyph in Glyph.split(character) {
                if x >= limit { noteClip(text[index...], row: row); return x }
                let end = x + glyph.width
                if end > limit {
                    for blank in max(0, x)..<limit { set(Cell(" ", style: style), row: row, col: blank, wide: false) }
                    noteClip(text[index...], row: row)
                    return limit
                }
                if x < 0 {
                    // Starts left of the grid: only its visible part, as blanks.
                    for blank in 0..<max(0, end) { set(Cell(" ", style: style), row: row, col: blank, wide: false) }
                } else {
                    set(Cell(glyph.character, style: style), row: row, col: x, wide: glyph.width == 2)
                }
                x = end
            }
            index = text.index(after: index)
        }
        return x
    }

    /// Trailing padding may be clipped; visible text may not.
    private mutating func noteClip(_ rest: Substring, row: Int) {
        if rest.contains(where: { !$0.isWhitespace }) { clippedRows.insert(row) }
    }

    /// Replaces the style of the cells in `rect`, keeping their characters
    /// (a selection bar, a highlighted choice).
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let clipped = rect.intersection(bounds)
        for row in clipped.row..<clipped.bottom {
            for col in clipped.col..<clipped.right {
                change(&cells[row * cols + col].style)
            }
        }
    }

    /// Swaps the character of a one-column cell, keeping its style (see `asciiOnly`).
    mutating func replaceCharacter(row: Int, col: Int, with character: Character) {
        guard row >= 0, row < rows, col >= 0, col < cols, !cells[row * cols + col].isContinuation else { return }
        cells[row * cols + col].character = character
    }

    /// Stores a cell, keeping wide characters whole: whatever half of an old
    /// wide character is overwritten, its other half becomes a blank.
    private mutating func set(_ cell: Cell, row: Int, col: Int, wide: Bool) {
        let base = row * cols
        breakWide(at: col, base: base)
        if wide { breakWide(at: col + 1, base: base) }
        cells[base + col] = cell
        if wide {
            cells[base + col + 1] = Cell(" ", style: cell.style, isContinuation: true)
        }
    }

    private mutating func breakWide(at col: Int, base: Int) {
        guard col < cols else { return }
        if cells[base + col].isContinuation, col > 0 {
            cells[base + col - 1].character = " "
            cells[base + col].isContinuation = false
        }
        if col + 1 < cols, cells[base + col + 1].isContinuation {
            cells[base + col + 1].isContinuation = false
            cells[base + col + 1].character = " "
        }
    }
}

extension Rect {
    /// The overlap of two rectangles (empty when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let top = max(row, other.row)
        let left = max(col, other.col)
        return Rect(row: top, col: left, rows: min(bottom, other.bottom) - top,
                    cols: min(right, other.right) - left)
    }
}
