extension JSONReader {
    func decodeScoring() -> ScoringRules? {
        guard object() != nil else { return nil }
        guard let methodReader = required("method", .oneOf(["levels", "mean_level", "weighted_bands", "lowest_group"])),
              let method = methodReader.string() else { return nil }
        switch method {
        case "levels":
            rejectUnknownKeys(["method", "counting", "scopes", "unrated", "levels"])
            return decodeLevelRules().map(ScoringRules.levels)
        case "mean_level":
            rejectUnknownKeys(["method", "levels", Self.limitKey])
            let limit = decodeNotApplicableLimit()
            guard let levels = required("levels", .list)?.decodeNamedLevels() else { return nil }
            return .meanLevel(MeanLevelRules(levels: levels, notApplicableLimit: limit))
        case "weighted_bands":
            rejectUnknownKeys(["method", "weights", "bands", Self.limitKey])
            return decodeBandRules().map(ScoringRules.weightedBands)
        case "lowest_group":
            rejectUnknownKeys(["method", "groups", Self.limitKey])
            let limit = decodeNotApplicableLimit()
            guard let groups = required("groups", .list)?.array()?.compactMap({ $0.string() }) else { return nil }
            if groups.isEmpty { log.add(child("groups"), .noneGiven(.groupID)) }
            return .lowestGroup(LowestGroupRules(groups: groups, notApplicableLimit: limit))
        default:
            methodReader.log.add(methodReader.path, .notOneOf(["levels", "mean_level", "weighted_bands", "lowest_group"], found: method))
            return nil
        }
    }

    private func decodeLevelRules() -> LevelRules? {
        var counting = Counting.strict
        if let reader = optional("counting"), let text = reader.string() {
            if let value = Counting(rawValue: text) { counting = value } else {
                log.add(reader.path, .notOneOf(["strict", "weighted"], found: text))
            }
        }
        let scopes = required("scopes", .list)?.array()?.compactMap { item -> Scope? in
            guard item.object() != nil else { return nil }
            item.rejectUnknownKeys(["id", "title", "groups", Self.limitKey])
            let limit = item.decodeNotApplicableLimit()
            let id = item.required("id", .id)?.string()
            let title = item.required("title", .text)?.localizedText()
            let groups = item.required("groups", .list)?.array()?.compactMap { $0.string() }
            if groups?.isEmpty == true { item.log.add(item.child("groups"), .noneGiven(.groupID)) }
            guard let id, let title, let groups else { return nil }
            return Scope(id: id, title: title, groups: groups, notApplicableLimit: limit)
        }
        var unrated: (String, LocalizedText)?
        if let reader = required("unrated", .object), reader.object() != nil {
            reader.rejectUnknownKeys(["id", "name"])
            if let id = reader.required("id", .id)?.string(), let name = reader.required("name", .string)?.localizedText() {
                unrated = (id, name)
            }
        }
        let levels = required("levels", .list)?.array()?.compactMap { item -> LevelRule? in
            guard item.object() != nil else { return nil }
            item.rejectUnknownKeys(["id", "name", "requirements", "meaning", "unscored_conditions"])
            let id = item.required("id", .id)?.string()
            let name = item.required("name", .text)?.localizedText()
            let requirements = item.required("requirements", .list)?.array()?.compactMap { $0.decodeRequirement() }
            let definition = item.decodeLevelDefinition()
            guard let id, let name, let requirements else { return nil }
            return LevelRule(id: id, name: name, requirements: requirements,
                             meaning: definition.meaning, unscoredConditions: definition.unscoredConditions)
        }
        if levels?.isEmpty == true { log.add(child("levels"), .noneGiven(.level)) }
        guard let scopes, let unrated, let levels else { return nil }
        return LevelRules(counting: counting, scopes: scopes, unrated: unrated, levels: levels)
    }

    private func decodeRequirement() -> Requirement? {
        guard object() != nil else { return nil }
        guard let kind = required("kind", .oneOf(["percent", "total", "years"]))?.string() else { return nil }
        switch kind {
        case "percent":
            rejectUnknownKeys(["kind", "scope", "angle", "at_least"])
            let scope = required("scope", .id)?.string()
            let angle = required("angle", .id)?.string()
            let atLeast = required("at_least", .percent)?.int(in: 0...100)
            guard let scope, let angle, let atLeast else { return nil }
            return .percent(scope: scope, angle: angle, atLeast: atLeast)
        case "total":
            rejectUnknownKeys(["kind", "at_least"])
            return required("at_least", .wholeNumber)?.int(in: 0...1_000_000_000).map { .total(atLeast: $0) }
        case "years":
            rejectUnknownKeys(["kind", "at_least"])
            return required("at_least", .wholeNumber)?.int(in: 0...200).map { .years(atLeast: $0) }
        default:
            log.add(child("kind"), .notOneOf(["percent", "total", "years"], found: kind))
            return nil
        }
    }

    func decodeNamedLevels() -> [NamedLevel]? {
        guard let items = array() else { return nil }
        let levels = items.compactMap { item -> NamedLevel? in
            guard item.object() != nil else { return nil }
            item.rejectUnknownKeys(["id", "name", "meaning"])
            let id = item.required("id", .id)?.string()
            let name = item.required("name", .text)?.localizedText()
            let meaning = item.optional("meaning")?.localizedText()
            guard let id, let name else { return nil }
            return NamedLevel(id: id, name: name, meaning: meaning)
        }
        return levels.count == items.count ? levels : nil
    }

    /// The member that caps N/A (models.md §6), beside what it limits.
    static let limitKey = "max_not_applicable_percent"

    /// Absent or null: no limit.
    private func decodeNotApplicableLimit() -> NotApplicableLimit? {
        optional(Self.limitKey)?.int(in: 0...100).map { NotApplicableLimit(percent: $0) }
    }

    private func decodeBandRules() -> BandRules? {
        let weights = required("weights", .list)?.array()?.compactMap { item -> (group: String, points: Int)? in
            guard item.object() != nil else { return nil }
            item.rejectUnknownKeys(["group", "points"])
            let group = item.required("group", .id)?.string()
            let points = item.required("points", .wholeNumber)?.int(in: 1...1_000_000)
            guard let group, let points else { return nil }
            return (group, points)
        }
        let bands = required("bands", .list)?.array()?.compactMap { item -> Band? in
            guard item.object() != nil else { return nil }
            item.rejectUnknownKeys(["id", "min", "name", "meaning"])
            let id = item.required("id", .id)?.string()
            let minimum = item.required("min", .wholeNumber)?.int(in: 0...1_000_000)
            let name = item.required("name", .text)?.localizedText()
            let meaning = item.optional("meaning")?.localizedText()
            guard let id, let minimum, let name else { return nil }
            return Band(id: id, minimum: minimum, name: name, meaning: meaning)
        }
        let limit = decodeNotApplicableLimit()
        guard let weights, let bands else { return nil }
        return BandRules(weights: weights, bands: bands, notApplicableLimit: limit)
    }
}
