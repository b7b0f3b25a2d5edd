import TerminalUI

/// The XML of one worksheet: frozen header row, column widths, typed cells.
enum SheetXML {
    /// Excel's limit on the characters in one cell.
    static let cellLimit = 32_767
    /// Column widths are capped so that one long note does not push the rest off screen.
    static let widestColumn = 60

    static func sheet(_ sheet: Worksheet) -> String {
        let columns = max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0)
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            """
        if columns > 0 {
            xml += "<dimension ref=\"A1:\(columnName(columns - 1))\(sheet.rows.count + 1)\"/>"
        }
        xml += """
            <sheetViews><sheetView workbookViewId="0">\
            <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
            <selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>\
            <sheetFormatPr defaultRowHeight="15"/>
            """
        if columns > 0 {
            xml += "<cols>"
            for column in 0..<columns {
                let width = self.width(of: column, in: sheet)
                xml += "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        xml += row(1, sheet.header.map(CellValue.text), style: Style.header)
        for (index, cells) in sheet.rows.enumerated() { xml += row(index + 2, cells, style: nil) }
        xml += "</sheetData>"
        if columns > 0, !sheet.rows.isEmpty {
            xml += "<autoFilter ref=\"A1:\(columnName(columns - 1))\(sheet.rows.count + 1)\"/>"
        }
        xml += "</worksheet>"
        return xml
    }

    /// Style indexes into styles.xml's cellXfs.
    enum Style {
        static let header = 1
        static let date = 2
        static let wrapped = 3
    }

    private static func row(_ number: Int, _ cells: [CellValue], style: Int?) -> String {
        var xml = "<row r=\"\(number)\">"
        for (index, value) in cells.enumerated() {
            let ref = "\(columnName(index))\(number)"
            switch value {
            case .empty:
                continue
            case let .text(text):
                let cellStyle = style ?? (text.contains("\n") ? Style.wrapped : nil)
                let styleAttribute = cellStyle.map { " s=\"\($0)\"" } ?? ""
                xml += "<c r=\"\(ref)\"\(styleAttribute) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
            case let .integer(number):
                xml += "<c r=\"\(ref)\"><v>\(number)</v></c>"
            case let .decimal(number):
                // Non-finite numbers have no spreadsheet form; they are left empty.
                guard number.isFinite else { continue }
                xml += "<c r=\"\(ref)\"><v>\(number)</v></c>"
            case let .date(days):
                // Spreadsheet serial days count from 1899-12-30 (1970-01-01 is 25569).
                xml += "<c r=\"\(ref)\" s=\"\(Style.date)\"><v>\(days + 25_569)</v></c>"
            }
        }
        return xml + "</row>"
    }

    /// A, B, …, Z, AA, AB, …
    static func columnName(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    /// Widest cell of the column in display columns (longest line of
    /// multi-line text), plus a margin, within 6…`widestColumn`.
    private static func width(of column: Int, in sheet: Worksheet) -> Int {
        var widest = column < sheet.header.count ? displayWidth(sheet.header[column]) + 2 : 0
        for row in sheet.rows where column < row.count {
            switch row[column] {
            case let .text(text): widest = max(widest, displayWidth(text))
            case let .integer(number): widest = max(widest, String(number).count)
            case let .decimal(number): widest = max(widest, String(number).count)
            case .date: widest = max(widest, 10)
            case .empty: break
            }
            if widest >= widestColumn { break }
        }
        return min(max(widest + 2, 6), widestColumn)
    }

    private static func displayWidth(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { DisplayWidth.of($0) }.max() ?? 0
    }

    /// XML text: markup characters escaped, characters XML 1.0 cannot carry
    /// dropped, and a literal "_xHHHH_" protected so that a spreadsheet does
    /// not decode it as an escaped character. Text past the cell limit is cut
    /// with "…" (the session file keeps it whole).
    static func escape(_ text: String) -> String {
        var source = text
        if source.count > cellLimit { source = String(source.prefix(cellLimit - 1)) + "…" }
        var out = ""
        out.reserveCapacity(source.utf8.count)
        let scalars = Array(source.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "_" where looksLikeEscape(scalars, at: index): out += "_x005F_"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                let allowed = (value >= 0x20 && value <= 0xD7FF) || (value >= 0xE000 && value <= 0xFFFD) || value >= 0x10000
                if allowed { out.unicodeScalars.append(scalar) }
            }
            index += 1
        }
        return out
    }

    /// True at the "_" of "_xHHHH_".
    private static func looksLikeEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
