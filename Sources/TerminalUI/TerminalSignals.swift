import CNcursesw

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Process-wide signal and exit hooks that keep the terminal usable.
///
/// This is the only file that calls the shim's signal functions: they are
/// `static` C, so each Swift file that used them would get its own copy of
/// the flag, and the handler would set a flag the main loop never reads.
enum TerminalSignals {
    /// SIGTERM, SIGHUP, SIGINT and SIGQUIT only set a flag (async-signal-safe); the
    /// main loop polls `pending` between short key-read timeouts, saves and
    /// leaves through its normal path. Installed before curses starts, so
    /// ncurses, which installs its own only over default handlers, keeps off.
    static func watchTermination() {
        // A blocked signal mask is inherited across exec (from a service
        // manager, a test runner, a badly written launcher); unblock ours or a
        // closed SSH session would leave the wizard running unsaved-looking.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signalNumber in [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH] {
            sigaddset(&unblock, signalNumber)
        }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        // SIGQUIT too: its default (a core dump, or the Swift runtime's
        // backtracer) would hold the lock for many seconds and leave the
        // terminal in the alternate screen with no cursor.
        for signalNumber in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            ccmm_watch_signal(signalNumber)
        }
    }

    static var pending: Int32? {
        let signalNumber = ccmm_pending_signal()
        return signalNumber == 0 ? nil : signalNumber
    }

    static func clearPending() {
        ccmm_clear_signal()
    }

    /// endwin at exit() and, best effort, on a crash, whatever path leads there.
    /// Idempotent: a second install would record our own handler as the
    /// one to chain to, and a crash would loop.
    static func restoreOnExitAndCrash() {
        _ = exitAndCrashHooks
    }

    private static let exitAndCrashHooks: Void = {
        ccmm_restore_at_exit()
        for signalNumber in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            ccmm_watch_crash(signalNumber)
        }
    }()

    /// Stops the process as Ctrl-Z would; returns once it is continued.
    static func stopProcess() {
        ccmm_stop_self()
    }
}
