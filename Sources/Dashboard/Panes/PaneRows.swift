/// The rows a pane shows: its items for the current region, filtered by `/` (and, for
/// measures, `:status` and `:unit`), sorted by the `o` column. Results are memoised in the
/// data's `RowCache`.
enum PaneRows {
  static func ids(_ pane: PaneID, _ state: DashboardState, _ data: DashboardData) -> [String] {
    let key = cacheKey(pane, state, data)
    if let cached = data.rowCache.entry(for: key) { return cached.ids }
    let table = pane.table
    let filter = key.filter
    let entry: RowCache.Entry
    if !filter.isEmpty, let wider = data.rowCache.narrowable(for: key), let hay = wider.haystacks {
      // A longer query only ever matches fewer rows, and filtering keeps the sorted order.
      entry = narrow(wider.ids, hay, filter, table, data)
    } else {
      var ids = table.allIDs(state, data)
      if let column = key.sortColumn {
        let keyed = ids.map { table.sortKey($0, column: column, state, data) }
        // Stable: equal keys keep the plan's order.
        let order = keyed.indices.sorted { a, b in
          if keyed[a] < keyed[b] { return true }
          if keyed[b] < keyed[a] { return false }
          return a < b
        }
        ids = order.map { ids[$0] }
      }
      if filter.isEmpty {
        entry = RowCache.Entry(ids: ids, haystacks: nil)
      } else {
        let hay = data.searchHaystacks.haystacks(ids) { table.searchFields($0, data) }
        entry = narrow(ids, hay, filter, table, data)
      }
    }
    data.rowCache.store(entry, for: key)
    return entry.ids
  }

  static func cacheKey(_ pane: PaneID, _ state: DashboardState, _ data: DashboardData)
    -> RowCache.Key
  {
    let ps = state[pane: pane]
    let statusFiltered = pane == .measures && state.statusFilter != nil
    let readsProgress = statusFiltered || (ps.sortColumn.map(pane.table.sortReadsProgress) ?? false)
    return RowCache.Key(
      pane: pane, regionID: regionIndependent(pane, state) ? nil : state.regionID,
      filter: ps.filter,
      sortColumn: ps.sortColumn, allRegions: pane == .measures && state.measuresAllRegions,
      status: pane == .measures ? state.statusFilter?.rawValue : nil,
      unit: pane == .measures ? state.unitFilter : nil,
      snapshotStamp: readsProgress ? data.snapshotStamp : 0)
  }

  /// True when the pane lists the same rows whatever the current region.
  static func regionIndependent(_ pane: PaneID, _ state: DashboardState) -> Bool {
    pane == .regions || (pane == .measures && state.measuresAllRegions)
  }

  /// Builds the search text of a pane's whole list ahead of the first keystroke (when `/`
  /// opens), so that keystroke only searches.
  static func prepareSearch(_ pane: PaneID, _ state: DashboardState, _ data: DashboardData) {
    var unfiltered = state
    unfiltered[pane: pane].filter = ""
    let key = cacheKey(pane, unfiltered, data)
    let ids = ids(pane, unfiltered, data)
    if data.rowCache.entry(for: key)?.haystacks != nil { return }
    let table = pane.table
    let hay = data.searchHaystacks.haystacks(ids) { table.searchFields($0, data) }
    data.rowCache.store(RowCache.Entry(ids: ids, haystacks: hay), for: key)
  }

  private static func narrow(
    _ ids: [String], _ haystacks: [[UInt8]], _ text: String, _ table: any PaneTable.Type,
    _ data: DashboardData
  ) -> RowCache.Entry {
    let query = FilterMatch.Query(text)
    var kept: [String] = []
    var keptHay: [[UInt8]] = []
    for index in ids.indices
    where FilterMatch.matches(
      query, haystack: haystacks[index], fields: { table.searchFields(ids[index], data) })
    {
      kept.append(ids[index])
      keptHay.append(haystacks[index])
    }
    return RowCache.Entry(ids: kept, haystacks: keptHay)
  }
}
