/// A horizontal run of cells that changed between two frames.
public struct CellRun: Hashable, Sendable {
    public var row: Int
    public var col: Int
    public var cells: [Cell]

    public init(row: Int, col: Int, cells: [Cell]) {
        self.row = row
        self.col = col
        self.cells = cells
    }
}

extension CellGrid {
    /// The grid as plain text, one string per row, trailing spaces trimmed;
    /// continuation cells contribute nothing (the wide character before them
    /// already covers their column). For tests and snapshots.
    public func text() -> [String] {
        (0..<rows).map { index in
            var line = ""
            for cell in row(index) where !cell.isContinuation {
                line.append(cell.character)
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The runs that differ from `previous`, so the backend writes only what
    /// changed. A run never starts on a continuation or ends between the two
    /// halves of a wide character: the terminal must be sent whole glyphs.
    /// With no previous frame, or one of another size, every row is a run.
    public func diff(from previous: CellGrid?) -> [CellRun] {
        guard let previous, previous.rows == rows, previous.cols == cols else {
            return (0..<rows).map { CellRun(row: $0, col: 0, cells: Array(row($0))) }
        }
        var runs: [CellRun] = []
        for rowIndex in 0..<rows {
            let new = row(rowIndex)
            let old = previous.row(rowIndex)
            let base = new.startIndex
            let oldBase = old.startIndex
            var col = 0
            while col < cols {
                guard new[base + col] != old[oldBase + col] else {
                    col += 1
                    continue
                }
                var start = col
                if new[base + start].isContinuation && start > 0 { start -= 1 }
                var end = col + 1
                while end < cols && new[base + end] != old[oldBase + end] { end += 1 }
                if end < cols && new[base + end].isContinuation { end += 1 }
                runs.append(CellRun(row: rowIndex, col: start,
                                    cells: Array(new[(base + start)..<(base + end)])))
                col = end
            }
        }
        return runs
    }
}
