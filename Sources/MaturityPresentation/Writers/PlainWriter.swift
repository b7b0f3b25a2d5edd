/// A document for a screen reader or a dumb terminal: one line per field,
/// table row, notice or list item; no table rules, bars, bullets or symbols.
/// A table row is read as "column: value" pairs; a met/unmet mark is a word.
public enum PlainWriter {
    public static func write(_ document: Document, _ c: Catalog) -> String {
        var lines: [String] = []
        for block in document.blocks {
            switch block {
            case let .title(text), let .heading(text): lines.append(clean(text))
            case let .paragraph(text): lines.append(clean(text))
            case let .fields(fields): lines += fields.map { $0.label.isEmpty ? clean($0.value) : clean(c.labelled($0.label, $0.value)) }
            case let .table(table): lines += rows(table, c)
            case let .notice(notice): lines.append(clean(notice.text))
            case let .list(items): lines += items.map(clean)
            case let .progress(label, fraction): lines.append(clean(c.labelled(label, Figures.progress(fraction))))
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    static func rows(_ table: Table, _ c: Catalog) -> [String] {
        (table.rows + (table.footer.map { [$0] } ?? [])).map { row in
            zip(table.columns, row).compactMap { column, cell -> String? in
                let value = words(cell, c)
                guard !value.isEmpty, value != "—" else { return nil }
                return column.title.isEmpty ? value : c.labelled(column.title, value)
            }.map(clean).joined(separator: c(.listSeparator))
        }
    }

    /// A cell as words: marks say met or not met; a run of dots (the report
    /// card's aspects) says how many.
    static func words(_ cell: Cell, _ c: Catalog) -> String {
        switch cell {
        case let .mark(met): return c.plain(met ? .met : .notMet)
        case let .text(text) where !text.isEmpty && text.allSatisfy({ $0 == "●" }): return String(text.count)
        default: return cell.plain
        }
    }

    static func clean(_ text: String) -> String { ControlCharacters.visible(text, keepNewlines: true) }
}
