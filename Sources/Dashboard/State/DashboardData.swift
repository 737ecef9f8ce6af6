import PlanModel

/// What the dashboard shows: the loaded plans and the recorded progress. The reducer reads it
/// and changes only the catalog, on a clean `.reloadPlans`; new snapshots come from the
/// `ProgressBackend`.
public struct DashboardData: Sendable {
  public var catalog: Catalog {
    didSet {
      rowCache = RowCache()
      pageMemo = PageMemo()
      outlineMemo = OutlineMemo()
    }
  }
  public var snapshot: ProgressSnapshot {
    didSet { snapshotStamp = SnapshotStamp.next() }
  }
  /// Unique per snapshot value: the row memo keys only the lists that read progress by it,
  /// so marking a measure does not re-filter or re-sort lists that do not depend on it.
  private(set) var snapshotStamp = SnapshotStamp.next()
  /// Pane rows already filtered and sorted for this catalog and snapshot (a memo only:
  /// replaced whenever either changes).
  private(set) var rowCache = RowCache()
  /// Pages already built for this catalog (the one memo, keyed by what else they read).
  private(set) var pageMemo = PageMemo()
  /// The outlines of the plans shown (a memo only: replaced with the catalog).
  private(set) var outlineMemo = OutlineMemo()
  /// Recorded changes of the items whose detail pages are open, newest first.
  public var histories: [String: [ProgressHistoryEntry]]

  public init(
    catalog: Catalog, snapshot: ProgressSnapshot, histories: [String: [ProgressHistoryEntry]] = [:]
  ) {
    self.catalog = catalog
    self.snapshot = snapshot
    self.histories = histories
  }

  public func plan(_ regionID: String?) -> Plan? {
    regionID.flatMap { catalog.plan(forRegion: $0) }
  }

  /// Measures done and in total among the given ones.
  public func doneCount(_ measures: [Measure]) -> (done: Int, total: Int) {
    var done = 0
    for measure in measures where snapshot.status(of: measure.id) == .done { done += 1 }
    return (done, measures.count)
  }

  /// The display name of an item for breadcrumbs and titles.
  public func name(of id: String) -> String {
    if let m = catalog.measure(id) { return m.title }
    if let t = catalog.target(id) { return t.metric }
    if let c = catalog.cluster(id) { return c.name }
    if let i = catalog.indicator(id) { return i.name }
    if let t = catalog.tier(id) { return t.name }
    if let p = catalog.planIndex(forRegion: id) { return catalog.region(ofPlan: p).name }
    if let (outline, index) = heading(id) { return outline.outline.headings[index].printed }
    return id
  }

  /// True when the id names something an actual can be recorded for (`ActualRules`).
  public func acceptsActuals(_ id: String) -> Bool {
    ActualRules(catalog: catalog).acceptsActuals(id)
  }
}
