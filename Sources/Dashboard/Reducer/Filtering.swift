/// The `/` filter everywhere: opening it over what is shown (the focused pane, the open
/// page's lists, the help), applying each keystroke to it, and closing it. While it is open
/// every key edits it (KeyTable gives only the editor's actions), so nothing typed reaches a
/// command, whatever the view.
enum Filtering {
  /// Opens the filter over the open page, else the focused pane, with its current text.
  static func start(_ state: inout DashboardState) {
    if let top = state.stack.last {
      state.mode = .filter(LineEditor(top.filter), scope: .page)
    } else {
      state.mode = .filter(LineEditor(state[pane: state.focus].filter), scope: .pane)
    }
  }

  /// Opens the filter over the help's lines.
  static func startInHelp(_ state: inout DashboardState) {
    state.mode = .filter(LineEditor(state.helpFilter), scope: .help)
  }

  /// One action while the filter is typed: Enter keeps it, Escape clears it, anything else
  /// edits it and the list follows at once.
  static func reduce(
    _ state: inout DashboardState, _ action: Action, editor: LineEditor, scope: FilterScope,
    _ data: DashboardData
  ) {
    let closed: InputMode = scope == .help ? .help(scroll: 0) : .normal
    switch action {
    case .editorSubmit:
      state.mode = closed
    case .editorCancel:
      apply("", scope, &state, data)
      state.mode = closed
    default:
      var editor = editor
      Editing.edit(&editor, action)
      state.mode = .filter(editor, scope: scope)
      apply(editor.text, scope, &state, data)
    }
  }

  /// Sets the filter's text where it applies; a changed filter starts its list from the top.
  static func apply(
    _ text: String, _ scope: FilterScope, _ state: inout DashboardState, _ data: DashboardData
  ) {
    switch scope {
    case .pane:
      guard state[pane: state.focus].filter != text else { return }
      state[pane: state.focus].filter = text
      Viewport.toTop(&state, state.focus, data)
      if state.focus == .regions, let first = PaneRows.ids(.regions, state, data).first {
        Viewport.selectRegion(&state, first, data)
      }
    case .page:
      // A page with no list keeps no filter: what is typed goes nowhere.
      guard var top = state.stack.last, top.filter != text, !pageHasNoLists(state, data)
      else { return }
      top.filter = text
      top.selection = 0
      top.scroll = 0
      state.stack[state.stack.count - 1] = top
    case .help:
      state.helpFilter = text
    }
  }

  /// True when the filter being typed has nothing to act on: the open page has no list.
  /// The status line then says so, and what is typed goes nowhere until Enter or Escape.
  static func hasNothingToFilter(_ state: DashboardState, _ data: DashboardData) -> Bool {
    guard case .filter(_, .page) = state.mode else { return false }
    return pageHasNoLists(state, data)
  }

  /// True when the open page has no list a filter could narrow.
  private static func pageHasNoLists(_ state: DashboardState, _ data: DashboardData) -> Bool {
    guard let top = state.stack.last else { return false }
    var whole = top
    whole.filter = ""
    return data.page(whole, in: state).entries.isEmpty
  }
}
