/// Where in a file a problem is.
public enum ProblemPlace: Sendable, Equatable, CustomStringConvertible {
    /// A JSON path such as `$.groups[0].criteria[3].id`; `$` is the whole file.
    case path(String)
    /// A line of a CSV file or of the wizard's journal.
    case line(Int)
    case lineColumn(Int, Int)
    /// A criterion of a questionnaire, by id.
    case criterion(String)

    /// For logs and tests; people read ProblemWords' wording.
    public var description: String {
        switch self {
        case let .path(path): return path
        case let .line(line): return "line \(line)"
        case let .lineColumn(line, column): return "line \(line), column \(column)"
        case let .criterion(id): return "criterion \"\(id)\""
        }
    }
}

/// One thing wrong with a file: where it is and what was expected there.
public struct Problem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var place: ProblemPlace
    public var kind: ProblemKind

    public init(file: String, place: ProblemPlace, kind: ProblemKind) {
        self.file = file
        self.place = place
        self.kind = kind
    }

    public init(file: String, location: String, kind: ProblemKind) {
        self.init(file: file, place: .path(location), kind: kind)
    }

    /// The place as logs and tests spell it.
    public var location: String { place.description }

    /// For logs and tests; people read ProblemWords' wording.
    public var description: String { "\(file): \(location): \(kind)" }
}

/// A file that could not be used, with every problem found in it.
public struct LoadError: Error, Sendable, CustomStringConvertible {
    public var problems: [Problem]

    public init(_ problems: [Problem]) { self.problems = problems }
    public init(file: String, place: ProblemPlace = .path("$"), _ kind: ProblemKind) {
        self.problems = [Problem(file: file, place: place, kind: kind)]
    }

    public init(file: String, location: String, kind: ProblemKind) {
        self.init(file: file, place: .path(location), kind)
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

extension JSONParser {
    /// Parses a file's bytes; a syntax error becomes a LoadError naming the file and line.
    static func parse(_ bytes: [UInt8], file: String) throws(LoadError) -> JSONValue {
        do {
            return try parse(bytes)
        } catch {
            throw LoadError(file: file, place: .lineColumn(error.line, error.column), .json(error.problem))
        }
    }
}
