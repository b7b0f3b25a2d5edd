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

extension DisplayWidth {
    /// Like `truncate`, but a word is not left half: when the cut falls
    /// inside a word and a space is near (the part dropped from the kept
    /// text is at most a third of the width, and never more than 12
    /// columns), the cut moves back to it. Text without spaces near the
    /// cut (Chinese) is cut at a character, as `truncate` does.
    public static func truncateAtWord(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let room = width - of(ellipsis)
        guard room > 0 else { return room == 0 ? ellipsis : prefix(text, width: width) }
        let kept = prefix(text, width: room)
        let rest = text.dropFirst(kept.count)
        guard let next = rest.first, !next.isWhitespace, let last = kept.last, !last.isWhitespace,
              let space = kept.lastIndex(where: \.isWhitespace) else {
            return trimmedEnd(kept) + ellipsis
        }
        let dropped = of(String(kept[kept.index(after: space)...]))
        guard dropped <= min(12, max(room / 3, 1)) else { return kept + ellipsis }
        return trimmedEnd(String(kept[..<space])) + ellipsis
    }

    /// Without trailing spaces and the dashes or commas that led into the cut word.
    private static func trimmedEnd(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last, last.isWhitespace || ",;:–—-·(".contains(last) { result.removeLast() }
        return result.isEmpty ? text : String(result)
    }
}
