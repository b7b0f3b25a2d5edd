/// One line of the table: what was measured, the figure, the target and whether it was met.
struct Row: Sendable {
    var section: String
    var measurement: String
    /// The figure in `unit`; nil when it could not be measured.
    var value: Double?
    var unit: String
    var shown: String
    var target: String
    /// nil for rows that have no target (context, such as the dialog comparison).
    var met: Bool?
    var detail: String = ""
    /// The runs behind a median, for the min, max and count columns.
    var spread: Samples? = nil

    var status: String {
        guard value != nil else { return "n/a" }
        switch met {
        case true?: return "met"
        case false?: return "MISSED"
        case nil: return "—"
        }
    }
}

enum Format {
    static func fixed(_ value: Double, _ places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: text.index(after: dot), to: text.endIndex)
            if places == 0 { text = String(text[..<dot]) } else if decimals < places { text += String(repeating: "0", count: places - decimals) }
        } else if places > 0 {
            text += "." + String(repeating: "0", count: places)
        }
        return text
    }

    static func milliseconds(_ value: Double) -> String {
        value < 1 ? fixed(value * 1000, 0) + " µs" : value < 10 ? fixed(value, 2) + " ms" : fixed(value, 1) + " ms"
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// A plain-text table (also valid Markdown), grouped by section.
    static func table(_ rows: [Row]) -> String {
        let headers = ["measurement", "value (median)", "min", "max", "runs", "target", "status"]
        let cells = rows.map { row -> [String] in
            let spread = row.spread.map { samples -> [String] in
                func shown(_ value: Double) -> String { row.unit == "ms" ? milliseconds(value) : fixed(value, 2) + row.unit }
                return [shown(samples.minimum), shown(samples.maximum), String(samples.count)]
            } ?? ["", "", ""]
            return [row.measurement, row.shown] + spread + [row.target, row.status]
        }
        var widths = headers.map(\.count)
        for line in cells { for (index, cell) in line.enumerated() { widths[index] = max(widths[index], cell.count) } }
        func line(_ items: [String]) -> String {
            "| " + items.enumerated().map { pad($0.element, widths[$0.offset]) }.joined(separator: " | ") + " |"
        }
        var out = [line(headers), "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"]
        out += cells.map(line)
        return out.joined(separator: "\n")
    }

    /// The rows as a JSON document, for scripts.
    static func json(_ rows: [Row], machine: [(String, String)], seconds: Double) -> String {
        func quote(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case let s where s.value < 0x20: out += "\\u00" + (s.value < 0x10 ? "0" : "") + String(s.value, radix: 16)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        let items = rows.map { row in
            let value = row.value.map { $0.isFinite ? String($0) : "null" } ?? "null"
            let met = row.met.map { $0 ? "true" : "false" } ?? "null"
            return "    {\"section\": \(quote(row.section)), \"measurement\": \(quote(row.measurement)), \"value\": \(value), "
                + "\"unit\": \(quote(row.unit)), \"shown\": \(quote(row.shown)), \"target\": \(quote(row.target)), \"met\": \(met), "
                + "\"detail\": \(quote(row.detail))"
                + (row.spread.map { ", \"min\": \($0.minimum), \"max\": \($0.maximum), \"runs\": \($0.count)" } ?? "") + "}"
        }
        let machineItems = machine.map { "    \(quote($0.0)): \(quote($0.1))" }
        return "{\n  \"machine\": {\n" + machineItems.joined(separator: ",\n") + "\n  },\n  \"seconds\": \(fixed(seconds, 1)),\n  \"rows\": [\n"
            + items.joined(separator: ",\n") + "\n  ]\n}"
    }
}
