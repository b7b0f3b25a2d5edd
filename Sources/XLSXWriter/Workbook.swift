/// One cell's value with its type, so that a spreadsheet sorts and sums numbers
/// as numbers, shows dates as dates, and keeps ids such as "1.0" as text.
public enum CellValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    /// A decimal number; written with enough digits to read back exactly.
    case decimal(Double)
    /// A day, as days since 1970-01-01; shown as YYYY-MM-DD.
    case date(daysSince1970: Int)
    case empty
}

/// One sheet: a header row (bold, frozen) and data rows of typed cells.
public struct Worksheet: Sendable, Equatable {
    public var name: String
    public var header: [String]
    public var rows: [[CellValue]]

    public init(name: String, header: [String], rows: [[CellValue]]) {
        self.name = name
        self.header = header
        self.rows = rows
    }
}

public struct Workbook: Sendable, Equatable {
    public var sheets: [Worksheet]

    public init(sheets: [Worksheet]) { self.sheets = sheets }
}

/// Why a workbook could not be written.
public struct XLSXError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

public enum XLSXFile {
    /// The workbook as the bytes of an .xlsx file (Office Open XML, SpreadsheetML).
    ///
    /// Every text cell is an inline string, never a formula, whatever it starts
    /// with; the header row is frozen; column widths follow the widest cell in
    /// display columns (a Chinese character counts two).
    public static func bytes(_ workbook: Workbook) throws(XLSXError) -> [UInt8] {
        let names = SheetNames.unique(workbook.sheets.map(\.name))
        var parts: [(path: String, xml: String)] = [
            ("[Content_Types].xml", PackageXML.contentTypes(sheetCount: workbook.sheets.count)),
            ("_rels/.rels", PackageXML.rootRelationships),
            ("xl/workbook.xml", PackageXML.workbook(sheetNames: names)),
            ("xl/_rels/workbook.xml.rels", PackageXML.workbookRelationships(sheetCount: workbook.sheets.count)),
            ("xl/styles.xml", PackageXML.styles),
        ]
        for (index, sheet) in workbook.sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", SheetXML.sheet(sheet)))
        }
        return try ZipContainer.bytes(parts.map { ($0.path, Array($0.xml.utf8)) })
    }
}
