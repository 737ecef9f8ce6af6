/// Keys on the `?` help: scroll its lines (from the page memo), filter them, close it, or
/// open the command line.
enum HelpScreen {
  static func reduce(
    _ state: inout DashboardState, _ action: Action, scroll: Int, _ data: DashboardData
  ) {
    let page = state.layout.pageRows
    let rows = data.helpPage(in: state).rows.count
    let last = max(0, rows - page)
    switch action {
    case .closeHelp:
      state.mode = .normal
      state.helpFilter = ""
    case .quit: state.quitRequested = true
    case .startFilter: Filtering.startInHelp(&state)
    case .startCommand:
      state.helpFilter = ""
      state.mode = .command(LineEditor())
      state.historyIndex = nil
    case .moveUp: state.mode = .help(scroll: max(0, scroll - 1))
    case .moveDown: state.mode = .help(scroll: min(last, scroll + 1))
    case .pageUp: state.mode = .help(scroll: max(0, scroll - page))
    case .pageDown: state.mode = .help(scroll: min(last, scroll + page))
    case .moveToTop: state.mode = .help(scroll: 0)
    case .moveToBottom: state.mode = .help(scroll: last)
    default: break
    }
  }
}
