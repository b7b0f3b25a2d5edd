import MaturityCore

/// What `ccmm validate` says about each file: a one-line summary, or every
/// problem with its place. Problems come from the file and are escaped by the writer.
public enum ValidationWords {
    public static func document(_ results: [(file: String, result: Result<Questionnaire, LoadError>)], _ c: Catalog) -> Document {
        var lines: [String] = []
        for (file, result) in results {
            switch result {
            case let .success(q):
                lines.append(c(.validateOK, file, q.id, q.version, q.groups.count, q.criteria.count, q.questionCount, methodName(q.scoring, c)))
            case let .failure(error):
                lines += error.problems.map { ProblemWords.describe($0, c) }
                lines.append(c(.validateProblems, file, error.problems.count))
            }
        }
        return Document([.paragraph(lines.joined(separator: "\n"))])
    }

    /// The scoring method in words; the machine name stays in JSON.
    public static func methodName(_ scoring: ScoringRules, _ c: Catalog) -> String {
        switch scoring {
        case .levels: return c(.scoringLevels)
        case .meanLevel: return c(.scoringMeanLevel)
        case .weightedBands: return c(.scoringWeightedBands)
        case .lowestGroup: return c(.scoringLowestGroup)
        }
    }

    public static func json(_ entry: (file: String, result: Result<Questionnaire, LoadError>)) -> JSONValue {
        switch entry.result {
        case let .success(q):
            return .object([("file", .string(entry.file)), ("ok", .bool(true)), ("id", .string(q.id)), ("version", .string(q.version)),
                            ("groups", .int(q.groups.count)), ("criteria", .int(q.criteria.count)),
                            ("questions", .int(q.questionCount)), ("scoring", .string(q.scoring.methodName))])
        case let .failure(error):
            return .object([("file", .string(entry.file)), ("ok", .bool(false)), ("problems", .array(error.problems.map { problem in
                .object([("location", .string(problem.location)), ("message", .string(ProblemWords.message(problem.kind, .en)))])
            }))])
        }
    }
}
