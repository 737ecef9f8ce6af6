@preconcurrency import CNCursesW

/// The process's signal handling while curses owns the terminal. The C handlers (in the
/// CNCursesW shim) only raise flags that the main loop reads — except crash signals, whose
/// handler restores the terminal, says so on standard error and ends the process by the
/// same signal (see `CrashHandoff` for when Swift's backtracer gets to print first).
///
/// The flags are `static` in the shim header, so every call into them must come from this
/// one file (each Swift file would otherwise see its own copy).
@MainActor
enum SignalTrap {
  /// Installs the handlers. Must come before `newterm`, so that ncurses sees handlers in
  /// place and leaves SIGINT and SIGTSTP to us (it still installs its SIGWINCH handler).
  static func install(crashes: CrashHandoff) {
    plandash_install_signal_handlers(crashes == .backtraceThenDie ? 1 : 0)
  }

  /// Gives back Ctrl-Z and the crash signals; the quit signals stay flagged (see the shim).
  static func restore() { plandash_restore_signal_handlers() }

  /// Tells the crash handler whether there is a curses screen to restore.
  static func setCursesActive(_ active: Bool) { plandash_set_curses_active(active ? 1 : 0) }

  /// SIGINT, SIGTERM, SIGHUP or SIGQUIT received and not yet answered, else nil. Left set:
  /// a second such signal then exits at once (after restoring the terminal).
  static func pendingQuitSignal() -> Int32? {
    let signal = plandash_take_interrupt()
    return signal == 0 ? nil : signal
  }

  /// Whether Ctrl-Z (SIGTSTP) arrived; clears the request.
  static func takeSuspendRequest() -> Bool { plandash_take_suspend() != 0 }

  /// Stops the process group as Ctrl-Z would; returns once continued (`fg`).
  static func stopUntilContinued() { plandash_stop_self() }

  static func clearQuitSignal() { plandash_clear_interrupt() }

  /// Keeps what is written to standard error (file descriptor 2; tests pass another) until
  /// `releaseStandardError`, instead of letting it land on the curses screen and vanish with it.
  static func holdStandardError(descriptor: Int32 = 2) { plandash_hold_stderr(descriptor) }

  /// Points standard error back at where it was and writes out what was held meanwhile.
  /// A crash signal does this itself.
  static func releaseStandardError() { plandash_release_stderr() }
}
