import CNcursesw

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

public enum TerminalError: Error, CustomStringConvertible, Sendable {
    case notATerminal
    case cannotInitialize(term: String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "The interactive wizard needs a terminal: standard input and output must not be redirected."
        case .cannotInitialize(let term):
            return "Cannot start the terminal interface for TERM=\(term.isEmpty ? "(unset)" : term)."
        }
    }
}

/// The one place that calls ncurses (which is not thread-safe, hence the
/// main actor). Everything else draws into a `CellGrid` and reads `Key`s.
///
/// Input is read in raw mode: Ctrl-C arrives as `.ctrl("c")` and Ctrl-Z as
/// `.ctrl("z")`, so the app decides (save, confirm, `suspend()`) instead of a
/// signal cutting in mid-update. Signals sent from outside (SIGTERM, SIGHUP
/// from a closed SSH session, kill -INT) only set `pendingSignal`; poll it
/// between `readKey(timeout:)` calls of about 100 ms.
@MainActor
public final class Terminal: TerminalScreen {
    public private(set) var isStarted = false
    /// Colours are in use: the terminal has them and NO_COLOR is unset or empty.
    public private(set) var hasColors = false
    private var screenOpened = false
    private var lastFrame: CellGrid?
    private var needsRepaint = false
    private var cursorShown: Bool?
    /// Input bytes of a character not yet whole (see UTF8Assembler).
    private var typed = UTF8Assembler()

    public init() {}

