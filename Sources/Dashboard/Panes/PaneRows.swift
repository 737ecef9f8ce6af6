import PlanModel

/// The rows a pane shows: its items for the current region, filtered by `/` (and, for
/// measures, `:status` and `:unit`), sorted by the `o` column. Results are memoised in the
/// data's `RowCache`. The Measures outline keeps the headings of the rows `/` matches (and
/// what stands under a matched heading), then leaves out what its closed headings fold.
enum PaneRows {
  static func ids(_ pane: PaneID, _ state: DashboardState, _ data: DashboardData) -> [String] {
    let key = cacheKey(pane, state, data)
    if let cached = data.rowCache.rows(for: key) { return cached }
    var ids: [String]
    if key.filter.isEmpty {
      ids = unfiltered(pane, state, data)
    } else {
      // Filtering keeps the order, so it runs on the sorted unfiltered list.
      let base = searchable(pane, state, data)
      let query = PreparedQuery(key.filter)
      var positions = FilterMatch.positions(
        query, in: base.index, previous: data.rowCache.lastQuery(for: key))
      positions = withTextMatches(key.filter, base, positions)
      data.rowCache.storeLastQuery(query, positions: positions, for: key)
      if let outline = outline(pane, state, data) {
        positions = OutlineRows.withContext(positions, in: base.ids, depth: outline.depth)
      }
      ids = positions.map { base.ids[$0] }
    }
    if !key.closed.isEmpty, let outline = outline(pane, state, data) {
      ids = OutlineRows.hidingClosed(ids, closed: key.closed, depth: outline.depth)
    }
    data.rowCache.store(ids, for: key)
    return ids
  }

  /// The outline the pane's rows follow: the Measures pane's, for one region in plan order.
  private static func outline(_ pane: PaneID, _ state: DashboardState, _ data: DashboardData)
    -> MeasureOutline?
  {
    pane == .measures ? MeasuresTable.outline(state, data) : nil
  }

  /// The pane's rows before the `/` filter, sorted.
  private static func unfiltered(_ pane: PaneID, _ state: DashboardState, _ data: DashboardData)
    -> [String]
  {
    let key = cacheKey(pane, state, data).unfiltered
    if let cached = data.rowCache.rows(for: key) { return cached }
    let table = pane.table
    var ids = table.allIDs(state, data)
    if let column = key.sortColumn {
      if regionIndependent(pane, state) { data.catalog.loadWhole() }
      let keyed = ids.map { table.sortKey($0, column: column, state, data) }
      // Stable: equal keys keep the plan's order.
      let order = keyed.indices.sorted { a, b in
        if keyed[a] < keyed[b] { return true }
        if keyed[b] < keyed[a] { return false }
        return a < b
      }
      ids = order.map { ids[$0] }
    }
    data.rowCache.store(ids, for: key)
    return ids
  }

  /// Adds the rows whose long text (one region's measure paragraphs) matches the filter,
  /// keeping list order: each word as `/` matches it — Chinese, ids, pinyin in full or by
  /// initials (`zjtx` finds 专精特新) — except a Latin word of one or two letters, which
  /// is matched literally (`hc` as initials would match nearly every paragraph).
  private static func withTextMatches(
    _ filter: String, _ base: RowCache.Searchable, _ positions: [Int]
  ) -> [Int] {
    guard let texts = base.texts else { return positions }
    let words = filter.lowercased().split(separator: " ").map(String.init)
    guard !words.isEmpty else { return positions }
    let isShortLatin = { (word: String) in
      word.count < 3 && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
    }
    let literal = words.filter(isShortLatin)
    let query = PreparedQuery(words.filter { !isShortLatin($0) }.joined(separator: " "))
    var matched = Set(positions)
    for row in 0..<texts.count where !matched.contains(row) {
      if literal.allSatisfy({ base.literal[row].contains($0) }) && texts.matches(query, at: row) {
        matched.insert(row)
      }
    }
    return matched.count == positions.count ? positions : matched.sorted()
  }

  /// The unfiltered rows with a search index over them, built once per list.
  private static func searchable(_ pane: PaneID, _ state: DashboardState, _ data: DashboardData)
    -> RowCache.Searchable
  {
    let key = cacheKey(pane, state, data)
    if let known = data.rowCache.searchable(for: key) { return known }
    let ids = unfiltered(pane, state, data)
    // A list across every region reads every plan: decoded together, not one by one.
    if regionIndependent(pane, state) { data.catalog.loadWhole() }
    let table = pane.table
    var index = SearchIndex()
    index.reserveCapacity(ids.count)
    for id in ids { index.append(SearchKey(fields: table.searchFields(id, data))) }
    let texts = ids.map { table.longText($0, state, data) }
    var textIndex: SearchIndex?
    if texts.contains(where: { $0 != nil }) {
      textIndex = SearchIndex(texts.map { SearchKey($0 ?? "") })
    }
    let literal = textIndex == nil ? [] : texts.map { $0?.lowercased() ?? "" }
    let searchable = RowCache.Searchable(
      ids: ids, index: index, texts: textIndex, literal: literal)
    data.rowCache.storeSearchable(searchable, for: key)
    return searchable
  }

  static func cacheKey(_ pane: PaneID, _ state: DashboardState, _ data: DashboardData)
    -> RowCache.Key
  {
    let ps = state[pane: pane]
    let statusFiltered = pane == .measures && state.statusFilter != nil
    let readsProgress =
      statusFiltered || (ps.sortColumn.map(pane.table.sortReadsProgress) ?? false)
    return RowCache.Key(
      pane: pane, regionID: regionIndependent(pane, state) ? nil : state.regionID,
      filter: ps.filter, sortColumn: ps.sortColumn,
      allRegions: pane == .measures && state.measuresAllRegions,
      status: pane == .measures ? state.statusFilter?.rawValue : nil,
      unit: pane == .measures ? state.unitFilter : nil,
      closed: pane == .measures ? MeasuresTable.closedHeadings(state, data) : [],
      snapshotStamp: readsProgress ? data.snapshotStamp : 0)
  }

  /// True when the pane lists the same rows whatever the current region.
  static func regionIndependent(_ pane: PaneID, _ state: DashboardState) -> Bool {
    pane == .regions || (pane == .measures && state.measuresAllRegions)
  }

  /// Builds the search index of a pane's list ahead of the first keystroke (when `/` opens),
  /// so that keystroke only searches.
  static func prepareSearch(_ pane: PaneID, _ state: DashboardState, _ data: DashboardData) {
    _ = searchable(pane, state, data)
  }
}
