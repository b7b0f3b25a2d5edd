import MaturityCore

/// Each level's definition in words and the conditions of it that no rating
/// captures (models.md §6): shown beside the level ladder by every surface.
/// The conditions are named as the certifying body's to check; nothing here
/// touches the computed level.
public struct LevelDefinitionsBuilder: Sendable {
    public struct Row: Sendable, Equatable {
        /// "L3 标杆级".
        public var level: String
        public var meaning: String
        /// Empty when every condition of the definition is scored.
        public var unscored: [String]
    }

    public let rules: LevelRules
    public let c: Catalog

    public init(_ rules: LevelRules, catalog: Catalog) {
        self.rules = rules
        self.c = catalog
    }

    /// The levels that have a definition, lowest first.
    public var rows: [Row] {
        rules.levels.compactMap { rule in
            rule.meaning.map { Row(level: "\(rule.id) \(c(rule.name))", meaning: c($0), unscored: rule.unscoredConditions.map { c($0) }) }
        }
    }

    /// The label set before a level's unscored conditions.
    public var unscoredLabel: String { c(.checkedByCertifier) }

    /// A heading, then per level its definition and, where there are any, the
    /// conditions the certifying body checks. Empty when no level is defined.
    public func document() -> Document {
        let rows = rows
        guard !rows.isEmpty else { return Document() }
        var doc = Document([.heading(c(.levelDefinitions))])
        for row in rows {
            doc.append(.paragraph(c.labelled(row.level, row.meaning)))
            if !row.unscored.isEmpty {
                doc.append(.paragraph(unscoredLabel))
                doc.append(.list(row.unscored))
            }
        }
        return doc
    }
}
