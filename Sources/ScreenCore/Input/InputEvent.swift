/// What the terminal delivers to the app it runs (the dashboard, `terminal-check`).
public enum InputEvent: Hashable, Sendable {
  case key(Key)
  /// The terminal is now this size (columns, rows).
  case resize(width: Int, height: Int)
  /// Time passed with no input: a chance to pick up changes made elsewhere.
  case tick
}
