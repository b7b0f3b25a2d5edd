/// What a colour means, not which colour it is. The backend maps roles to
/// colours when the terminal has them (and `NO_COLOR` is unset) and to plain
/// attributes otherwise, so views never decide colours themselves. Meaning
/// must also be carried by text or symbols: monochrome terminals lose hue.
public enum ColorRole: UInt8, CaseIterable, Hashable, Sendable {
    case normal
    case accent
    case good
    case warning
    case bad
    case muted
}

/// How a cell is drawn.
public struct Style: Hashable, Sendable {
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool
    public var role: ColorRole

    public init(role: ColorRole = .normal, bold: Bool = false, reverse: Bool = false,
                underline: Bool = false, dim: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()

    public func with(role: ColorRole) -> Style {
        var copy = self
        copy.role = role
        return copy
    }

    public var bolded: Style {
        var copy = self
        copy.bold = true
        return copy
    }

    public var reversed: Style {
        var copy = self
        copy.reverse = true
        return copy
    }

    public var underlined: Style {
        var copy = self
        copy.underline = true
        return copy
    }

    public var dimmed: Style {
        var copy = self
        copy.dim = true
        return copy
    }
}

/// One screen cell. A character two columns wide sits in its left cell; the
/// right cell is a continuation that holds no character of its own.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style
    public var isContinuation: Bool

    public init(_ character: Character, style: Style = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell(" ")
}
