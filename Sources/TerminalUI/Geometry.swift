/// A cell position on the screen or in a grid, zero-based from the top left.
public struct Position: Hashable, Sendable {
    public var row: Int
    public var col: Int

    public init(row: Int, col: Int) {
        self.row = row
        self.col = col
    }
}

/// A size in cells. Columns are display columns: a Chinese character takes two.
public struct Size: Hashable, Sendable {
    public var rows: Int
    public var cols: Int

    public init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
    }
}

/// A rectangle of cells. Sizes are never negative, so layout arithmetic that
/// runs out of room yields empty rectangles rather than traps.
public struct Rect: Hashable, Sendable {
    public var row: Int
    public var col: Int
    public var rows: Int
    public var cols: Int

    public init(row: Int, col: Int, rows: Int, cols: Int) {
        self.row = row
        self.col = col
        self.rows = max(0, rows)
        self.cols = max(0, cols)
    }

    public init(size: Size) {
        self.init(row: 0, col: 0, rows: size.rows, cols: size.cols)
    }

    public var isEmpty: Bool { rows == 0 || cols == 0 }
    /// One past the last row.
    public var bottom: Int { row + rows }
    /// One past the last column.
    public var right: Int { col + cols }

    public func contains(_ position: Position) -> Bool {
        position.row >= row && position.row < bottom && position.col >= col && position.col < right
    }

    /// The rectangle shrunk by `cells` on every side (a box's interior for 1).
    public func inset(by cells: Int) -> Rect {
        Rect(row: row + cells, col: col + cells, rows: rows - 2 * cells, cols: cols - 2 * cells)
    }

    /// Splits off the first `count` rows (clamped); returns (top, rest).
    public func splitRows(at count: Int) -> (Rect, Rect) {
        let top = min(max(0, count), rows)
        return (Rect(row: row, col: col, rows: top, cols: cols),
                Rect(row: row + top, col: col, rows: rows - top, cols: cols))
    }

    /// Splits off the first `count` columns (clamped); returns (left, rest).
    public func splitColumns(at count: Int) -> (Rect, Rect) {
        let left = min(max(0, count), cols)
        return (Rect(row: row, col: col, rows: rows, cols: left),
                Rect(row: row, col: col + left, rows: rows, cols: cols - left))
    }
}
