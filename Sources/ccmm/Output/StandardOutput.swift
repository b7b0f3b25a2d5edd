import MaturityCore
import MaturityPresentation

/// Everything ccmm prints goes through here. A write that fails (a closed
/// pipe, a full disk, a closed descriptor) becomes an error with a message
/// and exit code 1, never a crash: SIGPIPE is ignored so that a reader going
/// away shows up as EPIPE, and every write is checked.
enum StandardOutput {
    /// Set at start when descriptor 1 was closed (`ccmm score x >&-`); /dev/null
    /// then holds the number, so no file the command opens can take it and
    /// receive the output meant for the terminal.
    nonisolated(unsafe) static var wasClosed = false

    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        for descriptor in [Int32(1), 2] where fcntl(descriptor, F_GETFD) == -1 {
            let null = open("/dev/null", O_WRONLY)
            if null >= 0 && null != descriptor { dup2(null, descriptor); close(null) }
            if descriptor == 1 { wasClosed = true }
        }
    }

    static func write(_ text: String) throws {
        try write(Array(text.utf8))
    }

    static func write(_ bytes: [UInt8]) throws {
        if wasClosed { throw UserError(Messages.current(.outputClosed)) }
        let code = AtomicFile.writeAll(bytes, to: 1)
        if code != 0 { throw UserError(failure(code)) }
    }

    static func failure(_ code: Int32) -> String {
        switch code {
        case EPIPE: return Messages.current(.outputPipeClosed)
        case ENOSPC, EDQUOT: return Messages.current(.outputDiskFull)
        case EBADF: return Messages.current(.outputClosed)
        default: return Messages.current(.outputFailed, String(cString: strerror(code)))
        }
    }

    /// Messages to stderr; if even that fails there is nobody left to tell.
    static func error(_ text: String) {
        error(Array(text.utf8))
    }

    static func error(_ bytes: [UInt8]) {
        _ = AtomicFile.writeAll(bytes, to: 2)
    }
}

/// The language of the CLI's own messages: the command's --lang once known,
/// else the session's, else the locale.
enum Messages {
    nonisolated(unsafe) static var language: Language = Language.fromLocale(ProcessInfo.processInfo.environment)

    static var catalog: Catalog { Catalog(language) }

    static func current(_ key: Phrase, _ arguments: CustomStringConvertible...) -> String {
        catalog.text(key, arguments.map(\.description))
    }

    /// Settles the language for a command: --lang, else the session's, else the locale.
    @discardableResult
    static func use(_ explicit: Language?, session: Language? = nil) -> Catalog {
        language = explicit ?? session ?? Language.fromLocale(ProcessInfo.processInfo.environment)
        return catalog
    }
}

/// Text for the terminal. Documents are escaped by their writer already; this
/// last pass makes sure no control from a file reaches the terminal through
/// text that did not come from a writer.
func printOut(_ text: String) throws {
    try StandardOutput.write(ControlCharacters.visible(text, keepNewlines: true))
}
