import MaturityCore

/// `plan --target` accepts a level or band by its code or by its name in
/// either language ("L3", "标杆级", "Benchmark", "five-star", "五星级").
public enum TargetNames {
    /// The id the name stands for, or the name itself when nothing matches
    /// (the planner then says which ids exist).
    /// A name may also be part of exactly one level's or band's name
    /// ("五星级" for "通过认证·五星级").
    public static func resolve(_ name: String, in q: Questionnaire) -> String {
        let wanted = normalise(name)
        guard !wanted.isEmpty else { return name }
        let all = candidates(q)
        if let exact = all.first(where: { $0.names.contains { normalise($0) == wanted } }) { return exact.id }
        let partial = all.filter { $0.names.dropFirst().contains { normalise($0).contains(wanted) } }
        return partial.count == 1 ? partial[0].id : name
    }

    static func candidates(_ q: Questionnaire) -> [(id: String, names: [String])] {
        switch q.scoring {
        case let .levels(rules): return rules.levels.map { ($0.id, [$0.id, $0.name.zh, $0.name.en]) }
        case let .meanLevel(rules): return rules.levels.map { ($0.id, [$0.id, "L" + $0.id, $0.name.zh, $0.name.en]) }
        case let .weightedBands(rules): return rules.bands.map { ($0.id, [$0.id, $0.name.zh, $0.name.en]) }
        case .lowestGroup: return []
        }
    }

    static func normalise(_ text: String) -> String {
        String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()).lowercased()
    }
}
