/// The rows a pane shows: its items for the current region, filtered by `/` (and, for
/// measures, `:status` and `:unit`), sorted by the `o` column.
enum PaneRows {
  static func ids(_ pane: PaneID, _ state: DashboardState, _ data: DashboardData) -> [String] {
    let table = pane.table
    var ids = table.allIDs(state, data)
    let query = state[pane: pane].filter
    if !query.isEmpty {
      ids = ids.filter { FilterMatch.matches(query, table.searchFields($0, data)) }
    }
    if let column = state[pane: pane].sortColumn {
      let keyed = ids.map { ($0, table.sortKey($0, column: column, state, data)) }
      // Stable: equal keys keep the plan's order.
      let order = keyed.indices.sorted { a, b in
        keyed[a].1 != keyed[b].1 ? keyed[a].1 < keyed[b].1 : a < b
      }
      ids = order.map { keyed[$0].0 }
    }
    return ids
  }
}
