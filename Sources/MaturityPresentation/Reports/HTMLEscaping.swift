import MaturityCore

/// Escaping for HTML and SVG text and attribute values. Every piece of text a
/// user typed (names, notes, reasons) and every piece of questionnaire text
/// goes through it, so that a note containing `<script>` stays text.
public enum HTMLEscaping {
    /// The HTML writer's escaping (one escaper per format), keeping the line
    /// breaks of a note for `white-space: pre-line` cells.
    public static func escape(_ text: String) -> String { HTMLWriter.escape(text, keepNewlines: true) }
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
        // dir="auto" isolates each text's direction, so right-to-left text or
        // an override in a note cannot reorder what follows it.
        html += "<\(tag) dir=\"auto\"" + (className.map { " class=\"\($0)\"" } ?? "") + ">" + HTMLEscaping.escape(text) + "</\(tag)>"
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
                raw(table.numeric.contains(index) ? "<td class=\"num\">" : "<td dir=\"auto\">")
                text(cell)
                raw("</td>")
            }
            raw("</tr>\n")
        }
        raw("</tbody></table>\n")
    }
}
