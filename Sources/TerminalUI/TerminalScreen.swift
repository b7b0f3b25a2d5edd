/// What the wizard needs of a terminal. `Terminal` is the ncurses one (and
/// the only type that calls ncurses); tests drive the same app loop through
/// an in-memory one that plays a script of keys and keeps every frame.
@MainActor
public protocol TerminalScreen: AnyObject {
    /// Takes over the terminal; safe to call again after `stop()`.
    func start() throws
    /// Gives the terminal back; idempotent.
    func stop()
    /// The size in cells (zero before `start`).
    var size: Size { get }
    /// Shows `grid`, with the cursor at `cursor` when given.
    func present(_ grid: CellGrid, cursor: Position?)
    /// The next key, or nil when `milliseconds` pass without one.
    func readKey(timeout milliseconds: Int) -> Key?
    /// Ctrl-Z: stops until continued.
    func suspend()
    /// A termination signal (SIGTERM, SIGHUP, SIGINT, SIGQUIT) received since
    /// the last call, if any; taking it clears it.
    func takeSignal() -> Int32?
    /// The locale draws East-Asian-ambiguous characters (─ ● …) two columns
    /// wide, where the wizard's layout counts one: borders and marks must be ASCII.
    var drawsAmbiguousWide: Bool { get }
}
