import CNcursesw // for wcwidth only: the C library's, which ncurses uses too

/// How many terminal columns text takes: the per-scalar `wcwidth` sum that
/// ncurses uses to advance the cursor. Layout must use this, never
/// `String.count`: a Chinese character is one Character but two columns.
///
/// Each scalar counts 0, 1 or 2. Control characters count 0 (the cell grid
/// drops them rather than let them move the terminal's cursor).
public enum DisplayWidth {
    /// The width of one scalar. Uses `wcwidth` when the current locale knows
    /// Unicode (the app calls `setlocale` at start), and the self-contained
    /// table otherwise, so results do not depend on the locale of the process.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }          // ASCII fast path
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
        if localeKnowsUnicode() {
            let width = Int(ccmm_wcwidth(value))
            if width >= 0 { return width }
        }
        return tableWidth(scalar)
    }

    public static func of(_ character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars { total += of(scalar) }
        return total
    }

    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += of(scalar) }
        return total
    }

    /// The locale-independent answer: zero for combining marks, format
    /// characters (ZWJ, variation selectors, zero-width space) and Hangul
    /// vowel/final jamo that join the syllable before them; two for East
    /// Asian Wide/Fullwidth; one for everything else (ambiguous-width
    /// characters such as "…" or box drawing count one, as in glibc).
    static func tableWidth(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
        // Format characters that are shown (the range test spares most scalars a hash).
        if value == 0xAD || ((0x600...0x110CD).contains(value) && prependedMarks.contains(value)) { return 1 }
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        return EastAsianWide.contains(value) ? 2 : 1
    }

    /// Arabic number signs and similar (Prepended_Concatenation_Mark): format
    /// characters, but drawn, and one column wide in glibc.
    private static let prependedMarks: Set<UInt32> = [
        0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0x110BD, 0x110CD,
    ]

    /// wcwidth answers -1 for every non-ASCII scalar under the "C" locale; a
    /// known wide ideograph tells whether it can be trusted right now.
    private static func localeKnowsUnicode() -> Bool {
        ccmm_wcwidth(0x4E00) == 2
    }
}

extension Character {
    /// Display columns (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension StringProtocol {
    /// Display columns (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}
