/// A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF, and an
/// optional UTF-8 byte-order mark (Excel writes one).
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        /// The line the row starts on, counted from 1, for error messages.
        public var line: Int
        public var fields: [String]
    }

    public var rows: [Row]

    public struct SyntaxError: Error, Sendable {
        public var line: Int
        public var problem: CSVSyntax
    }

    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> CSVTable {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw SyntaxError(line: firstInvalidLine(bytes), problem: .notUTF8)
        }
        // NUL is valid UTF-8 but never in a text file; echoing it in messages would garble the terminal.
        if let nul = body.firstIndex(of: 0) {
            let line = 1 + bytes[..<nul].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw SyntaxError(line: line, problem: .nulByte)
        }
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var rowLine = 1
        var inQuotes = false
        var afterQuote = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        func endRow() {
            fields.append(field)
            field = ""
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
            fields = []
        }
        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = iterator.next() } else { inQuotes = false; afterQuote = true }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
            case "\r" where pending == "\n":
                continue
            case "\n", "\r":
                endRow()
                afterQuote = false
                line += 1
                rowLine = line
            case "\"" where field.isEmpty && !afterQuote:
                inQuotes = true
            default:
                if afterQuote {
                    throw SyntaxError(line: line, problem: .textAfterClosingQuote)
                }
                if scalar == "\"" {
                    throw SyntaxError(line: line, problem: .quoteInUnquotedField)
                }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw SyntaxError(line: rowLine, problem: .unclosedQuote) }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return CSVTable(rows: rows)
    }

    private static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
