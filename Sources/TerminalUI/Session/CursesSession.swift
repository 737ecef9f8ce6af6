@preconcurrency import CNCursesW
import Glibc

/// One curses screen on the process's terminal: set up with `newterm` (which, unlike
/// `initscr`, reports an unusable `TERM` instead of exiting), torn down with `endwin`.
@MainActor
final class CursesSession {
  let screen: OpaquePointer
  let window: WindowPointer
  let colorMode: ColorMode
  private var ended = false

  /// Takes over the terminal. Fails, before touching it, when standard input or output is
  /// not a terminal or `TERM` is unusable.
  init(environment: [String: String], escapeDelayMilliseconds: Int32 = 25) throws(TerminalError) {
    guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(stream: "standard input") }
    guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(stream: "standard output") }
    guard let term = environment["TERM"], !term.isEmpty else { throw .noTerm }
    TerminalLocale.ensureUTF8()
    SignalTrap.install()
    guard let screen = newterm(nil, plandash_stdout(), plandash_stdin()) else {
      SignalTrap.restore()
      throw .unusableTerm(term)
    }
    self.screen = screen
    set_term(screen)
    SignalTrap.setCursesActive(true)
    window = plandash_stdscr()
    cbreak()
    noecho()
    nonl()
    intrflush(window, false)
    keypad(window, true)
    leaveok(window, true)
    set_escdelay(escapeDelayMilliseconds)
    curs_set(0)
    Self.defineExtraKeys()
    var mode = ColorMode.none
    if has_colors() {
      start_color()
      use_default_colors()
      mode = ColorMode.choose(
        noColor: environment["NO_COLOR"], hasColors: true, colors: Int(plandash_colors()),
        rgbFlag: tigetflag("RGB") > 0)
    }
    colorMode = mode
  }

  /// Home and End have several encodings (xterm's `ESC O H`, VT220's `ESC [ 1 ~` that tmux
  /// and screen send, rxvt's `ESC [ 7 ~`); a terminfo entry names one. Accept them all.
  private static func defineExtraKeys() {
    for sequence in ["\u{1B}[1~", "\u{1B}[7~", "\u{1B}[H", "\u{1B}OH"] {
      define_key(sequence, KEY_HOME)
    }
    for sequence in ["\u{1B}[4~", "\u{1B}[8~", "\u{1B}[F", "\u{1B}OF"] {
      define_key(sequence, KEY_END)
    }
  }

  /// The size the kernel reports now (columns, rows); curses is told if it differs from
  /// what it believes, so that many collapsed resize events still end in the right size.
  func currentSize() -> (width: Int, height: Int) {
    var rows: Int32 = 0
    var cols: Int32 = 0
    if plandash_window_size(STDOUT_FILENO, &rows, &cols) == 1 {
      if rows != plandash_lines() || cols != plandash_cols() {
        resize_term(rows, cols)
      }
    }
    return (Int(plandash_cols()), Int(plandash_lines()))
  }

  /// Gives the terminal back, stops the process as Ctrl-Z would, and takes the terminal
  /// again when continued. The caller repaints everything afterwards.
  func suspend() {
    endwin()
    SignalTrap.setCursesActive(false)
    SignalTrap.stopUntilContinued()
    SignalTrap.setCursesActive(true)
    reset_prog_mode()
    clearok(window, true)
  }

  /// Restores the terminal. Safe to call twice.
  func end() {
    guard !ended else { return }
    ended = true
    endwin()
    SignalTrap.setCursesActive(false)
    delscreen(screen)
    SignalTrap.restore()
  }
}
