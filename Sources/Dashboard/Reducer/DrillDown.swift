/// Pages opened and closed: Enter on an item, `T`, `U` and `C`, and back (which first
/// clears a page's or a pane's filter, then the marks).
enum DrillDown {
  static func reduce(_ state: inout DashboardState, _ action: Action, _ data: DashboardData) {
    let lang = state.language
    switch action {
    case .open:
      guard let route = Selection.openable(in: state, data: data) else {
        return nothingToOpen(&state)
      }
      state.stack.append(DetailState(route: route))
    case .openTargets, .openUnits:
      guard let region = state.regionID, data.plan(region) != nil else {
        return nothingToOpen(&state)
      }
      state.stack.append(
        DetailState(route: action == .openTargets ? .regionTargets(region) : .units(region)))
    case .openComparison:
      // Figures, and clusters (lined up by industry, with or without a scale).
      guard let id = Selection.current(in: state, data: data),
        data.acceptsActuals(id) || data.catalog.cluster(id) != nil
      else { return nothingToOpen(&state) }
      state.stack.append(DetailState(route: .comparison(id)))
    case .back:
      if let top = state.stack.last, !top.filter.isEmpty {
        state.stack[state.stack.count - 1].filter = ""
        state.message = StatusMessage(UIText.filtersCleared(lang))
      } else if !state.stack.isEmpty {
        state.stack.removeLast()
      } else if !state[pane: state.focus].filter.isEmpty {
        state[pane: state.focus].filter = ""
        state.message = StatusMessage(UIText.filtersCleared(lang))
      } else if !state.marked.isEmpty {
        state.marked.removeAll()
      }
    default:
      break
    }
  }

  private static func nothingToOpen(_ state: inout DashboardState) {
    state.message = StatusMessage(UIText.nothingToOpen(state.language), kind: .warning)
  }
}
