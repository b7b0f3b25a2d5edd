/// Reads typed values out of a `JSONValue` while remembering the JSON path,
/// so that every mistake is reported with its place, and reading goes on after
/// a mistake to collect all of them in one pass.
final class ProblemLog {
    let file: String
    private(set) var problems: [Problem] = []

    init(file: String) { self.file = file }

    func add(_ path: String, _ message: String) {
        problems.append(Problem(file: file, location: path, message: message))
    }
}

struct JSONReader {
    let value: JSONValue
    let path: String
    let log: ProblemLog

    init(_ value: JSONValue, path: String = "$", log: ProblemLog) {
        self.value = value
        self.path = path
        self.log = log
    }

    func child(_ key: String) -> String { "\(path).\(key)" }

    /// A member that must be present.
    func required(_ key: String, _ expected: String) -> JSONReader? {
        guard case let .object(members) = value else { return nil }
        guard let member = members.first(where: { $0.key == key }) else {
            log.add(path, "missing \"\(key)\"; expected \(expected)")
            return nil
        }
        return JSONReader(member.value, path: child(key), log: log)
    }

    /// A member that may be absent (or null).
    func optional(_ key: String) -> JSONReader? {
        guard case let .object(members) = value, let member = members.first(where: { $0.key == key }) else { return nil }
        if case .null = member.value { return nil }
        return JSONReader(member.value, path: child(key), log: log)
    }

    func has(_ key: String) -> Bool { optional(key) != nil }

    @discardableResult
    func object(_ expected: String = "an object") -> [(key: String, value: JSONValue)]? {
        if case let .object(members) = value { return members }
        log.add(path, "expected \(expected), found \(value.kindName)")
        return nil
    }

    func members() -> [(String, JSONReader)] {
        guard case let .object(members) = value else { return [] }
        return members.map { ($0.key, JSONReader($0.value, path: child($0.key), log: log)) }
    }

    /// Reports members this layout does not define: a misspelt key would
    /// otherwise be ignored silently.
    func rejectUnknownKeys(_ allowed: Set<String>) {
        guard case let .object(members) = value else { return }
        for member in members where !allowed.contains(member.key) {
            log.add(child(member.key), "unknown key \"\(member.key)\"; expected one of \(allowed.sorted().joined(separator: ", "))")
        }
    }

    func array(_ expected: String = "an array") -> [JSONReader]? {
        guard case let .array(items) = value else {
            log.add(path, "expected \(expected), found \(value.kindName)")
            return nil
        }
        return items.enumerated().map { JSONReader($0.element, path: "\(path)[\($0.offset)]", log: log) }
    }

    func string(nonEmpty: Bool = true) -> String? {
        guard case let .string(text) = value else {
            log.add(path, "expected a string, found \(value.kindName)")
            return nil
        }
        if nonEmpty && text.allSatisfy(\.isWhitespace) {
            log.add(path, "expected a non-empty string")
            return nil
        }
        return text
    }

    func bool() -> Bool? {
        guard case let .bool(flag) = value else {
            log.add(path, "expected true or false, found \(value.kindName)")
            return nil
        }
        return flag
    }

    /// A whole number within a range; fractions and huge values are refused by name.
    func int(in range: ClosedRange<Int> = Int.min...Int.max) -> Int? {
        guard case let .number(text) = value else {
            log.add(path, "expected a whole number, found \(value.kindName)")
            return nil
        }
        guard let number = Int(text) else {
            if text.contains(where: { ".eE".contains($0) }) {
                log.add(path, "expected a whole number, found \(text)")
            } else {
                log.add(path, "the number \(text.prefix(40)) is too large")
            }
            return nil
        }
        guard range.contains(number) else {
            log.add(path, "expected a whole number from \(range.lowerBound) to \(range.upperBound), found \(number)")
            return nil
        }
        return number
    }

    /// A `{ "zh": …, "en": … }` pair, both non-empty.
    func localizedText() -> LocalizedText? {
        guard object("an object with \"zh\" and \"en\" text") != nil else { return nil }
        rejectUnknownKeys(["zh", "en"])
        let zh = required("zh", "Chinese text")?.string()
        let en = required("en", "English text")?.string()
        guard let zh, let en else { return nil }
        return LocalizedText(zh: zh, en: en)
    }
}
