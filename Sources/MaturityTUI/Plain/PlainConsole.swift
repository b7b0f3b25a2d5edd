import Foundation

/// Where the plain front reads lines and writes text: standard input and
/// output, or a script in tests.
public protocol PlainConsole: AnyObject {
    /// The next line without its newline; nil at the end of input.
    func readLine() -> String?
    func write(_ text: String)
}

/// Standard input and output, flushed after every write so that a screen
/// reader (or a pipe) gets each line at once.
public final class StandardConsole: PlainConsole {
    public init() {}

    public func readLine() -> String? { Swift.readLine(strippingNewline: true) }

    public func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// When the wizard should talk line by line instead of drawing a screen.
public enum PlainMode {
    /// Asked for, or the terminal cannot do curses: TERM unset or "dumb", or
    /// standard input or output is not a terminal (a pipe, a file, a script).
    public static func isNeeded(asked: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        if asked { return true }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { return true }
        return isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1
    }

    /// Text from a file (a criterion, a note, a centre's name) as it may be
    /// printed: no control characters (ESC and C1 could move the cursor or
    /// recolour a screen reader's terminal) and no bidirectional overrides.
    /// Newlines stay: a statement or a note may have several lines.
    public static func clean(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: result.append(scalar)
            case 0x09: result.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
