/// A document as an HTML fragment. It owns HTML's escaping: every text is
/// escaped, and every element holding text from a file carries `dir="auto"`
/// so right-to-left text and overrides stay inside it.
public enum HTMLWriter {
    public static func write(_ document: Document) -> String {
        document.blocks.map(render).joined()
    }

    static func render(_ block: Block) -> String {
        switch block {
        case let .title(text): return "<h1 dir=\"auto\">" + escape(text) + "</h1>\n"
        case let .heading(text): return "<h2 dir=\"auto\">" + escape(text) + "</h2>\n"
        case let .paragraph(text): return "<p dir=\"auto\">" + lines(text) + "</p>\n"
        case let .fields(fields):
            return "<dl class=\"fields\">\n" + fields.map { field in
                "<dt dir=\"auto\">" + escape(field.label) + "</dt><dd dir=\"auto\">" + lines(field.value) + "</dd>\n"
            }.joined() + "</dl>\n"
        case let .table(table): return render(table)
        case let .notice(notice): return "<p class=\"notice \(notice.kind.rawValue)\" dir=\"auto\">" + lines(notice.text) + "</p>\n"
        case let .list(items): return "<ul>\n" + items.map { "<li dir=\"auto\">" + lines($0) + "</li>\n" }.joined() + "</ul>\n"
        case let .progress(label, fraction):
            return "<p dir=\"auto\">" + escape(label) + " <progress max=\"100\" value=\"\(Int(fraction * 100))\"></progress> " + escape(Figures.progress(fraction)) + "</p>\n"
        }
    }

    public static func render(_ table: Table) -> String {
        var out = "<table>\n"
        if let caption = table.caption { out += "<caption dir=\"auto\">" + escape(caption) + "</caption>\n" }
        out += "<thead><tr>" + table.columns.map { "<th dir=\"auto\"\(align($0.alignment))>" + escape($0.title) + "</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in table.rows { out += "<tr>" + zip(row, table.columns).map { cell($0, $1) }.joined() + "</tr>\n" }
        out += "</tbody>\n"
        if let footer = table.footer {
            out += "<tfoot><tr>" + zip(footer, table.columns).map { cell($0, $1) }.joined() + "</tr></tfoot>\n"
        }
        return out + "</table>\n"
    }

    static func align(_ alignment: Column.Alignment) -> String {
        switch alignment {
        case .leading: return ""
        case .trailing: return " class=\"num\""
        case .center: return " class=\"mid\""
        }
    }

    static func cell(_ cell: Cell, _ column: Column) -> String {
        switch cell {
        case let .mark(met): return "<td class=\"\(met ? "met" : "unmet")\">" + (met ? "✓" : "✗") + "</td>"
        case let .note(text): return "<td dir=\"auto\">" + lines(text) + "</td>"
        default: return "<td dir=\"auto\"\(align(column.alignment))>" + escape(cell.plain) + "</td>"
        }
    }

    /// Several lines, each escaped, joined by <br>.
    public static func lines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(separator: "<br>")
    }

    /// Escapes HTML's special characters and makes controls visible (they are
    /// not allowed in HTML text and would reach a terminal if the file is printed).
    public static func escape(_ text: String, keepNewlines: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in ControlCharacters.visible(text, keepNewlines: keepNewlines) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
