extension LineEditor {
    /// Applies the editing keys; returns false for keys it leaves to the
    /// caller (Tab, Esc, Enter in a single-line field, Up on the first row…)
    /// so a form can use them for focus and navigation. `width` is the
    /// field's width, for moving up and down across soft-wrapped rows.
    @discardableResult
    public mutating func handle(_ key: Key, width: Int = .max) -> Bool {
        switch key {
        case .character(let character):
            insert(character)
            return true
        case .enter:
            guard isMultiline else { return false }
            insertNewline()
            return true
        case .backspace:
            backspace()
        case .delete, .ctrl("d"):
            deleteForward()
        case .left, .ctrl("b"):
            moveLeft()
        case .right, .ctrl("f"):
            moveRight()
        case .home, .ctrl("a"):
            moveHome()
        case .end, .ctrl("e"):
            moveEnd()
        case .up:
            return isMultiline && moveUp(width: width)
        case .down:
            return isMultiline && moveDown(width: width)
        default:
            return false
        }
        return true
    }
}
