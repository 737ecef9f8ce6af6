import Dashboard

/// Why the dashboard could not take over the terminal. Each reads as one line for the user;
/// the command line exits with status 2 for all of them.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Standard input or output is not a terminal (a pipe, a file, a CI job).
  case notATerminal(stream: Stream)
  /// `TERM` is unset or empty.
  case noTerm
  /// curses could not set up the terminal `TERM` names (unknown or unusable type).
  case unusableTerm(String)
  /// The terminal type cannot move the cursor (e.g. `dumb`): no full-screen drawing.
  case cannotMoveCursor(String)

  /// The reason in both languages, without the program's name; short enough to stay one
  /// line on an 80-column terminal.
  public var message: Localized {
    switch self {
    case .notATerminal(let stream):
      return Localized(
        zh: "\(stream.name.zh)不是终端（文本输出请用 `plandash render`）",
        en: "\(stream.name.en) is not a terminal (use `plandash render` for text)")
    case .noTerm:
      return Localized(
        zh: "未设置 TERM（可试 TERM=xterm-256color）", en: "TERM is not set (try TERM=xterm-256color)")
    case .unusableTerm(let term):
      return Localized(
        zh: "未知终端类型“\(term)”（可试 TERM=xterm-256color）",
        en: "unknown terminal type '\(term)' (try TERM=xterm-256color)")
    case .cannotMoveCursor(let term):
      return Localized(
        zh: "终端类型“\(term)”不能移动光标（可试 TERM=xterm-256color）",
        en: "terminal type '\(term)' cannot move the cursor (try TERM=xterm-256color)")
    }
  }

  /// The English line, as the program prints it.
  public var description: String { "plandash: " + message.en }

  /// The standard stream that is not a terminal.
  public enum Stream: Equatable, Sendable {
    case input
    case output

    var name: Localized {
      switch self {
      case .input: Localized(zh: "标准输入", en: "standard input")
      case .output: Localized(zh: "标准输出", en: "standard output")
      }
    }
  }
}
