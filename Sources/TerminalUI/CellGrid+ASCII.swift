/// Borders and marks in ASCII (`--ascii`, or a locale that draws
/// East-Asian-ambiguous characters two columns wide). Every replacement is
/// one column, like the character it replaces, so no layout changes: the
/// views draw as always and the grid is rewritten cell by cell on its way out.
public enum ASCIIGlyphs {
    public static let replacements: [Character: Character] = [
        // Lines and corners
        "─": "-", "━": "=", "═": "=", "│": "|", "┃": "|", "║": "|",
        "┌": "+", "┐": "+", "└": "+", "┘": "+", "╭": "+", "╮": "+", "╰": "+", "╯": "+",
        "┏": "+", "┓": "+", "┗": "+", "┛": "+", "╔": "+", "╗": "+", "╚": "+", "╝": "+",
        "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
        // Choices, states and pointers
        "●": "*", "○": "o", "◐": "-", "∅": "n", "▸": ">", "▶": ">", "►": ">", "▼": "v",
        "✓": "+", "✔": "+", "✗": "x", "⚑": "F", "≠": "!", "✎": "e", "•": "*",
        "›": ">", "→": ">", "←": "<", "↑": "^", "↓": "v", "⏎": "/",
        // Bars
        "█": "#", "░": ".",
        // Punctuation that CJK locales widen
        "…": "~", "·": ".", "—": "-", "–": "-", "−": "-", "≥": ">", "≤": "<", "×": "x", "§": "S",
        "“": "\"", "”": "\"", "‘": "'", "’": "'",
    ]
}

extension CellGrid {
    /// The same grid with every character of `ASCIIGlyphs.replacements` replaced.
    public func asciiOnly() -> CellGrid {
        var copy = self
        for row in 0..<rows {
            for col in 0..<cols {
                let cell = self[row, col]
                if let ascii = ASCIIGlyphs.replacements[cell.character] { copy.replaceCharacter(row: row, col: col, with: ascii) }
            }
        }
        return copy
    }
}
