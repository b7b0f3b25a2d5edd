import MaturityCore
import MaturityPresentation

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
        _ = AtomicFile.writeAll(Array(text.utf8), to: STDOUT_FILENO)    // nobody to tell if the screen reader's pipe is gone
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

    /// Text as it may be printed: control characters and bidirectional
    /// overrides from a file shown as visible placeholders (the writers'
    /// one rule), newlines kept.
    public static func clean(_ text: String) -> String { ControlCharacters.visible(text, keepNewlines: true) }
}
