/// Tables as CSV (RFC 4180, CRLF line ends). It owns CSV's escaping: a text
/// cell that a spreadsheet would run as a formula (beginning with =, +, -, @,
/// tab or CR) is neutralised with a leading apostrophe; figures are numbers
/// and stay as they are.
public enum CSVWriter {
    public static func write(_ table: Table, header: Bool = true) -> String {
        var out = ""
        if header { out += row(table.columns.map { $0.key }) }
        for cells in table.rows { out += row(cells.map(field)) }
        if let footer = table.footer { out += row(footer.map(field)) }
        return out
    }

    public static func row(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\r\n"
    }

    static func field(_ cell: Cell) -> String {
        switch cell {
        case let .figure(text): return text
        default: return neutralise(cell.plain)
        }
    }

    /// A text cell from a file, made inert for spreadsheets.
    public static func neutralise(_ text: String) -> String {
        // Line breaks inside a cell are kept (the cell is quoted); CR and CRLF become LF.
        let lines = text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
        let visible = ControlCharacters.visible(lines, keepNewlines: true)
        guard let first = text.unicodeScalars.first else { return visible }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + visible : visible
    }

    /// Quotes a field when it holds a comma, a quote or a line break.
    public static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}
