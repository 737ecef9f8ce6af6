/// The Measures outline's headings opened and closed: Enter opens or closes the heading
/// under the cursor, Right opens it (an open one shows its page), Left closes it or goes
/// to the heading above, `z` closes every heading or opens them all again. On a measure,
/// and in a flat list (no outline, `A`, a sort), Enter and Right open the measure's page as
/// in every pane. The closed headings are `DashboardState.closedHeadings`; the cursor stays
/// on its row, or on the heading that folded it away.
enum OutlineFolding {
  static func reduce(_ state: inout DashboardState, _ action: Action, _ data: DashboardData) {
    let ids = PaneRows.ids(.measures, state, data)
    let selection = state[pane: .measures].selection
    guard state.stack.isEmpty, state.focus == .measures,
      let outline = MeasuresTable.outline(state, data), ids.indices.contains(selection)
    else { return flat(&state, action, data) }
    let id = ids[selection]
    let heading = outline.index(ofRow: id).flatMap { outline.hasContent($0) ? $0 : nil }
    let closed = state.closedHeadings[outline.region]?.contains(id) ?? false
    var cursor = id
    switch action {
    case .toggleHeading:
      guard heading != nil else { return DrillDown.reduce(&state, .open, data) }
      setClosed(&state, outline.region, [id], !closed)
    case .openHeading:
      guard heading != nil, closed else { return DrillDown.reduce(&state, .open, data) }
      setClosed(&state, outline.region, [id], false)
    case .closeHeading:
      if heading != nil, !closed {
        setClosed(&state, outline.region, [id], true)
      } else if let parent = outline.parentRow(of: id) {
        cursor = parent
      }
    case .toggleAllHeadings:
      toggleAll(&state, outline)
    default:
      return
    }
    follow(cursor, &state, outline, data)
  }

  /// Enter and Right where there is no outline: the selected row's page; `z` says why not.
  private static func flat(_ state: inout DashboardState, _ action: Action, _ data: DashboardData) {
    switch action {
    case .toggleHeading, .openHeading:
      DrillDown.reduce(&state, .open, data)
    case .toggleAllHeadings:
      state.message = StatusMessage(UIText.noOutline(state.language), kind: .warning)
    default:
      break
    }
  }

  private static func setClosed(
    _ state: inout DashboardState, _ region: String, _ ids: Set<String>, _ closed: Bool
  ) {
    var set = state.closedHeadings[region] ?? []
    if closed { set.formUnion(ids) } else { set.subtract(ids) }
    state.closedHeadings[region] = set.isEmpty ? nil : set
  }

  /// `z`: closes every heading with something under it, or opens them all when all are closed.
  private static func toggleAll(_ state: inout DashboardState, _ outline: MeasureOutline) {
    let all = Set(outline.outline.headings.indices.filter(outline.hasContent).map(outline.rowID))
    let closed = state.closedHeadings[outline.region] ?? []
    let openAll = !all.isEmpty && closed.isSuperset(of: all)
    setClosed(&state, outline.region, all, !openAll)
    state.message = StatusMessage(
      (openAll ? UIText.allHeadingsOpened : UIText.allHeadingsClosed)(state.language))
  }

  /// Puts the cursor back on the row it was on, or on the nearest heading above it still shown.
  private static func follow(
    _ id: String, _ state: inout DashboardState, _ outline: MeasureOutline, _ data: DashboardData
  ) {
    let ids = PaneRows.ids(.measures, state, data)
    var row: String? = id
    while let current = row {
      if let index = ids.firstIndex(of: current) {
        state[pane: .measures].selection = index
        return
      }
      row = outline.parentRow(of: current)
    }
  }
}
