/// A result said in words, before any format: what the builders produce and
/// the writers turn into terminal text, Markdown, HTML or CSV. It knows
/// nothing of terminals or HTML; every string in it is plain text that each
/// writer escapes for its own format.
public struct Document: Sendable, Equatable {
    public var blocks: [Block]

    public init(_ blocks: [Block] = []) { self.blocks = blocks }

    public mutating func append(_ block: Block) { blocks.append(block) }
    public mutating func append(contentsOf other: Document) { blocks += other.blocks }

    /// Every table, in order: what the CSV writer writes.
    public var tables: [Table] {
        blocks.compactMap { if case let .table(table) = $0 { return table } else { return nil } }
    }
}

public enum Block: Sendable, Equatable {
    /// The document's title (one per document).
    case title(String)
    /// A section heading.
    case heading(String)
    /// Running text; a newline in it is meant (a note of several lines).
    case paragraph(String)
    /// Label–value rows: the profile, a headline figure.
    case fields([Field])
    case table(Table)
    /// Something the reader must not miss: provisional, reconstructed text, N/A over a limit.
    case notice(Notice)
    /// A bulleted list.
    case list([String])
    /// Progress toward something, from 0 to 1, with what it measures.
    case progress(label: String, fraction: Double)
}

public struct Field: Sendable, Equatable {
    public var label: String
    public var value: String
    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

public struct Notice: Sendable, Equatable {
    public enum Kind: String, Sendable { case provisional, reconstructed, limit, note, warning }
    public var kind: Kind
    public var text: String
    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

public struct Column: Sendable, Equatable {
    public enum Alignment: Sendable { case leading, trailing, center }
    public var title: String
    public var alignment: Alignment
    /// A stable English key for CSV headers and machine readers.
    public var key: String
    public init(_ title: String, key: String, alignment: Alignment = .leading) {
        self.title = title
        self.alignment = alignment
        self.key = key
    }
}

/// One cell of a table, typed so that each writer can show it its own way
/// (a figure is never neutralised as a formula; a mark may be a symbol).
public enum Cell: Sendable, Equatable {
    case text(String)
    /// A number already formatted by its figure formatter.
    case figure(String)
    /// A level or band: its code and its name.
    case level(id: String, name: String)
    /// Met or not: shown as ✓ / ✗ and the word.
    case mark(Bool)
    /// Free text that came from a file (a note, a reason).
    case note(String)
    case empty

    /// The cell as plain text, before any escaping.
    public var plain: String {
        switch self {
        case let .text(text), let .figure(text), let .note(text): return text
        case let .level(id, name): return name.isEmpty ? id : "\(id) \(name)"
        case let .mark(met): return met ? "✓" : "✗"
        case .empty: return ""
        }
    }
}

public struct Table: Sendable, Equatable {
    public var columns: [Column]
    public var rows: [[Cell]]
    /// A last row set apart (the total).
    public var footer: [Cell]?
    /// What the table is, for CSV section names and HTML captions.
    public var caption: String?

    public init(columns: [Column], rows: [[Cell]] = [], footer: [Cell]? = nil, caption: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.footer = footer
        self.caption = caption
    }
}
