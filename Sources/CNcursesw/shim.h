// The only C in ccmm: exposes the wide-character ncurses API to Swift.
//
// Why a shim at all:
// - SwiftPM drops the -D flags pkg-config reports, so the wide-character API
//   (mvadd_wch, cchar_t) must be switched on here, before the include.
// - In Swift 6 mode C globals such as stdscr, curscr, LINES and COLS are
//   errors ("not concurrency-safe"), and A_BOLD, COLOR_PAIR and friends are
//   function-like macros Swift cannot import; small static inline functions
//   give Swift something it can call.
// - Signal handlers must be async-signal-safe C that only stores a flag.
//
// Only TerminalUI's Terminal type calls into this header. Because every
// function here is `static`, each Swift source file that calls one gets its
// own copy (including of any function-local static); the signal functions are
// therefore called from one Swift file only (TerminalSignals.swift).
#ifndef CCMM_SHIM_H
#define CCMM_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h> // macOS: the system curses is wide-capable under this name
#endif

// MARK: - Display width

// glibc declares wcwidth only under _XOPEN_SOURCE, and <wchar.h> is compiled
// once, inside the Glibc module, without it; a matching declaration here
// makes it visible to Swift.
int wcwidth(wchar_t c);
static inline int ccmm_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

// MARK: - Globals and macros Swift cannot touch

static inline WINDOW *ccmm_stdscr(void) { return stdscr; }
static inline int ccmm_lines(void) { return LINES; }
static inline int ccmm_cols(void) { return COLS; }

static inline attr_t ccmm_attr_normal(void) { return A_NORMAL; }
static inline attr_t ccmm_attr_bold(void) { return A_BOLD; }
static inline attr_t ccmm_attr_reverse(void) { return A_REVERSE; }
static inline attr_t ccmm_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t ccmm_attr_dim(void) { return A_DIM; }

// newterm instead of initscr: initscr exits the process on failure, newterm
// returns NULL so the caller can report a clear error.
static inline int ccmm_open_screen(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return 0;
    set_term(screen);
    return 1;
}

// True while curses owns the terminal (started and not ended).
static inline int ccmm_is_active(void) { return stdscr != NULL && !isendwin(); }

static inline void ccmm_restore_terminal(void) {
    if (ccmm_is_active()) endwin();
}

// Whether the terminal swaps to an alternate screen (smcup/rmcup): without
// one, what was drawn stays on view after endwin.
static inline bool ccmm_has_alternate_screen(void) {
    char *exit_ca = tigetstr("rmcup");
    return exit_ca != NULL && exit_ca != (char *)-1 && exit_ca[0] != '\0';
}

static inline void ccmm_set_timeout(int milliseconds) { wtimeout(stdscr, milliseconds); }

// The next input byte, a KEY_ code (keypad mode) or ERR when the timeout
// passes. Bytes, not get_wch's characters: get_wch loses a character whose
// bytes arrive in two reads, and with it the text after (UTF8Assembler.swift).
static inline int ccmm_read_byte(void) { return wgetch(stdscr); }

// The next refresh repaints every cell: after a resize or a suspension the
// physical screen no longer matches what curses believes it shows.
static inline void ccmm_force_repaint(void) { clearok(curscr, TRUE); }

// Writes one cell: a spacing character plus up to CCHARW_MAX-1 combining
// characters, zero-terminated. Returns CCMM_REJECTED when setcchar refuses
// the string; otherwise mvadd_wch's result (ERR for the bottom-right cell,
// which is written all the same: only the cursor cannot advance past it).
#define CCMM_REJECTED (-2)
static inline int ccmm_put_cell(int row, int col, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) == ERR) return CCMM_REJECTED;
    return mvadd_wch(row, col, &cell);
}

static inline int ccmm_max_combining(void) { return CCHARW_MAX; }

// MARK: - Signals (see TerminalSignals.swift)

static inline volatile sig_atomic_t *ccmm_signal_slot(void) {
    static volatile sig_atomic_t slot = 0;
    return &slot;
}

// Async-signal-safe: only stores the signal number for the main loop to poll.
static inline void ccmm_on_signal(int signal_number) { *ccmm_signal_slot() = signal_number; }

static inline void ccmm_watch_signal(int signal_number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = ccmm_on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a blocking read returns early
    sigaction(signal_number, &action, NULL);
}

static inline int ccmm_pending_signal(void) { return *ccmm_signal_slot(); }
static inline void ccmm_clear_signal(void) { *ccmm_signal_slot() = 0; }

static inline struct sigaction *ccmm_previous_crash_actions(void) {
    static struct sigaction saved[65];
    return saved;
}

// Best effort on a crash: endwin is not async-signal-safe, but a process that
// is dying anyway is better off leaving the terminal usable. The previous
// action (the Swift backtracer or the default) is put back and the handler
// returns, so the faulting instruction traps again into it; abort() re-raises.
static inline void ccmm_on_crash(int signal_number) {
    ccmm_restore_terminal();
    if (signal_number > 0 && signal_number < 65)
        sigaction(signal_number, &ccmm_previous_crash_actions()[signal_number], NULL);
}

static inline void ccmm_watch_crash(int signal_number) {
    if (signal_number <= 0 || signal_number >= 65) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = ccmm_on_crash;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    sigaction(signal_number, &action, &ccmm_previous_crash_actions()[signal_number]);
}

static inline void ccmm_restore_at_exit(void) {
    static int registered = 0;
    if (!registered) { registered = 1; atexit(ccmm_restore_terminal); }
}

// Stops the process the way Ctrl-Z would (the default SIGTSTP action), then
// puts back whatever handler was installed. Returns after SIGCONT.
static inline void ccmm_stop_self(void) {
    struct sigaction dfl, old;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGTSTP, &dfl, &old);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &old, NULL);
}

#endif
