/// Why the dashboard could not take over the terminal. Each reads as one line for the user;
/// the command line exits with status 2 for all of them.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Standard input or output is not a terminal (a pipe, a file, a CI job).
  case notATerminal(stream: String)
  /// `TERM` is unset or empty.
  case noTerm
  /// curses could not set up the terminal `TERM` names (unknown or unusable type).
  case unusableTerm(String)
  /// The terminal type cannot move the cursor (e.g. `dumb`): no full-screen drawing.
  case cannotMoveCursor(String)

  /// Short enough to stay one line on an 80-column terminal.
  public var description: String {
    switch self {
    case .notATerminal(let stream):
      return "plandash: \(stream) is not a terminal (use `plandash render` for text)"
    case .noTerm:
      return "plandash: TERM is not set (try TERM=xterm-256color)"
    case .unusableTerm(let term):
      return "plandash: unknown terminal type '\(term)' (try TERM=xterm-256color)"
    case .cannotMoveCursor(let term):
      return "plandash: terminal type '\(term)' cannot move the cursor (try TERM=xterm-256color)"
    }
  }
}
