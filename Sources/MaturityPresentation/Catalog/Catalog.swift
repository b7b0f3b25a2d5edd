import MaturityCore

/// Every word ccmm says, in the language asked for. The words live in one
/// table per language (Words+zh.swift, Words+en.swift), keyed by meaning
/// (`Phrase`); adding a word is one case in Phrase and one line in each table.
///
/// A template may hold `{0}`, `{1}` … for its arguments, and `{0|one|other}`
/// to choose a form by whether argument 0 is 1 (English plurals).
public struct Catalog: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    public static let zh = Catalog(.zh)
    public static let en = Catalog(.en)

    /// The table of one language; a missing key falls back to the key's name,
    /// which the catalog test forbids.
    static func table(_ language: Language) -> [Phrase: String] {
        language == .zh ? Words.zh : Words.en
    }

    public func callAsFunction(_ key: Phrase, _ arguments: CustomStringConvertible...) -> String {
        Catalog.fill(Catalog.table(language)[key] ?? key.rawValue, arguments.map(\.description))
    }

    public func text(_ key: Phrase, _ arguments: [String]) -> String {
        Catalog.fill(Catalog.table(language)[key] ?? key.rawValue, arguments)
    }

    /// A word of a side table (plain wizard, problems …), in this language.
    func side<Key: RawRepresentable & Hashable>(_ zh: [Key: String], _ en: [Key: String], _ key: Key,
                                                _ arguments: [CustomStringConvertible]) -> String where Key.RawValue == String {
        Catalog.fill((language == .zh ? zh : en)[key] ?? key.rawValue, arguments.map(\.description))
    }

    /// Text from a questionnaire, in this language.
    public func callAsFunction(_ text: LocalizedText) -> String { text[language] }

    /// A standing's name: the questionnaire's, or the catalog's for a standing no questionnaire names.
    public func callAsFunction(_ name: StandingName) -> String {
        switch name {
        case let .named(text): return text[language]
        // Phrase spelt out: the same case names would call this function again.
        case .noLevel: return self(Phrase.noLevel)
        case .withheld: return self(Phrase.withheld)
        case .everyModule: return self(Phrase.everyModule)
        }
    }

    /// Punctuation follows the language: full-width in Chinese.
    public var colon: String { self(.colon) }
    public func labelled(_ label: String, _ value: String) -> String { label + colon + value }
    public func parenthesised(_ inner: String) -> String { self(.parenthesised, inner) }
    public func list(_ items: [String]) -> String { items.joined(separator: self(.listSeparator)) }

    static func fill(_ template: String, _ arguments: [String]) -> String {
        guard template.contains("{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let inside = rest[rest.index(after: open)..<close]
            let parts = inside.split(separator: "|", omittingEmptySubsequences: false)
            if let index = Int(parts[0]), index < arguments.count {
                if parts.count == 3 {
                    out += arguments[index] == "1" ? parts[1] : parts[2]
                } else {
                    out += arguments[index]
                }
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}

public extension Language {
    /// The language of the user's locale: LC_ALL, LC_MESSAGES, then LANG; `zh*` is Chinese.
    static func fromLocale(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }
}
