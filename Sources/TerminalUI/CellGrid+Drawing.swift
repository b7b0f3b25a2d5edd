/// Box-drawing characters. They are ambiguous-width in Unicode; terminals
/// and glibc draw them one column wide in non-CJK locales, which is what
/// `DisplayWidth` assumes.
public enum BoxLine: Sendable {
    case light, heavy, double, rounded

    var characters: (horizontal: Character, vertical: Character,
                     topLeft: Character, topRight: Character,
                     bottomLeft: Character, bottomRight: Character) {
        switch self {
        case .light: return ("─", "│", "┌", "┐", "└", "┘")
        case .heavy: return ("━", "┃", "┏", "┓", "┗", "┛")
        case .double: return ("═", "║", "╔", "╗", "╚", "╝")
        case .rounded: return ("─", "│", "╭", "╮", "╰", "╯")
        }
    }
}

extension CellGrid {
    /// Fills `rect` with a character (a wide one fills pairs of columns; an
    /// odd column left over is blank).
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let clipped = rect.intersection(bounds)
        guard !clipped.isEmpty else { return }
        let characterWidth = max(1, character.displayWidth)
        let line = String(repeating: String(character), count: clipped.cols / characterWidth)
        for row in clipped.row..<clipped.bottom {
            let end = put(line, row: row, col: clipped.col, width: clipped.cols, style: style)
            if end < clipped.right {
                put(String(repeating: " ", count: clipped.right - end), row: row, col: end, style: style)
            }
        }
    }

    /// Blanks the whole grid.
    public mutating func clear(style: Style = .plain) {
        fill(bounds, style: style)
    }

    public mutating func horizontalLine(row: Int, col: Int, length: Int, line: BoxLine = .light,
                                        style: Style = .plain) {
        guard length > 0 else { return }
        let text = String(repeating: String(line.characters.horizontal), count: length)
        put(text, row: row, col: col, width: length, style: style)
    }

    public mutating func verticalLine(row: Int, col: Int, length: Int, line: BoxLine = .light,
                                      style: Style = .plain) {
        guard length > 0 else { return }
        for offset in 0..<length {
            put(String(line.characters.vertical), row: row + offset, col: col, width: 1, style: style)
        }
    }

    /// Draws a frame on the edge of `rect` (the interior is untouched; see
    /// `Rect.inset(by: 1)`), with an optional title in the top edge,
    /// truncated to fit: ┌ Title ───┐.
    public mutating func box(_ rect: Rect, line: BoxLine = .light, style: Style = .plain,
                             title: String? = nil, titleStyle: Style? = nil) {
        guard rect.rows >= 2, rect.cols >= 2 else { return }
        let c = line.characters
        let top = rect.row
        let bottom = rect.bottom - 1
        let left = rect.col
        let right = rect.right - 1
        horizontalLine(row: top, col: left + 1, length: rect.cols - 2, line: line, style: style)
        horizontalLine(row: bottom, col: left + 1, length: rect.cols - 2, line: line, style: style)
        verticalLine(row: top + 1, col: left, length: rect.rows - 2, line: line, style: style)
        verticalLine(row: top + 1, col: right, length: rect.rows - 2, line: line, style: style)
        put(String(c.topLeft), row: top, col: left, width: 1, style: style)
        put(String(c.topRight), row: top, col: right, width: 1, style: style)
        put(String(c.bottomLeft), row: bottom, col: left, width: 1, style: style)
        put(String(c.bottomRight), row: bottom, col: right, width: 1, style: style)
        if let title, !title.isEmpty, rect.cols >= 5 {
            let shown = DisplayWidth.truncate(title, to: rect.cols - 4)
            put(" " + shown + " ", row: top, col: left + 1, width: rect.cols - 2,
                style: titleStyle ?? style)
        }
    }
}
