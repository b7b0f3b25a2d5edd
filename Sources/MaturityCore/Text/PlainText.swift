// The few text operations ccmm took from Foundation's NSString bridge, written
// on Unicode scalars so that the binary needs only FoundationEssentials (no
// ICU, a faster start). Scalars, not Characters: a quote followed by a
// combining accent is one Character but must still be found and escaped.

/// Which blanks `trimmed` takes off both ends.
public enum Blank: Sendable {
    /// Spaces of every kind (the ideographic space U+3000 included) and tabs:
    /// what a single-line field should not keep.
    case spaces
    /// The same, and line breaks.
    case spacesAndNewlines

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator { return true }
        guard self == .spacesAndNewlines else { return false }
        switch scalar {
        case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": return true
        default: return false
        }
    }
}

extension StringProtocol {
    /// The text without the given blanks at either end.
    public func trimmed(_ blank: Blank = .spaces) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !blank.contains($0) }),
              let last = scalars.lastIndex(where: { !blank.contains($0) }) else { return "" }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[first...last])
        return String(kept)
    }

    /// Every occurrence of `target` replaced by `replacement`, matched scalar by
    /// scalar from the start, without overlaps.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        let pattern = Array(target.unicodeScalars)
        guard !pattern.isEmpty else { return String(self) }
        let scalars = Array(unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == pattern[0], index + pattern.count <= scalars.count,
               scalars[index..<index + pattern.count].elementsEqual(pattern) {
                result.append(contentsOf: replacement.unicodeScalars)
                index += pattern.count
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// The text with each "%XX" turned back into its byte; nil when an escape
    /// is cut short or the bytes are not UTF-8 (as a file:// URL can hold).
    public var percentDecoded: String? {
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(JSONEscapes.hexDigit), let low = iterator.next().flatMap(JSONEscapes.hexDigit) else { return nil }
            bytes.append(UInt8(high << 4 | low))
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
