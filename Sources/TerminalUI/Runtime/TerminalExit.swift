import Glibc

/// How a dashboard session ended.
public enum TerminalExit: Equatable, Sendable {
  /// The app asked to quit (e.g. `q`).
  case quit
  /// A signal asked the program to stop (SIGINT from Ctrl-C, SIGTERM, SIGHUP, SIGQUIT).
  case signal(Int32)
  /// Standard input closed: no more keys can come.
  case inputClosed

  /// The conventional exit status: 0, 128 + the signal's number, or 1.
  public var status: Int32 {
    switch self {
    case .quit: return 0
    case .signal(let number): return 128 + number
    case .inputClosed: return 1
    }
  }

  /// Ends the process as this exit asks. After a quit signal (the terminal already given
  /// back) the signal is raised again with its default action, so that a calling shell
  /// sees the program was interrupted and stops its script too; SIGQUIT exits with 131
  /// instead of dumping core.
  public func endProcess() -> Never {
    if case .signal(let number) = self, number != SIGQUIT {
      Glibc.signal(number, SIG_DFL)
      var set = sigset_t()
      sigemptyset(&set)
      sigaddset(&set, number)
      sigprocmask(SIG_UNBLOCK, &set, nil)
      raise(number)
    }
    exit(status)
  }
}
