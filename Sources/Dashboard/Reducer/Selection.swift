import PlanModel

/// What the cursor is on: the selected row of the focused pane, or of the open detail page.
enum Selection {
  /// The id of the item under the cursor. On a detail page, a line naming a measure or a
  /// figure wins; otherwise the page's own item (so Space on a measure's page marks it, and
  /// `a` anywhere on a cluster's page records the cluster's scale). A line linking to a
  /// cluster is a link, not a figure: it falls back to the page's item too.
  static func current(in state: DashboardState, data: DashboardData) -> String? {
    if let top = state.stack.last {
      if let id = selectedRow(in: state, data: data)?.itemID,
        data.catalog.measure(id) != nil
          || (data.acceptsActuals(id)
            && (data.catalog.cluster(id) == nil || id == top.route.itemID))
      {
        return id
      }
      return top.route.itemID
    }
    let ids = PaneRows.ids(state.focus, state, data)
    let index = state[pane: state.focus].selection
    return ids.indices.contains(index) ? ids[index] : nil
  }

  /// The recorded actual whose row is selected on a figure's page, if any.
  static func actual(in state: DashboardState, data: DashboardData) -> Actual? {
    guard let row = selectedRow(in: state, data: data), let id = row.itemID,
      let year = row.actualYear
    else { return nil }
    return data.snapshot.actuals[id]?.first { $0.year == year }
  }

  /// The selected row of the open detail page (as it is drawn, from the page memo), if any.
  private static func selectedRow(in state: DashboardState, data: DashboardData)
    -> DetailPage.Row?
  {
    guard let top = state.stack.last else { return nil }
    let page = data.page(top, in: state)
    let selectable = page.selectable
    guard selectable.indices.contains(top.selection) else { return nil }
    return page.rows[selectable[top.selection]]
  }

  /// The route Enter opens from here, if any.
  static func openable(in state: DashboardState, data: DashboardData) -> DetailRoute? {
    if !state.stack.isEmpty { return selectedRow(in: state, data: data)?.route }
    let ids = PaneRows.ids(state.focus, state, data)
    let index = state[pane: state.focus].selection
    guard ids.indices.contains(index) else { return nil }
    let id = ids[index]
    switch state.focus {
    case .regions: return .region(id)
    case .clusters: return .cluster(id)
    case .ladders: return .tier(id)
    case .landEnergy: return .indicator(id)
    case .measures: return HeadingRow.isHeading(id) ? .heading(id) : .measure(id)
    }
  }
}
