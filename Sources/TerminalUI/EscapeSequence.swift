/// Escape sequences that reach the program undecoded.
///
/// With keypad mode on, ncurses turns the sequences its terminfo entry knows
/// into key codes. Others (Ctrl-arrows, a terminal that sends vt100 keys
/// under a TERM that describes another) arrive as Esc followed by the rest at
/// once. Reading the rest and decoding it here keeps "[1;5A" from being typed
/// into a field, and a lone Esc still means "back".
public enum EscapeSequence {
    /// Whether `tail` (what followed Esc) is a whole sequence: a CSI ("[")
    /// ends with a byte in @…~, an SS3 ("O") after one more character, and
    /// anything else (Alt+key) after one character.
    public static func isComplete(_ tail: [Character]) -> Bool {
        guard let first = tail.first else { return false }
        switch first {
        case "[":
            guard tail.count >= 2, let last = tail.last?.unicodeScalars.first else { return false }
            return (0x40...0x7E).contains(last.value) && !(tail.count == 2 && last == "[")
        case "O":
            return tail.count >= 2
        default:
            return true
        }
    }

    /// The key a sequence stands for; `.escape` for nothing after Esc,
    /// `.unknown` for sequences (and Alt chords) this program does not use.
    /// Modifier parameters (";5" for Ctrl) are ignored: Ctrl-Up is Up.
    public static func decode(_ tail: [Character]) -> Key {
        guard let first = tail.first else { return .escape }
        let rest = String(tail.dropFirst())
        switch first {
        case "O":
            switch rest {
            case "A": return .up
            case "B": return .down
            case "C": return .right
            case "D": return .left
            case "H": return .home
            case "F": return .end
            case "M": return .enter
            case "P": return .function(1)
            case "Q": return .function(2)
            case "R": return .function(3)
            case "S": return .function(4)
            default: return .unknown
            }
        case "[":
            return decodeCSI(rest)
        default:
            return .unknown
        }
    }

    private static func decodeCSI(_ body: String) -> Key {
        guard let final = body.last else { return .unknown }
        let parameters = body.dropLast().split(separator: ";")
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "~":
            guard let number = parameters.first.flatMap({ Int($0) }) else { return .unknown }
            return tildeKeys[number] ?? .unknown
        default: return .unknown
        }
    }

    private static let tildeKeys: [Int: Key] = [
        1: .home, 3: .delete, 4: .end, 5: .pageUp, 6: .pageDown, 7: .home, 8: .end,
        11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4),
        15: .function(5), 17: .function(6), 18: .function(7), 19: .function(8),
        20: .function(9), 21: .function(10), 23: .function(11), 24: .function(12),
    ]
}
