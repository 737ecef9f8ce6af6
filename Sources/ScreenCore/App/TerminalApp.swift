/// What the terminal layer drives: it feeds events in and puts the drawn buffer on screen.
/// The dashboard (and `plandash terminal-check`) implement it; the terminal module knows
/// only this protocol and the screen core's values, never the dashboard.
@MainActor
public protocol TerminalApp: AnyObject {
  /// Handles one event; returns false when the app wants to quit.
  func handle(_ event: InputEvent) -> Bool
  /// Draws the whole screen into a buffer of the given size.
  func draw(into buffer: inout CellBuffer)
  /// The colours for each role, as the current theme sets them.
  var roleColors: [StyleRole: RoleColors] { get }
  /// Where the terminal's cursor should stand after the last `draw` (while the user types,
  /// so an input method shows its candidates there); nil to hide it.
  var cursor: CursorPosition? { get }
  /// True when Ctrl-C's SIGINT should reach the app as the key C-c (the dashboard quits
  /// with it as with `q`, keeping the view); false lets the signal end the run.
  var takesInterruptAsKey: Bool { get }
}

extension TerminalApp {
  public var cursor: CursorPosition? { nil }
  public var takesInterruptAsKey: Bool { false }
}
