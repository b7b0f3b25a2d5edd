extension DisplayWidth {
    /// Word-wraps text into lines of at most `width` display columns.
    ///
    /// Newlines end paragraphs (an empty paragraph gives an empty line).
    /// English breaks after spaces, which are dropped at the break; Chinese,
    /// Japanese and Korean may break between any two wide characters and
    /// between a wide character and a Latin word, except before closing
    /// punctuation (，。、；：？！）》」…) or after opening punctuation（《「.
    /// A word longer than the line is split between characters. Leading
    /// spaces of a paragraph are kept as indentation; trailing ones dropped.
    /// A width below 1 gives no lines. `firstLineWidth` (at least 1 when
    /// given) is the room of the very first line, for a paragraph that
    /// starts after a label and hangs below it.
    public static func wrap(_ text: String, width: Int, firstLineWidth: Int? = nil) -> [String] {
        guard width > 0 else { return [] }
        let paragraphs = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var lines: [String] = []
        for paragraph in paragraphs {
            let first = lines.isEmpty ? max(1, firstLineWidth ?? width) : width
            lines += LineBreaking.wrap(paragraph.map { $0 == "\t" ? " " : $0 }, width: width, firstWidth: first)
        }
        return lines
    }
}

/// The greedy line filling behind `DisplayWidth.wrap`.
enum LineBreaking {
    /// Must not begin a line (a small, practical subset of UAX #14 class CL/EX/IS/NS).
    static let closing: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", "〕", "〉", "〗",
        "〙", "”", "’", "…", "‥", "ー", "々", "〜", "～", "％", "．", "﹐", "﹑", "﹒",
        ",", ".", ";", ":", "?", "!", ")", "]", "}", "%",
    ]
    /// Must not end a line.
    static let opening: Set<Character> = [
        "（", "《", "「", "『", "【", "〔", "〈", "〖", "〘", "“", "‘", "(", "[", "{",
    ]

    /// A piece between two break opportunities: its text and the spaces after it.
    private struct Unit {
        var text: String
        var width: Int
        var spaces: String
    }

    static func wrap(_ characters: [Character], width fullWidth: Int, firstWidth: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var pendingSpaces = ""
        // The room of the line being filled: the first may be narrower or wider.
        var width: Int { lines.isEmpty ? firstWidth : fullWidth }

        func endLine() {
            lines.append(line)
            line = ""
            lineWidth = 0
        }

        for unit in units(characters) {
            let spaceWidth = DisplayWidth.of(pendingSpaces)
            if !line.isEmpty && lineWidth + spaceWidth + unit.width <= width {
                line += pendingSpaces + unit.text
                lineWidth += spaceWidth + unit.width
            } else {
                if !line.isEmpty { endLine() }
                if unit.width <= width {
                    line = unit.text
                    lineWidth = unit.width
                } else {
                    for character in unit.text {
                        // A character wider than the whole line (a wide one at
                        // width 1) is shown as an ellipsis rather than overflow.
                        var piece = String(character)
                        var pieceWidth = DisplayWidth.of(character)
                        if pieceWidth > width {
                            piece = DisplayWidth.truncate(piece, to: width)
                            pieceWidth = DisplayWidth.of(piece)
                        }
                        if lineWidth + pieceWidth > width { endLine() }
                        line += piece
                        lineWidth += pieceWidth
                    }
                }
            }
            pendingSpaces = unit.spaces
        }
        endLine()
        return lines
    }

    private static func units(_ characters: [Character]) -> [Unit] {
        // Each character's width once: the break test and the units' widths
        // both need it, and wrapping runs on every frame of the wizard.
        let widths = characters.map(DisplayWidth.of)
        var units: [Unit] = []
        var start = 0
        var seenText = false
        for index in characters.indices {
            if index > 0 && seenText && canBreak(before: index, in: characters, widths: widths) {
                units.append(unit(start..<index, of: characters, widths: widths))
                start = index
            }
            if characters[index] != " " { seenText = true }
        }
        if start < characters.count { units.append(unit(start..<characters.count, of: characters, widths: widths)) }
        return units
    }

    private static func unit(_ range: Range<Int>, of characters: [Character], widths: [Int]) -> Unit {
        var end = range.upperBound
        while end > range.lowerBound && characters[end - 1] == " " { end -= 1 }
        return Unit(text: text(characters[range.lowerBound..<end]), width: widths[range.lowerBound..<end].reduce(0, +),
                    spaces: text(characters[end..<range.upperBound]))
    }

    /// Characters joined by their UTF-8 bytes: String's own init appends them
    /// one by one, checking each seam for a grapheme that merges (they never
    /// do here: they came out of one string), which was a seventh of a frame.
    private static func text(_ slice: ArraySlice<Character>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(slice.count * 3)
        for character in slice { bytes.append(contentsOf: character.utf8) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func canBreak(before index: Int, in characters: [Character], widths: [Int]) -> Bool {
        let previous = characters[index - 1]
        let current = characters[index]
        if current == " " { return false }
        if previous == " " { return true }
        // Widths first: between two narrow characters (all of an English
        // text) there is no break, and the punctuation sets need not be hashed.
        guard widths[index - 1] >= 2 || widths[index] >= 2 else { return false }
        return !closing.contains(current) && !opening.contains(previous)
    }
}
