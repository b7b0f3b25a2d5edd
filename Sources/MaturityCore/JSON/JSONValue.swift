/// A parsed JSON document. Objects keep their key order so that files we write
/// are stable and diff well, and so that error messages can point at positions.
/// Not `indirect`: arrays already hold their elements on the heap, and boxing
/// every string and number as well cost one allocation per value (5% of the
/// instructions of `ccmm score`, counted with callgrind).
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number's literal text: integers are read exactly from it, and
    /// values too large for an `Int` are reported instead of being rounded.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    /// The kind's name as a person reads it in an error message.
    public var kind: JSONKind {
        switch self {
        case .null: return .null
        case .bool: return .bool
        case .number: return .number
        case .string: return .string
        case .array: return .array
        case .object: return .object
        }
    }

    public subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }
}
