#ifndef PLANDASH_CNCURSESW_SHIM_H
#define PLANDASH_CNCURSESW_SHIM_H
// The wide-character API must be switched on before curses.h is read.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <curses.h>

extern int wcwidth(wchar_t c);

static inline WINDOW *plandash_stdscr(void) { return stdscr; }
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
  volatile sig_atomic_t crashing;             // the crash signal being handled, or 0
  volatile sig_atomic_t chain_crash_handler;  // pass crashes on to the previous handler
  volatile sig_atomic_t screen_has_rmcup;     // endwin leaves an alternate screen
  char clear_sequence[64];                    // the terminal's `clear`, for one without rmcup
  volatile sig_atomic_t stderr_held;          // standard error goes to held_fd meanwhile
  int held_fd;                                // an unlinked temporary file
  int saved_stderr_fd;                        // the real standard error
  int stderr_fd;                              // 2 (another descriptor only in tests)
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
#define plandash_crashing (plandash_signals()->crashing)
#define plandash_chain_crash_handler (plandash_signals()->chain_crash_handler)

/// While curses owns the screen, whatever the program writes to standard error (a Swift
/// "Fatal error: …" just before a crash, a library's warning) would land on the alternate
/// screen and vanish with it. It is held in an unlinked temporary file instead and written
/// to the real standard error when the terminal is given back (by plandash_release_stderr,
/// which is async-signal-safe, so the crash handler can call it too).
static inline void plandash_hold_stderr(int fd) {
  struct plandash_signal_state *state = plandash_signals();
  if (state->stderr_held) return;
  FILE *file = tmpfile();
  if (file == NULL) return;
  int held = fcntl(fileno(file), F_DUPFD_CLOEXEC, 3);
  fclose(file);
  if (held < 0) return;
  int saved = fcntl(fd, F_DUPFD_CLOEXEC, 3);
  if (saved < 0) {
    close(held);
    return;
  }
  if (fd == STDERR_FILENO) fflush(stderr);
  if (dup2(held, fd) < 0) {
    close(held);
    close(saved);
    return;
  }
  state->held_fd = held;
  state->saved_stderr_fd = saved;
  state->stderr_fd = fd;
  state->stderr_held = 1;
}

static inline void plandash_release_stderr(void) {
  struct plandash_signal_state *state = plandash_signals();
  if (!state->stderr_held) return;
  state->stderr_held = 0;
  int fd = state->stderr_fd;
  dup2(state->saved_stderr_fd, fd);
  close(state->saved_stderr_fd);
  char chunk[4096];
  off_t offset = 0;
  for (;;) {
    ssize_t count = pread(state->held_fd, chunk, sizeof chunk, offset);
    if (count < 0 && errno == EINTR) continue;
    if (count <= 0) break;
    offset += count;
    const char *rest = chunk;
    while (count > 0) {
      ssize_t written = write(fd, rest, (size_t)count);
      if (written < 0 && errno == EINTR) continue;
      if (written <= 0) break;
      rest += written;
      count -= written;
    }
  }
  close(state->held_fd);
}

static inline void plandash_on_quit_signal(int sig) {
  if (plandash_pending_interrupt != 0 && (sig == SIGINT || sig == SIGQUIT)) {
    // The user pressed Ctrl-C again while the first is still unanswered: the loop is stuck.
    // Restore the terminal and leave at once. (A hang-up or SIGTERM often comes twice —
    // from the kernel and from the terminal emulator — and must not skip the clean exit.)
    if (plandash_curses_active) endwin();
    plandash_release_stderr();
    _exit(128 + sig);
  }
  plandash_pending_interrupt = sig;
}

static inline void plandash_on_suspend_signal(int sig) {
  (void)sig;
  plandash_pending_suspend = 1;
}

static inline const char *plandash_signal_name(int sig) {
  switch (sig) {
  case SIGSEGV: return "SIGSEGV";
  case SIGBUS: return "SIGBUS";
  case SIGILL: return "SIGILL";
  case SIGFPE: return "SIGFPE";
  case SIGABRT: return "SIGABRT";
  case SIGTRAP: return "SIGTRAP";
  default: return "a signal";
  }
}

static inline void plandash_write_all(int fd, const char *text) {
  size_t left = strlen(text);
  while (left > 0) {
    ssize_t written = write(fd, text, left);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return;
    text += written;
    left -= (size_t)written;
  }
}

