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
    if let problem = Self.precheck(environment: environment) { throw problem }
    let term = environment["TERM"] ?? ""
    TerminalLocale.ensureUTF8()
    SignalTrap.install(crashes: CrashHandoff.choose(environment: environment))
    var opened: OpaquePointer? = nil
    if let direct = Self.directColorVariant(of: term, environment: environment) {
      opened = newterm(direct, plandash_stdout(), plandash_stdin())
    }
    guard let screen = opened ?? newterm(nil, plandash_stdout(), plandash_stdin()) else {
      SignalTrap.restore()
      throw .unusableTerm(term)
    }
    self.screen = screen
    set_term(screen)
    guard Self.canMoveCursor() else {
      endwin()
      delscreen(screen)
      SignalTrap.restore()
      throw .cannotMoveCursor(term)
    }
    SignalTrap.setCursesActive(true)
    if isatty(STDERR_FILENO) == 1 { SignalTrap.holdStandardError() }
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

  /// The direct-colour entry to use instead of `term` when the terminal says it shows 24-bit
  /// colour (`COLORTERM=truecolor` or `24bit`) but its terminfo entry cannot send it:
  /// `xterm-256color` → `xterm-direct`, `tmux-256color` → `tmux-direct`. Tried only if such an
  /// entry is installed (otherwise `newterm` declines it and `TERM` itself is used, with the
  /// nearest of 256 colours). `PLANDASH_TRUECOLOR=0` turns this off.
  nonisolated static func directColorVariant(of term: String, environment: [String: String])
    -> String?
  {
    guard let colorterm = environment["COLORTERM"]?.lowercased(),
      colorterm == "truecolor" || colorterm == "24bit",
      environment["PLANDASH_TRUECOLOR"] != "0",
      !term.hasSuffix("-direct"), !term.contains("direct")
    else { return nil }
    var base = term
    for suffix in ["-256color", "-88color", "-color"] where base.hasSuffix(suffix) {
      base.removeLast(suffix.count)
      break
    }
    guard !base.isEmpty, base != "dumb" else { return nil }
    return base + "-direct"
  }

  /// Whether the terminfo entry has cursor addressing (`cup`); `dumb` and the like do not.
  private static func canMoveCursor() -> Bool {
    guard let cup = tigetstr("cup") else { return false }
    return Int(bitPattern: cup) != -1
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

  /// The checks that need no curses: both standard streams terminals, `TERM` set.
  nonisolated static func precheck(environment: [String: String]) -> TerminalError? {
    guard isatty(STDIN_FILENO) == 1 else { return .notATerminal(stream: .input) }
    guard isatty(STDOUT_FILENO) == 1 else { return .notATerminal(stream: .output) }
    guard let term = environment["TERM"], !term.isEmpty else { return .noTerm }
    return nil
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
    SignalTrap.releaseStandardError()
    delscreen(screen)
    SignalTrap.restore()
  }
}
