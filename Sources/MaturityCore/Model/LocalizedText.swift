/// The two languages every questionnaire and the interface are written in.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh, en
}

/// A piece of text in Chinese and English; questionnaires must give both.
public struct LocalizedText: Sendable, Equatable, Hashable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public subscript(language: Language) -> String {
        language == .zh ? zh : en
    }
}