/// Dies by `sig` with its default action (core dump and all), whatever happens.
static inline void plandash_die_by(int sig) {
  struct sigaction deflt;
  memset(&deflt, 0, sizeof deflt);
  deflt.sa_handler = SIG_DFL;
  sigemptyset(&deflt.sa_mask);
  sigaction(sig, &deflt, NULL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  raise(sig);
  // A fault re-raised from its own handler is delivered on return; kill(2) as well, in
  // case raise went to a thread that blocks it. Should both fail, exit as the shell would.
  kill(getpid(), sig);
  _exit(128 + sig);
}

/// A crash signal while the dashboard owns the terminal: leave curses (endwin restores the
/// tty modes and leaves the alternate screen, so the shell's own screen comes back; a
/// terminal without one is cleared instead of keeping the stale frame), say so in one
/// line, then die by the same signal. The previous handler (Swift's backtracer) is called
/// first only when it was configured not to wait for the user (SignalTrap decides).
/// The watchdog of a crash: cleaning up took too long (a terminal that does not drain),
/// so die by the crash signal now.
static inline void plandash_on_crash_watchdog(int sig) {
  (void)sig;
  plandash_die_by(plandash_crashing ? plandash_crashing : SIGKILL);
}

static inline void plandash_on_crash_signal(int sig, siginfo_t *info, void *context) {
  int saved_errno = errno;
  if (plandash_crashing) plandash_die_by(sig);  // a second fault while cleaning up
  plandash_crashing = sig;
  // Whatever happens below, the process is gone within two seconds.
  struct sigaction watchdog;
  memset(&watchdog, 0, sizeof watchdog);
  watchdog.sa_handler = plandash_on_crash_watchdog;
  sigemptyset(&watchdog.sa_mask);
  watchdog.sa_flags = SA_ONSTACK;
  sigaction(SIGALRM, &watchdog, NULL);
  sigset_t alarm_set;
  sigemptyset(&alarm_set);
  sigaddset(&alarm_set, SIGALRM);
  sigprocmask(SIG_UNBLOCK, &alarm_set, NULL);
  alarm(2);
  // Output stopped with Ctrl-S would block endwin's writes. Turning IXON off lets it flow
  // again (Linux restarts a tty stopped by ^S then; TCOON undoes only TCOOFF); endwin puts
  // the shell's own modes, IXON included, back afterwards.
  struct termios modes;
  if (plandash_curses_active && tcgetattr(STDOUT_FILENO, &modes) == 0
      && (modes.c_iflag & IXON)) {
    modes.c_iflag &= ~(tcflag_t)IXON;
    tcsetattr(STDOUT_FILENO, TCSANOW, &modes);
  }
  int restored = 0;
  if (plandash_curses_active) {
    plandash_curses_active = 0;
    endwin();
    if (!plandash_signals()->screen_has_rmcup && plandash_signals()->clear_sequence[0])
      plandash_write_all(STDOUT_FILENO, plandash_signals()->clear_sequence);
    restored = 1;
  }
  plandash_release_stderr();  // e.g. Swift's "Fatal error: …" that led here
  plandash_write_all(STDERR_FILENO, "plandash: crashed (");
  plandash_write_all(STDERR_FILENO, plandash_signal_name(sig));
  plandash_write_all(STDERR_FILENO, restored ? "); the terminal was restored\n" : ")\n");
  struct sigaction previous = plandash_saved_actions[sig];
  if (plandash_chain_crash_handler) {
    alarm(20);  // symbolicating a backtrace may take a while
    if (previous.sa_flags & SA_SIGINFO) {
      if (previous.sa_sigaction) previous.sa_sigaction(sig, info, context);
    } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN
               && previous.sa_handler != NULL) {
      previous.sa_handler(sig);
    }
  }
  errno = saved_errno;
  plandash_die_by(sig);
}

static inline void plandash_install(int sig, void (*handler)(int), int flags) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = flags;
  sigaction(sig, &action, &plandash_saved_actions[sig]);
}

/// Crash handlers run on the alternate signal stack where there is one (Swift's runtime
/// sets one up, so a stack overflow is caught too) and may fault again (SA_NODEFER: the
/// second fault then dies at once, see plandash_on_crash_signal).
static inline void plandash_install_crash(int sig) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_sigaction = plandash_on_crash_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
  sigaction(sig, &action, &plandash_saved_actions[sig]);
}

/// `chain_crashes`: whether a crash is passed on to the handler that was there before.
static inline void plandash_install_signal_handlers(int chain_crashes) {
  plandash_pending_interrupt = 0;
  plandash_pending_suspend = 0;
  plandash_crashing = 0;
  plandash_chain_crash_handler = chain_crashes;
  // A parent may have left some of them blocked (test runners do): Ctrl-C must still work,
  // and an external `kill -SEGV` must not wait.
  sigset_t set;
  sigemptyset(&set);
  plandash_install(SIGINT, plandash_on_quit_signal, 0);
  plandash_install(SIGTERM, plandash_on_quit_signal, 0);
  plandash_install(SIGHUP, plandash_on_quit_signal, 0);
  plandash_install(SIGQUIT, plandash_on_quit_signal, 0);
  plandash_install(SIGTSTP, plandash_on_suspend_signal, 0);
  int crashes[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
  for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) {
    plandash_install_crash(crashes[i]);
    sigaddset(&set, crashes[i]);
  }
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

/// Called with 1 once the screen is set up (and after each resume): notes whether endwin
/// will leave an alternate screen, else keeps the `clear` sequence for the crash handler.
static inline void plandash_set_curses_active(int active) {
  if (active) {
    struct plandash_signal_state *state = plandash_signals();
    const char *rmcup = tigetstr("rmcup");
    state->screen_has_rmcup = rmcup != NULL && rmcup != (const char *)-1 && rmcup[0] != 0;
    // Copied without terminfo's padding delays (`$<50>`), which tputs would turn into
    // waits but write(2) would print.
    const char *clear = tigetstr("clear");
    size_t length = 0;
    if (clear != NULL && clear != (const char *)-1) {
      for (const char *c = clear; *c && length + 1 < sizeof state->clear_sequence; c++) {
        if (c[0] == '$' && c[1] == '<') {
          const char *end = strchr(c, '>');
          if (end) {
            c = end;
            continue;
          }
        }
        state->clear_sequence[length++] = *c;
      }
    }
    state->clear_sequence[length] = 0;
  }
  plandash_curses_active = active;
}

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
