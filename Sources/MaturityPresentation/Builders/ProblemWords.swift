import MaturityCore

/// A problem found in a file, in the catalog's language: the file, the place
/// (JSON path, line, criterion) and what was wrong or expected there, from
/// the core's ProblemKind; the words are in ProblemTable.
public enum ProblemWords {
    public static func describe(_ problem: Problem, _ c: Catalog) -> String {
        "\(problem.file)\(c.colon)\(place(problem.place, c))\(c.colon)\(message(problem.kind, c))"
    }

    public static func describe(_ error: LoadError, _ c: Catalog) -> String {
        error.problems.map { describe($0, c) }.joined(separator: "\n")
    }

    /// The place and the problem without the file, for a list that names the file already.
    public static func placeAndProblem(_ problem: Problem, _ c: Catalog) -> String {
        "\(place(problem.place, c))\(c.colon)\(message(problem.kind, c))"
    }

    /// The problem alone where the whole file is meant, else with its place.
    public static func placeIfAny(_ problem: Problem, _ c: Catalog) -> String {
        problem.place == .path("$") ? message(problem.kind, c) : placeAndProblem(problem, c)
    }

    /// A save that failed, with its reason.
    public static func describe(_ error: SaveError, _ c: Catalog) -> String {
        c(.couldNotSave, error.path, reason(error.reason, c))
    }

    public static func place(_ place: ProblemPlace, _ c: Catalog) -> String {
        switch place {
        case let .path(path): return journalLine(path, c)
        case let .line(line): return c.problem(.line, line)
        case let .lineColumn(line, column): return c.problem(.lineColumn, line, column)
        case let .criterion(id): return c.problem(.criterionPlace, id)
        }
    }

    /// The journal's places start with its line ("line 3.answers…"): the line in words, the path as it is.
    static func journalLine(_ path: String, _ c: Catalog) -> String {
        guard path.hasPrefix("line ") else { return path }
        let rest = path.dropFirst(5)
        let digits = rest.prefix { $0.isNumber }
        guard let number = Int(digits) else { return path }
        return c.problem(.line, number) + rest.dropFirst(digits.count)
    }

    public static func fileKind(_ kind: FileKind, _ c: Catalog) -> String {
        switch kind {
        case .session: return c.problem(.kindSession)
        case .questionnaire: return c.problem(.kindQuestionnaire)
        case .csv: return c.problem(.kindCSV)
        case .journal: return c.problem(.kindJournal)
        }
    }

    static func list(_ items: [String], _ c: Catalog) -> String { c.list(items) }

    /// "a, b or c": the choices a value may take.
    static func alternatives(_ items: [String], _ c: Catalog) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return c.problem(.orLast, c.list(Array(items.dropLast())), last)
    }
}
