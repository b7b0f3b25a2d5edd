import MaturityCore

/// What every `--format json` output shares: a `format_version` first, so a
/// reader can tell which shape it holds. Raise it when a key changes meaning
/// or disappears; new keys do not raise it.
public enum JSONOutput {
    public static let formatVersion = 1

    public static func versioned(_ members: [(key: String, value: JSONValue)]) -> JSONValue {
        .object([("format_version", .int(formatVersion))] + members)
    }

    /// The text of a versioned JSON document.
    public static func render(_ members: [(key: String, value: JSONValue)]) -> String {
        JSONWriter.render(versioned(members))
    }
}
