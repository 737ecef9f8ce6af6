/// What the keyboard is doing: browsing, or typing into one of the editors, or reading help.
public enum InputMode: Hashable, Sendable {
  case normal
  /// `/`: the focused pane's filter, applied as the user types.
  case filter(LineEditor)
  /// `:`: a command line.
  case command(LineEditor)
  /// `n`: the note of one measure (or of all selected ones).
  case note(ids: [String], editor: LineEditor)
  /// `a`: an actual figure for a target, indicator or tier.
  case actual(ActualForm)
  /// `?`: the key help, scrolled to a line.
  case help(scroll: Int)
}
