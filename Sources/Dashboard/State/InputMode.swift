/// What the keyboard is doing: browsing, or typing into one of the editors, or reading help.
public enum InputMode: Hashable, Sendable {
  case normal
  /// `/`: a filter applied as the user types — to the focused pane, the open page's lists or
  /// the help's lines (`scope`).
  case filter(LineEditor, scope: FilterScope = .pane)
  /// `:`: a command line.
  case command(LineEditor)
  /// `n`: the note of one measure (or of all selected ones).
  case note(ids: [String], editor: LineEditor)
  /// `a`: an actual figure for a target, indicator or tier.
  case actual(ActualForm)
  /// `?`: the key help, scrolled to a line.
  case help(scroll: Int)

  /// True while a text field is open (filter, command line, note, actual form): every key
  /// then edits the field or closes it, and none reaches a command.
  public var isTyping: Bool {
    switch self {
    case .filter, .command, .note, .actual: true
    case .normal, .help: false
    }
  }
}

/// What a `/` filter narrows.
public enum FilterScope: Hashable, Sendable {
  /// The focused pane's rows.
  case pane
  /// The lists of the open detail page (its items, actuals, history lines).
  case page
  /// The lines of the `?` help.
  case help
}
