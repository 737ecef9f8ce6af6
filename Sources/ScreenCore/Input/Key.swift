/// A key press as an app sees it, whatever terminal produced it. Key names follow
/// tmux's `send-keys` so that `plandash render --keys` and end-to-end tests speak alike.
public enum Key: Hashable, Sendable {
  /// Printable text: one character, or a whole string committed by an input method.
  case text(String)
  case enter
  case escape
  case tab
  case backTab
  case backspace
  case delete
  case up
  case down
  case left
  case right
  case pageUp
  case pageDown
  case home
  case end
  case space
  /// A control chord, e.g. `.ctrl("r")` for C-r.
  case ctrl(Character)
  case function(Int)
}
