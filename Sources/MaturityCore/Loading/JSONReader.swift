/// Reads typed values out of a `JSONValue` while remembering the JSON path,
/// so that every mistake is reported with its place, and reading goes on after
/// a mistake to collect all of them in one pass.
final class ProblemLog {
    let file: String
    private(set) var problems: [Problem] = []

    init(file: String) { self.file = file }

    func add(_ path: String, _ kind: ProblemKind) {
        problems.append(Problem(file: file, location: path, kind: kind))
    }

    func add(_ place: ProblemPlace, _ kind: ProblemKind) {
        problems.append(Problem(file: file, place: place, kind: kind))
    }
}

/// How a reader reached its value, kept as links to the parent and spelt
/// out ("$.groups[2].criteria[0].title") only when a problem is reported:
/// building that text for every member of a good file was a third of the
/// time to decode a questionnaire.
final class JSONTrail {
    private enum Step {
        case root(String)
        case key(String)
        case index(Int)
    }

    private let parent: JSONTrail?
    private let step: Step

    init(root: String) {
        parent = nil
        step = .root(root)
    }

    private init(parent: JSONTrail, step: Step) {
        self.parent = parent
        self.step = step
    }

    func key(_ key: String) -> JSONTrail { JSONTrail(parent: self, step: .key(key)) }
    func index(_ index: Int) -> JSONTrail { JSONTrail(parent: self, step: .index(index)) }

    var text: String {
        var steps: [Step] = []
        var link: JSONTrail? = self
        while let current = link {
            steps.append(current.step)
            link = current.parent
        }
        var text = ""
        for step in steps.reversed() {
            switch step {
            case let .root(root): text += root
            case let .key(key): text += "." + key
            case let .index(index): text += "[" + String(index) + "]"
            }
        }
        return text
    }
}

struct JSONReader {
    let value: JSONValue
    let log: ProblemLog
    private let trail: JSONTrail

    init(_ value: JSONValue, path: String = "$", log: ProblemLog) {
        self.init(value, trail: JSONTrail(root: path), log: log)
    }

    private init(_ value: JSONValue, trail: JSONTrail, log: ProblemLog) {
        self.value = value
        self.trail = trail
        self.log = log
    }

    /// The JSON path of this value, for a problem report.
    var path: String { trail.text }

    func child(_ key: String) -> String { path + "." + key }

    /// A member that must be present.
    func required(_ key: String, _ expected: Expected) -> JSONReader? {
        guard case let .object(members) = value else { return nil }
        guard let member = members.first(where: { $0.key == key }) else {
            log.add(path, .missingKey(key, expected))
            return nil
        }
        return JSONReader(member.value, trail: trail.key(key), log: log)
    }

    /// A member that may be absent (or null).
    func optional(_ key: String) -> JSONReader? {
        guard case let .object(members) = value, let member = members.first(where: { $0.key == key }) else { return nil }
        if case .null = member.value { return nil }
        return JSONReader(member.value, trail: trail.key(key), log: log)
    }

    func has(_ key: String) -> Bool { optional(key) != nil }

    @discardableResult
    func object() -> [(key: String, value: JSONValue)]? {
        if case let .object(members) = value { return members }
        log.add(path, .wrongKind(.object, found: value.kind))
        return nil
    }

    func members() -> [(String, JSONReader)] {
        guard case let .object(members) = value else { return [] }
        return members.map { ($0.key, JSONReader($0.value, trail: trail.key($0.key), log: log)) }
    }

    /// Reports members this layout does not define: a misspelt key would
    /// otherwise be ignored silently.
    /// A list, not a set: a handful of keys is searched faster than hashed,
    /// and this runs for every object in the file.
    func rejectUnknownKeys(_ allowed: [String]) {
        guard case let .object(members) = value else { return }
        for member in members where !allowed.contains(member.key) {
            log.add(child(member.key), .unknownKey(member.key, allowed: allowed.sorted()))
        }
    }

    func array() -> [JSONReader]? {
        guard case let .array(items) = value else {
            log.add(path, .wrongKind(.list, found: value.kind))
            return nil
        }
        return items.enumerated().map { JSONReader($0.element, trail: trail.index($0.offset), log: log) }
    }

    func string(nonEmpty: Bool = true) -> String? {
        guard case let .string(text) = value else {
            log.add(path, .wrongKind(.string, found: value.kind))
            return nil
        }
        if nonEmpty && Self.isBlank(text) {
            log.add(path, .emptyString)
            return nil
        }
        return text
    }

    /// Whether a text holds only white space (or nothing). A first byte that is
    /// a visible ASCII character or the lead of a Chinese character settles it
    /// at once; Unicode's properties are looked up only for the rest.
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, (0x21...0x7E).contains(first) || (0xE4...0xE9).contains(first) { return false }
        return text.allSatisfy(\.isWhitespace)
    }

    func bool() -> Bool? {
        guard case let .bool(flag) = value else {
            log.add(path, .wrongKind(.bool, found: value.kind))
            return nil
        }
        return flag
    }

    /// A whole number within a range; fractions and huge values are refused by name.
    func int(in range: ClosedRange<Int> = Int.min...Int.max) -> Int? {
        guard case let .number(text) = value else {
            log.add(path, .wrongKind(.wholeNumber, found: value.kind))
            return nil
        }
        guard let number = Int(text) else {
            if text.contains(where: { ".eE".contains($0) }) {
                log.add(path, .notWhole(String(text.prefix(40))))
            } else {
                log.add(path, .numberTooLarge(String(text.prefix(40))))
            }
            return nil
        }
        guard range.contains(number) else {
            log.add(path, .outOfRange(range.lowerBound, range.upperBound, found: number))
            return nil
        }
        return number
    }

    /// A `{ "zh": …, "en": … }` pair, both non-empty.
    func localizedText() -> LocalizedText? {
        guard case .object = value else {
            log.add(path, .wrongKind(.text, found: value.kind))
            return nil
        }
        rejectUnknownKeys(["zh", "en"])
        let zh = required("zh", .chinese)?.string()
        let en = required("en", .english)?.string()
        guard let zh, let en else { return nil }
        return LocalizedText(zh: zh, en: en)
    }
}
