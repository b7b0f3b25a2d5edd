extension JSONReader {
    /// A level rule's optional words: its `meaning` and the `unscored_conditions`
    /// that only the certifying body checks. A malformed one is logged with its
    /// place (which fails the file) but does not drop the level, so that no
    /// second, misleading problem ("expected at least one level") follows.
    func decodeLevelDefinition() -> (meaning: LocalizedText?, unscoredConditions: [LocalizedText]) {
        let meaning = optional("meaning")?.localizedText()
        var conditions: [LocalizedText] = []
        if let reader = optional("unscored_conditions"),
           let items = reader.array() {
            if items.isEmpty {
                log.add(reader.path, .noneGiven(.condition))
            }
            conditions = items.compactMap { $0.localizedText() }
        }
        return (meaning, conditions)
    }
}
