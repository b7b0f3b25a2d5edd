import TerminalUI

/// A document as terminal text: aligned columns (by display width, so Chinese
/// lines up), ✓/✗ marks and a bar for progress. Every string goes through
/// `ControlCharacters.visible`, so text from a file cannot drive the terminal.
public enum TerminalWriter {
    public static func write(_ document: Document) -> String {
        var parts: [String] = []
        for block in document.blocks {
            parts.append(render(block))
        }
        return parts.joined(separator: "\n")
    }

    static func clean(_ text: String) -> String { ControlCharacters.visible(text) }
    static func cleanLines(_ text: String) -> String { ControlCharacters.visible(text, keepNewlines: true) }

    static func render(_ block: Block) -> String {
        switch block {
        case let .title(text): return clean(text) + "\n"
        case let .heading(text): return clean(text) + "\n"
        case let .paragraph(text): return cleanLines(text) + "\n"
        case let .fields(fields):
            let labelWidth = fields.map { DisplayWidth.of(clean($0.label)) }.max() ?? 0
            return fields.map { field in
                field.label.isEmpty ? "  " + cleanLines(field.value) + "\n"
                    : DisplayWidth.pad(clean(field.label), to: labelWidth) + "  " + indentContinuation(cleanLines(field.value), by: labelWidth + 2) + "\n"
            }.joined()
        case let .table(table): return render(table)
        case let .notice(notice): return cleanLines(notice.text) + "\n"
        case let .list(items): return items.map { "  • " + indentContinuation(cleanLines($0), by: 4) + "\n" }.joined()
        case let .progress(label, fraction): return clean(label) + "  " + bar(fraction, width: 20) + "\n"
        }
    }

    static func indentContinuation(_ text: String, by width: Int) -> String {
        text.replacingAll("\n", with: "\n" + String(repeating: " ", count: width))
    }

    /// Full only at 1, so a bar never claims a level early.
    public static func bar(_ fraction: Double, width: Int) -> String {
        let filled = fraction >= 1 ? width : max(0, min(Int(fraction * Double(width)), width - 1))
        return "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "] " + Figures.progress(fraction)
    }

    public static func render(_ table: Table) -> String {
        var rows: [[String]] = []
        if table.columns.contains(where: { !$0.title.isEmpty }) { rows.append(table.columns.map { clean($0.title) }) }
        rows += table.rows.map { $0.map { clean($0.plain) } }
        if let footer = table.footer { rows.append(footer.map { clean($0.plain) }) }
        let count = table.columns.count
        var widths = [Int](repeating: 0, count: count)
        for row in rows { for (index, cell) in row.enumerated() where index < count { widths[index] = max(widths[index], DisplayWidth.of(cell)) } }
        return rows.map { row in
            var cells: [String] = []
            for (index, cell) in row.enumerated() where index < count {
                let alignment = table.columns[index].alignment
                if index == row.count - 1 && alignment == .leading {
                    cells.append(cell)
                } else {
                    cells.append(DisplayWidth.pad(cell, to: widths[index], alignment: alignment == .trailing ? .right : alignment == .center ? .center : .left))
                }
            }
            return stripTrailing(cells.joined(separator: "  "))
        }.joined(separator: "\n") + "\n"
    }

    static func stripTrailing(_ line: String) -> String {
        var line = Substring(line)
        while line.last == " " { line = line.dropLast() }
        return String(line)
    }
}
