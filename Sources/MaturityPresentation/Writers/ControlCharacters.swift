/// Characters that a terminal (or a viewer of a text file) would obey rather
/// than show: C0 controls, DEL, C1 controls (U+0080–U+009F, among them the
/// one-byte CSI U+009B) and the bidirectional overrides and isolates that
/// reorder what is read (U+202E turns "exe.txt" into "txt.exe"). Every
/// writer passes text through here, so no file can clear a screen, retitle
/// a window or write to the clipboard through ccmm's output.
public enum ControlCharacters {
    /// Replaces each such character with a visible placeholder: the Unicode
    /// control picture for C0 and DEL (ESC shows as ␛), `<U+009B>` for the rest.
    /// With `keepNewlines`, a newline (and a tab) that is meant stays.
    public static func visible(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0, keepNewlines: keepNewlines) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isControl(scalar, keepNewlines: keepNewlines) else {
                out.append(scalar)
                continue
            }
            out.append(contentsOf: placeholder(scalar).unicodeScalars)
        }
        return String(out)
    }

    public static func isControl(_ scalar: Unicode.Scalar, keepNewlines: Bool) -> Bool {
        let value = scalar.value
        if keepNewlines && (value == 0x0A || value == 0x09) { return false }
        return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || isBidiControl(value)
    }

    /// Embeddings, overrides, isolates and the Arabic letter mark.
    static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x061C
    }

    static func placeholder(_ scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        if value < 0x20, let picture = Unicode.Scalar(0x2400 + value) { return String(picture) }
        if value == 0x7F { return "␡" }
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