    /// Takes over the terminal. Safe to call again after `stop()`.
    public func start() throws {
        guard !isStarted else { return }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError.notATerminal
        }
        if screenOpened {
            refresh()                         // back to curses mode after stop()
        } else {
            TerminalLocale.adopt()            // before newterm: wide characters need a UTF-8 locale
            TerminalSignals.watchTermination() // before newterm, so ncurses keeps its handlers off
            Terminal.restoreOnCrash()
            guard ccmm_open_screen() == 1 else {
                throw TerminalError.cannotInitialize(term: Terminal.environment("TERM") ?? "")
            }
            screenOpened = true
            raw()
            noecho()
            nonl()                            // Enter reads as 13; lets ncurses move the cursor cheaply
            keypad(ccmm_stdscr(), true)
            set_escdelay(25)                  // a lone Esc is "back" after 25 ms, not a full second
            hasColors = Terminal.colorsWanted() && has_colors() && start_color() == OK
            if hasColors { TerminalColors.setUp() }
        }
        isStarted = true
        cursorShown = nil
        setCursorVisible(false)
        lastFrame = nil
        needsRepaint = true
    }

    /// Gives the terminal back. Idempotent; also done at exit if forgotten.
    /// A terminal without an alternate screen (TERM=vt100, linux) would keep
    /// the last frame on view after exit: it is cleared first.
    public func stop() {
        guard isStarted else { return }
        isStarted = false
        lastFrame = nil
        if !ccmm_has_alternate_screen() {
            erase()
            move(0, 0)
            refresh()
        }
        curs_set(1)
        endwin()
    }

    /// The screen size in cells (zero before `start`).
    public var size: Size {
        guard isStarted else { return Size(rows: 0, cols: 0) }
        return Size(rows: Int(ccmm_lines()), cols: Int(ccmm_cols()))
    }

    /// Draws `grid`, sending only the cells that differ from the last frame
    /// (ncurses then sends only what differs on the screen). The cursor is
    /// shown at `cursor` when given and inside the grid, hidden otherwise.
    public func present(_ grid: CellGrid, cursor: Position? = nil) {
        guard isStarted else { return }
        if needsRepaint {
            erase()
            ccmm_force_repaint()
            lastFrame = nil
            needsRepaint = false
        }
        for run in grid.diff(from: lastFrame) {
            for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
                draw(cell, row: run.row, col: run.col + offset)
            }
        }
        if let cursor, grid.bounds.contains(cursor) {
            move(Int32(cursor.row), Int32(cursor.col))
            setCursorVisible(true)
        } else {
            setCursorVisible(false)
        }
        refresh()
        lastFrame = grid
    }

    /// Repaint everything on the next `present` (e.g. after output from
    /// elsewhere scribbled on the screen).
    public func invalidate() {
        needsRepaint = true
    }

    /// The next key, or nil when `milliseconds` pass without one or a signal
    /// interrupts the wait (check `pendingSignal`). `.resize` means the size
    /// changed; the next `present` repaints the whole screen.
    public func readKey(timeout milliseconds: Int) -> Key? {
        guard isStarted else { return nil }
        ccmm_set_timeout(Int32(clamping: milliseconds))
        while true {
            let code = ccmm_read_byte()
            // Out of time (or a signal): a character begun stays in `typed`
            // and is finished by the bytes the next call reads.
            if code == ERR { return nil }
            guard let byte = UInt8(exactly: code) else {
                typed.reset()
                return functionKey(code)
            }
            switch typed.take(byte) {
            case .needsMore, .invalid:
                continue
            case .scalar(let scalar):
                let key = Key.decode(character: scalar.value)
                return key == .escape ? readEscapeSequence() : key
            }
        }
    }

    /// A KEY_ code from keypad mode; terminfo's extended keys by their name.
    private func functionKey(_ code: Int32) -> Key {
        var key = Key.decode(keyCode: code)
        if key == .unknown, let name = keyname(code) {
            key = Key.decode(extendedKeyName: String(cString: name))
        }
        if key == .resize { needsRepaint = true }
        return key
    }

    /// Ctrl-Z: gives the terminal back, stops the process, and takes the
    /// terminal again when the shell continues it (`fg`).
    public func suspend() {
        guard isStarted else { return }
        endwin()
        TerminalSignals.stopProcess()
        needsRepaint = true
        refresh()
    }

    public func takeSignal() -> Int32? {
        guard let signalNumber = Terminal.pendingSignal else { return nil }
        Terminal.clearPendingSignal()
        return signalNumber
    }

    public var drawsAmbiguousWide: Bool { TerminalLocale.ambiguousIsWide }

    /// SIGTERM, SIGHUP, SIGINT or SIGQUIT received and not yet cleared, if any.
    public nonisolated static var pendingSignal: Int32? { TerminalSignals.pending }

    public nonisolated static func clearPendingSignal() { TerminalSignals.clearPending() }

    /// Makes sure the terminal is restored whatever ends the process: an
    /// atexit handler calls endwin if curses is still active, and crash
    /// signals do the same (best effort) before the usual crash report.
    /// `start()` calls this; calling it again does nothing.
    public nonisolated static func restoreOnCrash() { TerminalSignals.restoreOnExitAndCrash() }

    // MARK: - Private

    private func draw(_ cell: Cell, row: Int, col: Int) {
        let (attributes, pair) = TerminalColors.attributes(for: cell.style, colors: hasColors)
        var text = cell.character.unicodeScalars.prefix(Int(ccmm_max_combining()))
            .map { wchar_t(truncatingIfNeeded: $0.value) }
        text.append(0)
        if ccmm_put_cell(Int32(row), Int32(col), text, attributes, pair) == CCMM_REJECTED {
            // setcchar refused the cluster; show its spacing scalar alone.
            let first = [text[0], 0]
            _ = ccmm_put_cell(Int32(row), Int32(col), first, attributes, pair)
        }
    }

    private func setCursorVisible(_ visible: Bool) {
        guard cursorShown != visible else { return }
        cursorShown = visible
        curs_set(visible ? 1 : 0)
    }

    /// After Esc, whatever arrived with it: a sequence ncurses did not know
    /// (decoded or dropped), or nothing (a lone Esc).
    private func readEscapeSequence() -> Key {
        var tail: [Character] = []
        var assembler = UTF8Assembler()       // Alt with a Chinese character: its bytes
        ccmm_set_timeout(0)
        while !EscapeSequence.isComplete(tail) && tail.count < 16 {
            let code = ccmm_read_byte()
            if code == ERR { break }
            guard let byte = UInt8(exactly: code) else {
                return functionKey(code)      // Alt+arrow: the arrow
            }
            if byte == 27 && tail.isEmpty && !assembler.isPending {
                ungetch(27)                   // Esc Esc: two presses, keep the second
                return .escape
            }
            if case .scalar(let scalar) = assembler.take(byte) { tail.append(Character(scalar)) }
        }
        return EscapeSequence.decode(tail)
    }

    private nonisolated static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// https://no-color.org: any non-empty NO_COLOR turns colour off.
    private nonisolated static func colorsWanted() -> Bool {
        (environment("NO_COLOR") ?? "").isEmpty
    }
}
