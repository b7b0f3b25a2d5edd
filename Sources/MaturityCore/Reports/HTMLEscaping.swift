/// Escaping for HTML and SVG text and attribute values. Every piece of text a
/// user typed (names, notes, reasons) and every piece of questionnaire text
/// goes through it, so that a note containing `<script>` stays text.
public enum HTMLEscaping {
    /// Escapes `& < > " '`; also replaces NUL and other C0 controls (except
    /// tab, line feed and carriage return), which HTML does not allow.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

/// A tiny builder that keeps escaping in one place: text is escaped when it
/// is added, and markup is added only from string literals in this module.
struct HTMLBuffer {
    private(set) var html = ""

    /// Markup written by this module (never user text).
    mutating func raw(_ markup: String) { html += markup }

    /// Text, escaped.
    mutating func text(_ text: String) { html += HTMLEscaping.escape(text) }

    /// `<tag attributes>escaped text</tag>`.
    mutating func element(_ tag: String, _ text: String, class className: String? = nil) {
        html += "<\(tag)" + (className.map { " class=\"\($0)\"" } ?? "") + ">" + HTMLEscaping.escape(text) + "</\(tag)>"
    }
}

extension HTMLBuffer {
    /// A table of words, every cell escaped.
    mutating func table(_ table: ReportTable, class className: String? = nil) {
        raw(className.map { "<table class=\"\($0)\">" } ?? "<table>")
        raw("<thead><tr>")
        for (index, header) in table.header.enumerated() {
            raw(table.numeric.contains(index) ? "<th class=\"num\">" : "<th>")
            text(header)
            raw("</th>")
        }
        raw("</tr></thead><tbody>\n")
        for row in table.rows {
            raw("<tr>")
            for (index, cell) in row.enumerated() {
                raw(table.numeric.contains(index) ? "<td class=\"num\">" : "<td>")
                text(cell)
                raw("</td>")
            }
            raw("</tr>\n")
        }
        raw("</tbody></table>\n")
    }
}
