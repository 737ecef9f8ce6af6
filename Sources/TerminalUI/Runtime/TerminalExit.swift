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
}
