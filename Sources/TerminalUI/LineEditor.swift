/// An editable text value with a cursor: a form field, or a multi-line note.
///
/// Text is kept as Characters (grapheme clusters), so the cursor never
/// stands inside one: Backspace removes a whole Chinese character, an emoji
/// or a letter with its accent. The cursor is an index into `characters`
/// (0…count). Movement that depends on display width (up/down across
/// soft-wrapped rows, layout) takes the width of the field it is shown in.
public struct LineEditor: Hashable, Sendable {
    public internal(set) var characters: [Character]
    /// Each character's display width, kept beside it as it is typed (a
    /// newline as `newlineMark`): laying out a long note measured every
    /// character on every frame, and a 100 KB paste drew slower than it came in.
    private(set) var widths: [UInt8]
    public internal(set) var cursor: Int
    public let isMultiline: Bool
    /// The most Characters the value may hold (newlines included); nil for no limit.
    public var maxLength: Int?
    /// The first visible row in the last layout, kept between frames so the
    /// view scrolls only when the cursor would leave it (see `layout`).
    public var scrollRow: Int = 0
    /// The display column up/down aim for, so moving through a short line
    /// and on returns to the column the cursor started from.
    var goalColumn: Int?

    public init(_ text: String = "", multiline: Bool = false, maxLength: Int? = nil) {
        self.isMultiline = multiline
        self.maxLength = maxLength
        self.characters = []
        self.widths = []
        self.cursor = 0
        insert(contentsOf: text)
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Replaces the whole value; the cursor goes to the end.
    public mutating func setText(_ text: String) {
        characters = []
        widths = []
        cursor = 0
        scrollRow = 0
        goalColumn = nil
        insert(contentsOf: text)
    }

    /// Inserts one character at the cursor. Refused (false) for control
    /// characters, for a newline in a single-line field, and at `maxLength`.
    @discardableResult
    public mutating func insert(_ character: Character) -> Bool {
        goalColumn = nil
        if character.isNewline {
            guard isMultiline, !isFull else { return false }
            characters.insert("\n", at: cursor)
            widths.insert(Self.newlineMark, at: cursor)
            cursor += 1
            return true
        }
        if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return false
        }
        // A combining mark typed after its base joins it, as it would in a String.
        if cursor > 0 {
            let joined = String(characters[cursor - 1]) + String(character)
            if joined.count == 1, let merged = joined.first {
                characters[cursor - 1] = merged
                widths[cursor - 1] = Self.width(merged)
                return true
            }
        }
        guard !isFull else { return false }
        characters.insert(character, at: cursor)
        widths.insert(Self.width(character), at: cursor)
        cursor += 1
        return true
    }

    /// Inserts text (a paste); stops at `maxLength`. In a single-line field
    /// newlines and tabs become spaces. Returns whether all of it went in.
    @discardableResult
    public mutating func insert(contentsOf text: String) -> Bool {
        var complete = true
        for character in text {
            let adjusted: Character = character == "\t" || (!isMultiline && character.isNewline) ? " " : character
            if !insert(adjusted) {
                complete = false
                if isFull { break }
            }
        }
        return complete
    }

    @discardableResult
    public mutating func insertNewline() -> Bool { insert("\n") }

    /// What `widths` holds for a newline: it ends a line and takes no column.
    static let newlineMark = UInt8.max

    private static func width(_ character: Character) -> UInt8 { UInt8(clamping: character.displayWidth) }

    private var isFull: Bool { maxLength.map { characters.count >= $0 } ?? false }

    /// Removes the character before the cursor.
    public mutating func backspace() {
        goalColumn = nil
        guard cursor > 0 else { return }
        cursor -= 1
        characters.remove(at: cursor)
        widths.remove(at: cursor)
    }

    /// Removes the character under the cursor.
    public mutating func deleteForward() {
        goalColumn = nil
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
        widths.remove(at: cursor)
    }

    public mutating func moveLeft() {
        goalColumn = nil
        cursor = max(0, cursor - 1)
    }

    public mutating func moveRight() {
        goalColumn = nil
        cursor = min(characters.count, cursor + 1)
    }

    /// To the start of the current line (after the previous newline).
    public mutating func moveHome() {
        goalColumn = nil
        while cursor > 0 && !characters[cursor - 1].isNewline { cursor -= 1 }
    }

    /// To the end of the current line (before the next newline).
    public mutating func moveEnd() {
        goalColumn = nil
        while cursor < characters.count && !characters[cursor].isNewline { cursor += 1 }
    }

    /// Places the cursor at a character index (clamped).
    public mutating func moveCursor(to index: Int) {
        goalColumn = nil
        cursor = min(max(0, index), characters.count)
    }
}
