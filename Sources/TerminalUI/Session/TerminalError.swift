/// Why the dashboard could not take over the terminal. Each reads as one line for the user;
/// the command line exits with status 2 for all of them.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Standard input or output is not a terminal (a pipe, a file, a CI job).
  case notATerminal(stream: String)
  /// `TERM` is unset or empty.
  case noTerm
  /// curses could not set up the terminal `TERM` names (unknown or unusable type).
  case unusableTerm(String)

  public var description: String {
    switch self {
    case .notATerminal(let stream):
      return
        "plandash: the dashboard needs a terminal, but \(stream) is not one (use `plandash render` for plain text)"
    case .noTerm:
      return "plandash: TERM is not set, so the terminal type is unknown (try TERM=xterm-256color)"
    case .unusableTerm(let term):
      return
        "plandash: cannot use terminal type '\(term)' (unknown to terminfo; try TERM=xterm-256color)"
    }
  }
}
