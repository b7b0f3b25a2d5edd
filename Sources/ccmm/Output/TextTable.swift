import TerminalUI

/// Columns aligned by display width, so Chinese titles line up in a terminal.
enum TextTable {
    static func render(_ rows: [[String]], rightAligned: Set<Int> = [], gap: Int = 2) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) } }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 && !rightAligned.contains(index)
                    ? cell
                    : DisplayWidth.pad(cell, to: widths[index], alignment: rightAligned.contains(index) ? .right : .left)
            }.joined(separator: String(repeating: " ", count: gap))
        }.joined(separator: "\n") + "\n"
    }
}
