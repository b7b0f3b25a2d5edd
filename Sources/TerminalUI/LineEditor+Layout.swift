/// What a LineEditor shows in a field of a given size.
public struct EditorLayout: Hashable, Sendable {
    /// The visible rows, each at most the field's width in display columns.
    public var lines: [String]
    /// The cursor relative to the field's top left, in display columns.
    public var cursor: Position
    /// The first visible row of all soft-wrapped rows (store it in `scrollRow`).
    public var firstRow: Int
    /// How many soft-wrapped rows the whole text has (for a scroll indicator).
    public var totalRows: Int
}

/// One soft-wrapped row: characters[start..<end], without its newline.
struct VisualRow: Hashable {
    var start: Int
    var end: Int
    /// The last row of its line: the cursor at `end` belongs here, not to
    /// the row after (which, within one line, starts at the same index).
    var endsLine: Bool
}

extension LineEditor {
    /// Lays the text out in `width` × `height`: lines are soft-wrapped by
    /// display width between characters (never inside one — a wide character
    /// that does not fit moves to the next row), and the visible rows start
    /// from `scrollRow`, moved just enough to keep the cursor in view.
    ///
    /// Wrapping is by character rather than by word so the cursor moves
    /// predictably; notes are mostly Chinese, where the two agree. A
    /// single-line field laid out with height 1 shows the row holding the
    /// cursor: long values page sideways.
    public func layout(width: Int, height: Int) -> EditorLayout {
        let rows = visualRows(width: width)
        let cursorRow = row(containingCursorIn: rows)
        let cursorCol = columns(rows[cursorRow].start..<cursor)
        let visible = max(1, height)
        var first = min(max(0, scrollRow), max(0, rows.count - visible))
        if cursorRow < first { first = cursorRow }
        if cursorRow >= first + visible { first = cursorRow - visible + 1 }
        let shown = rows[first..<min(rows.count, first + visible)]
        return EditorLayout(
            lines: shown.map { String(characters[$0.start..<$0.end]) },
            cursor: Position(row: cursorRow - first, col: cursorCol),
            firstRow: first,
            totalRows: rows.count)
    }

    /// Stores the scroll position `layout` settled on; call after handling a
    /// key so the next frame scrolls from there.
    public mutating func keepCursorVisible(width: Int, height: Int) {
        scrollRow = layout(width: width, height: height).firstRow
    }

    /// Up one soft-wrapped row (one line when `width` is unlimited), keeping
    /// the display column. Returns false on the first row, so a form can
    /// move focus to the field above instead.
    @discardableResult
    public mutating func moveUp(width: Int = .max) -> Bool {
        moveVertically(by: -1, width: width)
    }

    @discardableResult
    public mutating func moveDown(width: Int = .max) -> Bool {
        moveVertically(by: 1, width: width)
    }

    private mutating func moveVertically(by step: Int, width: Int) -> Bool {
        let rows = visualRows(width: width)
        let current = row(containingCursorIn: rows)
        let target = current + step
        guard rows.indices.contains(target) else { return false }
        let goal = goalColumn ?? columns(rows[current].start..<cursor)
        let row = rows[target]
        var index = row.start
        var used = 0
        while index < row.end {
            let next = used + Int(widths[index])
            if next > goal { break }
            used = next
            index += 1
        }
        // At the end of a row that continues on the next, the cursor would
        // show on the next row; stop on the last character instead.
        if index == row.end && !row.endsLine && row.end > row.start { index -= 1 }
        cursor = index
        goalColumn = goal
        return true
    }

    func visualRows(width: Int) -> [VisualRow] {
        let width = max(1, width)
        var rows: [VisualRow] = []
        var start = 0
        var used = 0
        func endLine(at end: Int) {
            if used >= width {
                // Full to the edge: the cursor after the last character needs
                // a row of its own, or it would sit outside the field.
                rows.append(VisualRow(start: start, end: end, endsLine: false))
                rows.append(VisualRow(start: end, end: end, endsLine: true))
            } else {
                rows.append(VisualRow(start: start, end: end, endsLine: true))
            }
        }
        for index in widths.indices {
            if widths[index] == Self.newlineMark {
                endLine(at: index)
                start = index + 1
                used = 0
                continue
            }
            let characterWidth = Int(widths[index])
            if used > 0 && used + characterWidth > width {
                rows.append(VisualRow(start: start, end: index, endsLine: false))
                start = index
                used = 0
            }
            used += characterWidth
        }
        endLine(at: characters.count)
        return rows
    }

    /// The display columns of characters within one row (no newline among them).
    private func columns(_ range: Range<Int>) -> Int {
        widths[range].reduce(0) { $0 + Int($1) }
    }

    func row(containingCursorIn rows: [VisualRow]) -> Int {
        for (index, row) in rows.enumerated() {
            if cursor >= row.start && (cursor < row.end || (cursor == row.end && row.endsLine)) {
                return index
            }
        }
        return max(0, rows.count - 1)
    }
}
