import MaturityCore

/// A problem found in a file, in the catalog's language. The core names the
/// file, the place and what was expected in English; the forms a user meets
/// first (a missing or unreadable file, an unknown questionnaire id, a line
/// and column) are said here in either language, the rest as the core words them.
public enum ProblemWords {
    public static func describe(_ problem: Problem, _ c: Catalog) -> String {
        "\(problem.file)\(c.colon)\(location(problem.location, c))\(c.colon)\(message(problem.message, c))"
    }

    public static func describe(_ error: LoadError, _ c: Catalog) -> String {
        error.problems.map { describe($0, c) }.joined(separator: "\n")
    }

    /// The place and the problem without the file, for a list that names the file already.
    public static func placeAndProblem(_ problem: Problem, _ c: Catalog) -> String {
        "\(location(problem.location, c))\(c.colon)\(message(problem.message, c))"
    }

    /// A save that failed, with its reason.
    public static func describe(_ error: SaveError, _ c: Catalog) -> String {
        c(.couldNotSave, error.path, reason(error.reason, c))
    }

    static func location(_ text: String, _ c: Catalog) -> String {
        let numbers = text.split(whereSeparator: { !$0.isNumber }).map(String.init)
        if text.hasPrefix("line "), numbers.count == 2, text.contains("column") { return c(.problemLineColumn, numbers[0], numbers[1]) }
        if text.hasPrefix("line "), numbers.count == 1 { return c(.problemLine, numbers[0]) }
        return text
    }

    static func message(_ text: String, _ c: Catalog) -> String {
        if let what = between(text, "no such file; expected a ", " file") { return c(.problemNoSuchFile, kind(what, c)) }
        if let what = between(text, "is a folder; expected a ", " file") { return c(.problemIsFolder, kind(what, c)) }
        if text == "cannot be read (permission denied?)" { return c(.problemPermission) }
        if text.hasPrefix("no built-in questionnaire with this id"), let known = text.range(of: "; known: ") {
            let place = String(text[text.index(text.startIndex, offsetBy: 38)..<known.lowerBound])
            return c(.problemUnknownQuestionnaire, place, String(text[known.upperBound...]))
        }
        return text
    }

    static func kind(_ what: String, _ c: Catalog) -> String {
        switch what {
        case "session": return c(.fileKindSession)
        case "questionnaire": return c(.fileKindQuestionnaire)
        case "CSV": return c(.fileKindCSV)
        default: return what
        }
    }

    static func between(_ text: String, _ prefix: String, _ suffix: String) -> String? {
        guard text.hasPrefix(prefix), text.hasSuffix(suffix), text.count > prefix.count + suffix.count else { return nil }
        return String(text.dropFirst(prefix.count).dropLast(suffix.count))
    }
}
