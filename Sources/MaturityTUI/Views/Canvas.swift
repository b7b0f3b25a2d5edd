import TerminalUI

/// Writes lines of text into a region of the grid, top to bottom, and says
/// how much room is left, so views can drop low-priority lines first.
struct Canvas {
    var grid: CellGrid
    var rect: Rect
    var row: Int
    /// Rows are counted and nothing is drawn: a view measures a section this
    /// way before it decides how to lay it out, at the cost of the wrapping only.
    var measuring = false

    init(_ grid: CellGrid, _ rect: Rect) {
        self.grid = grid
        self.rect = rect
        self.row = rect.row
    }

    var remaining: Int { rect.bottom - row }
    var width: Int { rect.cols }

    /// One line, cut with "…" to the region's width. Returns false when full.
    @discardableResult
    mutating func line(_ text: String, style: Style = .plain, indent: Int = 0) -> Bool {
        segments([(text, style)], indent: indent)
    }

    /// A line made of styled pieces; the piece that reaches the edge is cut
    /// there with "…" (never just clipped), and those after it are left out.
    @discardableResult
    mutating func segments(_ pieces: [(String, Style)], indent: Int = 0) -> Bool {
        guard row < rect.bottom else { return false }
        guard !measuring else {
            row += 1
            return true
        }
        var col = rect.col + indent
        for (index, (text, style)) in pieces.enumerated() {
            let room = rect.right - col
            guard room > 0 else { break }
            // Whatever is left fits (trailing spaces may be clipped), or this
            // piece fits with a column to spare for the "…" of the next.
            if Self.widthTrimmed(pieces[index...]) <= room || DisplayWidth.of(text) < room {
                col = grid.put(text, row: row, col: col, width: room, style: style)
                continue
            }
            grid.put(Ellipsis.cut(text, to: room), row: row, col: col, width: room, style: style)
            break
        }
        row += 1
        return true
    }

    /// The width of the pieces side by side, trailing whitespace left out.
    /// Widths add up scalar by scalar, so no joined copy is made: this runs
    /// for every piece of every line of every frame.
    static func widthTrimmed(_ pieces: ArraySlice<(String, Style)>) -> Int {
        var width = 0
        var seenText = false
        for (text, _) in pieces.reversed() {
            if seenText {
                width += DisplayWidth.of(text)
            } else if let last = text.lastIndex(where: { !$0.isWhitespace }) {
                seenText = true
                width += DisplayWidth.of(text[...last])
            }
        }
        return width
    }

    /// A paragraph wrapped by display width, at most `limit` lines; the last
    /// line shown ends in "…" when text was left out.
    mutating func paragraph(_ text: String, style: Style = .plain, indent: Int = 0, hanging: Int = 0, limit: Int = .max) {
        let available = max(1, width - indent - hanging)
        var lines = DisplayWidth.wrap(text, width: available)
        let maxLines = min(limit, remaining)
        guard maxLines > 0 else { return }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = Ellipsis.cut(lines[maxLines - 1], to: available)
        }
        for (index, text) in lines.enumerated() {
            line(text, style: style, indent: index == 0 ? indent : indent + hanging)
        }
    }

    mutating func blank() { if row < rect.bottom { row += 1 } }

    mutating func rule(style: Style = Style(role: .muted)) {
        guard row < rect.bottom else { return }
        if !measuring { grid.horizontalLine(row: row, col: rect.col, length: rect.cols, style: style) }
        row += 1
    }
}

/// A line that was cut ends in an ellipsis of its own script: "……" after
/// Chinese, "…" after anything else (an English line never shows "……"); a
/// word is not left half where a space is near.
enum Ellipsis {
    static func cut(_ line: String, to width: Int) -> String {
        let chinese = line.unicodeScalars.last { !$0.properties.isWhitespace }.map { DisplayWidth.of($0) == 2 } ?? false
        let mark = chinese ? "……" : "…"
        if DisplayWidth.of(line + mark) <= width { return line + mark }
        // With the mark the text is wider than `width`, so it is cut even when the line alone just fits.
        return DisplayWidth.truncateAtWord(line + mark, to: width, ellipsis: mark)
    }

    /// The text as it is when it fits, else cut with "…".
    static func fitted(_ text: String, to width: Int) -> String {
        DisplayWidth.of(text) <= width ? text : cut(text, to: width)
    }

    /// A title in `width` columns: whole when it fits, else cut once, at a word where one is near.
    static func title(_ title: String, to width: Int) -> String {
        guard DisplayWidth.of(title) > width else { return title }
        let chinese = DisplayWidth.prefix(title, width: max(width - 2, 0)).unicodeScalars.last { !$0.properties.isWhitespace }
            .map { DisplayWidth.of($0) == 2 } ?? false
        return DisplayWidth.truncateAtWord(title, to: width, ellipsis: chinese ? "……" : "…")
    }
}

enum Styles {
    static let header = Style(role: .accent, bold: true, reverse: true)
    static let title = Style(bold: true)
    static let muted = Style(role: .muted)
    static let focus = Style(role: .accent, bold: true)
    static let chosen = Style(role: .good, bold: true)
    static let highlight = Style(reverse: true)
    static let warning = Style(role: .warning, bold: true)
    static let bad = Style(role: .bad, bold: true)
    static let good = Style(role: .good)
}

/// The bar toward the next level: full only when the level is held.
enum LevelBar {
    static func text(_ fraction: Double, width: Int) -> String {
        let width = max(width, 4)
        let filled = fraction >= 1 ? width : min(Int(fraction * Double(width)), width - 1)
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}
