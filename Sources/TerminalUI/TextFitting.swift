/// Where padding goes when text is narrower than its field.
public enum TextAlignment: Sendable {
    case left, right, center
}

extension DisplayWidth {
    /// The text cut to at most `width` columns, ending in `ellipsis` when
    /// anything was cut. Whole characters only: a two-column character that
    /// does not fit is dropped, never split, so the result may be one column
    /// narrower than `width`.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let ellipsisWidth = of(ellipsis)
        guard ellipsisWidth <= width else { return prefix(text, width: width) }
        return prefix(text, width: width - ellipsisWidth) + ellipsis
    }

    /// The longest leading run of whole characters that fits in `width` columns.
    public static func prefix(_ text: String, width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = of(character)
            if used + characterWidth > width { break }
            used += characterWidth
            result.append(character)
        }
        return result
    }

    /// The text padded with spaces to exactly `width` columns; text already
    /// that wide or wider is returned unchanged (see `fit` to also truncate).
    public static func pad(_ text: String, to width: Int, alignment: TextAlignment = .left) -> String {
        let missing = width - of(text)
        guard missing > 0 else { return text }
        switch alignment {
        case .left:
            return text + String(repeating: " ", count: missing)
        case .right:
            return String(repeating: " ", count: missing) + text
        case .center:
            let before = missing / 2
            return String(repeating: " ", count: before) + text
                + String(repeating: " ", count: missing - before)
        }
    }

    /// Exactly `width` columns: truncated with an ellipsis, then padded. The
    /// padding also fills the column a dropped wide character leaves behind.
    public static func fit(_ text: String, to width: Int, alignment: TextAlignment = .left) -> String {
        pad(truncate(text, to: width), to: width, alignment: alignment)
    }
}
