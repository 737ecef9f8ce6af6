/// Moving about the panes: focus, the cursor (through `Viewport`), the sort column, and
/// `A` (this region's measures or every region's).
enum Navigation {
  static func reduce(_ state: inout DashboardState, _ action: Action, _ data: DashboardData) {
    switch action {
    case .focusNext:
      focus(&state, state.focus.next)
    case .focusPrevious:
      focus(&state, state.focus.previous)
    case .focusPane(let pane):
      focus(&state, pane)
    case .moveUp:
      Viewport.move(&state, data, by: -1)
    case .moveDown:
      Viewport.move(&state, data, by: 1)
    case .pageUp:
      Viewport.move(&state, data, by: -Viewport.pageSize(state))
    case .pageDown:
      Viewport.move(&state, data, by: Viewport.pageSize(state))
    case .moveToTop:
      Viewport.move(&state, data, by: Int.min / 2)
    case .moveToBottom:
      Viewport.move(&state, data, by: Int.max / 2)
    case .cycleSort:
      cycleSort(&state, data)
    case .toggleAllRegions:
      state.measuresAllRegions.toggle()
      Viewport.toTop(&state, .measures, data)
      state.message = StatusMessage(
        (state.measuresAllRegions ? UIText.allRegionsOn : UIText.allRegionsOff)(state.language))
    default:
      break
    }
  }

  /// Focuses a pane, leaving any open page.
  static func focus(_ state: inout DashboardState, _ pane: PaneID) {
    state.stack.removeAll()
    state.focus = pane
    if pane != .regions { state.sidePane = pane }
  }

  /// `o`: the focused pane's next sort column, then back to the plan's order.
  private static func cycleSort(_ state: inout DashboardState, _ data: DashboardData) {
    guard state.stack.isEmpty else { return }
    let lang = state.language
    let count = state.focus.table.columns(state).count
    var pane = state[pane: state.focus]
    switch pane.sortColumn {
    case nil: pane.sortColumn = 0
    case let c? where c + 1 < count: pane.sortColumn = c + 1
    default: pane.sortColumn = nil
    }
    state[pane: state.focus] = pane
    Viewport.toTop(&state, state.focus, data)
    let name = pane.sortColumn.map { state.focus.table.columns(state)[$0].header(lang) }
    state.message = StatusMessage(
      UIText.sortedBy(lang) + ": " + (name ?? Localized(zh: "规划原序", en: "plan order")(lang)))
  }
}
