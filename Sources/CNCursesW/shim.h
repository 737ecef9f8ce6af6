#ifndef PLANDASH_CNCURSESW_SHIM_H
#define PLANDASH_CNCURSESW_SHIM_H
// The wide-character API must be switched on before curses.h is read.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <errno.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>
#include <curses.h>

extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);

static inline WINDOW *plandash_stdscr(void) { return stdscr; }
static inline WINDOW *plandash_curscr(void) { return curscr; }
static inline int plandash_lines(void) { return LINES; }
static inline int plandash_cols(void) { return COLS; }
static inline int plandash_colors(void) { return COLORS; }
static inline int plandash_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t plandash_a_bold(void) { return A_BOLD; }
static inline attr_t plandash_a_reverse(void) { return A_REVERSE; }
static inline attr_t plandash_a_underline(void) { return A_UNDERLINE; }
static inline attr_t plandash_a_dim(void) { return A_DIM; }
static inline attr_t plandash_a_normal(void) { return A_NORMAL; }
static inline int plandash_key_f(int n) { return KEY_F(n); }
static inline FILE *plandash_stdin(void) { return stdin; }
static inline FILE *plandash_stdout(void) { return stdout; }
static inline FILE *plandash_stderr(void) { return stderr; }
static inline int plandash_errno(void) { return errno; }

/// The terminal's size as the kernel knows it now; 0 when the descriptor is no terminal.
static inline int plandash_window_size(int fd, int *rows, int *cols) {
  struct winsize ws;
  memset(&ws, 0, sizeof ws);
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return 0;
  *rows = ws.ws_row;
  *cols = ws.ws_col;
  return 1;
}

// ---------------------------------------------------------------------------------------
// Signals. The handlers only set flags (the main loop does the curses work), except for
// crash signals, where restoring the terminal before dying is worth the risk of calling
// endwin from a handler. NOTE: the state below is `static`, so each Swift file that calls
// these functions would get its own copy: call them from ONE Swift file only
// (TerminalUI/Signals/SignalTrap.swift).

struct plandash_signal_state {
  volatile sig_atomic_t pending_interrupt;  // signal number, or 0
  volatile sig_atomic_t pending_suspend;
  volatile sig_atomic_t curses_active;
  struct sigaction saved[65];
};

static inline struct plandash_signal_state *plandash_signals(void) {
  static struct plandash_signal_state state = {0};
  return &state;
}

#define plandash_pending_interrupt (plandash_signals()->pending_interrupt)
#define plandash_pending_suspend (plandash_signals()->pending_suspend)
#define plandash_curses_active (plandash_signals()->curses_active)
#define plandash_saved_actions (plandash_signals()->saved)

static inline void plandash_on_quit_signal(int sig) {
  if (plandash_pending_interrupt != 0 && (sig == SIGINT || sig == SIGQUIT)) {
    // The user pressed Ctrl-C again while the first is still unanswered: the loop is stuck.
    // Restore the terminal and leave at once. (A hang-up or SIGTERM often comes twice —
    // from the kernel and from the terminal emulator — and must not skip the clean exit.)
    if (plandash_curses_active) endwin();
    _exit(128 + sig);
  }
  plandash_pending_interrupt = sig;
}

static inline void plandash_on_suspend_signal(int sig) {
  (void)sig;
  plandash_pending_suspend = 1;
}

static inline void plandash_on_crash_signal(int sig) {
  if (plandash_curses_active) {
    plandash_curses_active = 0;
    endwin();
  }
  // Hand the signal to whoever had it before (e.g. Swift's backtracer) or the default.
  sigaction(sig, &plandash_saved_actions[sig], NULL);
  raise(sig);
}

static inline void plandash_install(int sig, void (*handler)(int), int flags) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = flags;
  sigaction(sig, &action, &plandash_saved_actions[sig]);
}

static inline void plandash_install_signal_handlers(void) {
  plandash_pending_interrupt = 0;
  plandash_pending_suspend = 0;
  plandash_install(SIGINT, plandash_on_quit_signal, 0);
  plandash_install(SIGTERM, plandash_on_quit_signal, 0);
  plandash_install(SIGHUP, plandash_on_quit_signal, 0);
  plandash_install(SIGQUIT, plandash_on_quit_signal, 0);
  plandash_install(SIGTSTP, plandash_on_suspend_signal, 0);
  plandash_install(SIGSEGV, plandash_on_crash_signal, SA_NODEFER);
  plandash_install(SIGBUS, plandash_on_crash_signal, SA_NODEFER);
  plandash_install(SIGILL, plandash_on_crash_signal, SA_NODEFER);
  plandash_install(SIGFPE, plandash_on_crash_signal, SA_NODEFER);
  plandash_install(SIGABRT, plandash_on_crash_signal, SA_NODEFER);
  plandash_install(SIGTRAP, plandash_on_crash_signal, SA_NODEFER);
  // A parent may have left some of them blocked (test runners do): Ctrl-C must still work.
  sigset_t set;
  sigemptyset(&set);
  int handled[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH};
  for (unsigned i = 0; i < sizeof handled / sizeof handled[0]; i++) sigaddset(&set, handled[i]);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
}

/// Gives back Ctrl-Z and the crash signals. The quit signals (SIGINT, SIGTERM, SIGHUP,
/// SIGQUIT) keep their flag-only handlers until the process ends: a hang-up often arrives
/// twice (from the terminal emulator, then from the kernel when the shell dies), and the
/// late one must not kill the program while it saves its settings. The program ends by
/// re-raising the signal with its default action (TerminalExit.endProcess).
static inline void plandash_restore_signal_handlers(void) {
  int signals[] = {SIGTSTP, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
  for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++)
    sigaction(signals[i], &plandash_saved_actions[signals[i]], NULL);
}

static inline void plandash_set_curses_active(int active) { plandash_curses_active = active; }

/// The quit signal received since the last call (SIGINT, SIGTERM, SIGHUP), or 0.
static inline int plandash_take_interrupt(void) {
  int sig = plandash_pending_interrupt;
  return sig;
}

/// Whether Ctrl-Z (SIGTSTP) arrived since the last call; clears the flag.
static inline int plandash_take_suspend(void) {
  int pending = plandash_pending_suspend;
  plandash_pending_suspend = 0;
  return pending;
}

/// Stops the process the way Ctrl-Z would, returning when it is continued (`fg`).
static inline void plandash_stop_self(void) {
  struct sigaction mine;
  struct sigaction deflt;
  memset(&deflt, 0, sizeof deflt);
  deflt.sa_handler = SIG_DFL;
  sigemptyset(&deflt.sa_mask);
  sigaction(SIGTSTP, &deflt, &mine);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTSTP);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  kill(0, SIGTSTP);
  sigaction(SIGTSTP, &mine, NULL);
}

/// Whether the quit handler should be left as it is (a second signal exits at once).
static inline void plandash_clear_interrupt(void) { plandash_pending_interrupt = 0; }
#endif
