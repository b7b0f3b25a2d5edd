/// One thing wrong with a file: where it is and what was expected there.
public struct Problem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// A JSON path such as `$.groups[0].criteria[3].id`, or `line 4` for CSV.
    public var location: String
    public var message: String

    public init(file: String, location: String, message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    public var description: String { "\(file): \(location): \(message)" }
}

/// A file that could not be used, with every problem found in it.
public struct LoadError: Error, Sendable, CustomStringConvertible {
    public var problems: [Problem]

    public init(_ problems: [Problem]) { self.problems = problems }
    public init(file: String, location: String = "$", message: String) {
        self.problems = [Problem(file: file, location: location, message: message)]
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

extension JSONParser {
    /// Parses a file's bytes; a syntax error becomes a LoadError naming the file and line.
    static func parse(_ bytes: [UInt8], file: String) throws(LoadError) -> JSONValue {
        do {
            return try parse(bytes)
        } catch {
            throw LoadError(file: file, location: "line \(error.line), column \(error.column)", message: error.message)
        }
    }
}
