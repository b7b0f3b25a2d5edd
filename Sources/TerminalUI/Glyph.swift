/// What occupies one cell (or a cell and its continuation): one spacing
/// scalar and the zero-width scalars that follow it.
///
/// Almost every Character is one glyph. A few are several: an emoji with a
/// skin-tone modifier or a ZWJ family is, for ncurses and wcwidth, a row of
/// wide scalars (the per-scalar sum), and the grid must agree with what
/// ncurses will do or the rest of the line would shift.
struct Glyph: Equatable {
    var character: Character
    /// 1 or 2.
    var width: Int

    static func split(_ character: Character) -> [Glyph] {
        let scalars = character.unicodeScalars
        if let first = scalars.first {
            let firstWidth = DisplayWidth.of(first)
            let total = DisplayWidth.of(character)
            if firstWidth > 0 && firstWidth == total {
                return [Glyph(character: character, width: total)]   // the common case
            }
        }
        var glyphs: [Glyph] = []
        var pending = String.UnicodeScalarView()
        var pendingWidth = 0
        func flush() {
            guard pendingWidth > 0 else { return }
            glyphs.append(Glyph(character: makeCharacter(pending), width: pendingWidth))
        }
        for scalar in scalars {
            let width = DisplayWidth.of(scalar)
            if width == 0 {
                // Joins the glyph before it; with none, it has nothing to mark.
                if pendingWidth > 0 { pending.append(scalar) }
            } else {
                flush()
                pending = String.UnicodeScalarView([scalar])
                pendingWidth = width
            }
        }
        flush()
        return glyphs
    }

    /// A Character from scalars that may not form a single grapheme on their
    /// own; falls back to the spacing scalar alone rather than trap.
    private static func makeCharacter(_ scalars: String.UnicodeScalarView) -> Character {
        let text = String(scalars)
        if text.count == 1, let only = text.first { return only }
        return scalars.first.map { Character($0) } ?? " "
    }
}
