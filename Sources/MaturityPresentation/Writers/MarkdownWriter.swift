/// A document as Markdown (CommonMark with pipe tables). It owns Markdown's
/// escaping: text from a file never becomes a link, an image, HTML or
/// formatting — `[x](javascript:…)` and `![x](http://…)` stay literal text.
public enum MarkdownWriter {
    public static func write(_ document: Document) -> String {
        document.blocks.map(render).joined(separator: "\n")
    }

    static func render(_ block: Block) -> String {
        switch block {
        case let .title(text): return "# " + inline(text) + "\n"
        case let .heading(text): return "## " + inline(text) + "\n"
        case let .paragraph(text): return lines(text) + "\n"
        case let .fields(fields):
            return fields.map { field in
                field.label.isEmpty ? "- " + inline(field.value) + "\n" : "- **" + inline(field.label) + "**" + " " + inline(field.value) + "\n"
            }.joined()
        case let .table(table): return render(table)
        case let .notice(notice): return "> " + lines(notice.text).replacingAll("  \n", with: "  \n> ") + "\n"
        case let .list(items): return items.map { "- " + inline($0) + "\n" }.joined()
        case let .progress(label, fraction): return inline(label) + " " + escape(Figures.progress(fraction)) + "\n"
        }
    }

    public static func render(_ table: Table) -> String {
        var out = "| " + table.columns.map { inline($0.title) }.joined(separator: " | ") + " |\n"
        out += "|" + table.columns.map { column in
            switch column.alignment {
            case .leading: return "---"
            case .trailing: return "---:"
            case .center: return ":---:"
            }
        }.joined(separator: "|") + "|\n"
        for row in table.rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
        if let footer = table.footer { out += "| " + footer.map { "**" + cell($0) + "**" }.map { $0 == "****" ? "" : $0 }.joined(separator: " | ") + " |\n" }
        return out
    }

    static func cell(_ cell: Cell) -> String { inline(cell.plain) }

    /// One line of text (a table cell, a heading): a line break in it becomes
    /// `<br>`, the only markup the writer adds, after everything else is escaped.
    public static func inline(_ text: String) -> String {
        let lines = text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { escape(ControlCharacters.visible(String($0))) }.joined(separator: "<br>")
    }

    /// Several lines kept as hard line breaks.
    static func lines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { blockStart(inline(String($0))) }.joined(separator: "  \n")
    }

    /// A line that begins like a list item, a quote or a heading underline
    /// ("- x", "+ x", "1. x", "= x") is escaped so it stays a line of text.
    static func blockStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if "-+=".contains(first) { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = line.dropFirst(digits.count).first, after == "." || after == ")" {
            return digits + "\\" + line.dropFirst(digits.count)
        }
        return line
    }

    /// Backslash before every character Markdown gives a meaning (CommonMark
    /// allows it before any ASCII punctuation), entities for what HTML would read.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "(", ")", "#", "!", "|", "~":
                out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }
}
