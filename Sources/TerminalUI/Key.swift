import CNcursesw

/// A decoded key press. Views and update functions see only this, never
/// ncurses codes, so every screen can be driven by scripted keys in tests.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, tab, backTab, backspace, delete, escape
    /// The terminal changed size; lay out again.
    case resize
    /// A control chord, by its lowercase letter (or @ \ ] ^ _): Ctrl-C is ctrl("c").
    case ctrl(Character)
    /// F1…F12 (and beyond, as terminals report them).
    case function(Int)
    case unknown
}

extension Key {
    /// A typed character, by its scalar value (UTF8Assembler puts it
    /// together from the terminal's bytes): ASCII controls become keys. A
    /// lone Esc arrives as 27 once ncurses' ESCDELAY has passed with nothing
    /// following it; sequences ncurses recognises arrive as key codes.
    public static func decode(character value: UInt32) -> Key {
        switch value {
        case 8, 127: return .backspace       // ^H and DEL: terminals disagree on which Backspace sends
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 0: return .ctrl("@")
        case 1...26:
            return Unicode.Scalar(value + 96).map { .ctrl(Character($0)) } ?? .unknown
        case 28...31:
            return Unicode.Scalar(value + 64).map { .ctrl(Character($0)) } ?? .unknown
        case 0x80..<0xA0:
            return .unknown                  // C1 controls are never typed text
        default:
            return Unicode.Scalar(value).map { .character(Character($0)) } ?? .unknown
        }
    }

    /// A function-key code (KEY_UP…) from keypad mode.
    public static func decode(keyCode code: Int32) -> Key {
        switch code {
        case KEY_UP, KEY_SR: return .up               // Shift-arrows move like arrows
        case KEY_DOWN, KEY_SF: return .down
        case KEY_LEFT, KEY_SLEFT: return .left
        case KEY_RIGHT, KEY_SRIGHT: return .right
        case KEY_HOME, KEY_SHOME: return .home
        case KEY_END, KEY_SEND: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE: return .resize
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return .unknown
        }
    }

    /// A key ncurses reports with a code of its own making, by the name
    /// `keyname` gives it: terminfo's extended keys such as "kRIT5"
    /// (Ctrl-Right). Modifiers are dropped — Ctrl-Right moves like Right.
    public static func decode(extendedKeyName name: String) -> Key {
        var base = Substring(name)
        while let last = base.last, last.isNumber { base.removeLast() }
        switch base {
        case "kUP": return .up
        case "kDN": return .down
        case "kLFT": return .left
        case "kRIT": return .right
        case "kHOM": return .home
        case "kEND": return .end
        case "kPRV": return .pageUp
        case "kNXT": return .pageDown
        case "kDC": return .delete
        default: return .unknown
        }
    }
}
