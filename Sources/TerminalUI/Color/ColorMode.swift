/// How many colours the terminal can show, best first.
public enum ColorMode: String, Hashable, Sendable {
  /// 24-bit colour: the terminfo entry is direct-colour (`RGB` flag, 2^24 colours).
  case direct
  /// The xterm 256-colour palette.
  case palette256
  /// The eight ANSI colours.
  case basic8
  /// No colour: `NO_COLOR` is set or the terminal has none. Attributes only.
  case none

  /// Picks the mode from what the terminal reports and the environment.
  /// - Parameters:
  ///   - noColor: the value of `NO_COLOR`; honoured when present and not empty (no-color.org).
  ///   - hasColors: curses' `has_colors()`.
  ///   - colors: curses' `COLORS` after `start_color()`.
  ///   - rgbFlag: whether the terminfo entry carries the `RGB` (direct colour) flag.
  public static func choose(noColor: String?, hasColors: Bool, colors: Int, rgbFlag: Bool)
    -> ColorMode
  {
    if let noColor, !noColor.isEmpty { return .none }
    guard hasColors else { return .none }
    if rgbFlag || colors >= 1 << 24 { return .direct }
    if colors >= 256 { return .palette256 }
    if colors >= 8 { return .basic8 }
    return .none
  }
}
