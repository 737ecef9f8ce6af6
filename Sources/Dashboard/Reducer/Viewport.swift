/// Cursor and scroll arithmetic for the panes and detail pages: moving, paging, and keeping
/// the cursor on screen and in range after any change.
enum Viewport {
  static func pageSize(_ state: DashboardState) -> Int {
    let layout = state.layout
    return state.stack.isEmpty ? layout.visibleRows(state.focus) : layout.pageRows
  }

  static func move(_ state: inout DashboardState, _ data: DashboardData, by delta: Int) {
    if var top = state.stack.last {
      let page = data.page(top, in: state)
      let selectable = page.selectable
      let rows = state.layout.pageRows
      let lastScroll = max(0, page.rows.count - rows)
      let moved = clamp(top.selection.addingClamped(delta), 0, max(0, selectable.count - 1))
      if selectable.isEmpty || moved == top.selection {
        // Nothing (more) to select that way: scroll the text instead, e.g. to read a long
        // measure text below its last link.
        top.scroll = clamp(top.scroll.addingClamped(delta), 0, lastScroll)
      } else {
        top.selection = moved
        let line = selectable[moved]
        if line < top.scroll { top.scroll = max(0, line - 1) }
        if line >= top.scroll + rows { top.scroll = line - rows + 1 }
        if delta <= Int.min / 4 { top.scroll = 0 }
        if delta >= Int.max / 4 { top.scroll = max(top.scroll, min(lastScroll, line)) }
      }
      state.stack[state.stack.count - 1] = top
      return
    }
    let ids = PaneRows.ids(state.focus, state, data)
    var pane = state[pane: state.focus]
    pane.selection = clamp(pane.selection.addingClamped(delta), 0, max(0, ids.count - 1))
    state[pane: state.focus] = pane
    if state.focus == .regions, ids.indices.contains(pane.selection) {
      selectRegion(&state, ids[pane.selection], data)
    }
  }

  /// Makes `id` the current region; the other panes start again from their top.
  static func selectRegion(_ state: inout DashboardState, _ id: String, _ data: DashboardData) {
    guard state.regionID != id else { return }
    state.regionID = id
    state.marked.removeAll()
    for pane in PaneID.allCases where pane != .regions {
      if pane == .measures && state.measuresAllRegions { continue }
      toTop(&state, pane, data)
    }
  }

  /// Starts a list again from its top, the cursor on its first item: in the Measures
  /// outline the first measure, below the headings above it (the top row where none is).
  static func toTop(_ state: inout DashboardState, _ pane: PaneID, _ data: DashboardData) {
    state[pane: pane].scroll = 0
    state[pane: pane].selection = 0
    guard pane == .measures, MeasuresTable.outline(state, data) != nil else { return }
    let ids = PaneRows.ids(pane, state, data)
    state[pane: pane].selection = ids.firstIndex { !HeadingRow.isHeading($0) } ?? 0
  }

  /// Keeps every selection in range and on screen.
  static func normalise(_ state: inout DashboardState, _ data: DashboardData) {
    let layout = state.layout
    let shown = Set(layout.panes.keys).union([state.focus])
    for pane in PaneID.allCases where shown.contains(pane) {
      var ps = state[pane: pane]
      let count = PaneRows.ids(pane, state, data).count
      let rows = layout.visibleRows(pane)
      ps.selection = clamp(ps.selection, 0, max(0, count - 1))
      if ps.selection < ps.scroll { ps.scroll = ps.selection }
      if ps.selection >= ps.scroll + rows { ps.scroll = ps.selection - rows + 1 }
      ps.scroll = clamp(ps.scroll, 0, max(0, count - rows))
      if ps != state[pane: pane] { state[pane: pane] = ps }
    }
    if var top = state.stack.last {
      let page = data.page(top, in: state)
      let selectable = page.selectable
      let rows = layout.pageRows
      if !selectable.isEmpty { top.selection = clamp(top.selection, 0, selectable.count - 1) }
      top.scroll = clamp(top.scroll, 0, max(0, page.rows.count - rows))
      state.stack[state.stack.count - 1] = top
    }
  }

  static func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    min(max(value, low), max(low, high))
  }
}

extension Int {
  fileprivate func addingClamped(_ other: Int) -> Int {
    let (sum, overflow) = addingReportingOverflow(other)
    return overflow ? (other > 0 ? Int.max : Int.min) : sum
  }
}
