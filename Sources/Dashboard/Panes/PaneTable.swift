/// What each of the five panes provides: its columns, its rows (item ids) for the current
/// region, the text a filter searches, sort keys and the cells to draw.
protocol PaneTable {
  static func columns(_ state: DashboardState) -> [TableColumn]
  /// Item ids in the plan's own order, before filtering and sorting.
  static func allIDs(_ state: DashboardState, _ data: DashboardData) -> [String]
  /// What `/` searches, by Chinese substring, id, unit name and pinyin (full or initials).
  static func searchFields(_ id: String, _ data: DashboardData) -> [String]
  /// Long text `/` also searches (see `PaneRows.withTextMatches`: pinyin too, but a Latin
  /// word of one or two letters only literally): Measures gives each measure's text for one
  /// region's list. Nil by default.
  static func longText(_ id: String, _ state: DashboardState, _ data: DashboardData)
    -> String?
  static func sortKey(_ id: String, column: Int, _ state: DashboardState, _ data: DashboardData)
    -> SortKey
  /// True when sorting by the column reads recorded progress (so a new snapshot re-sorts).
  static func sortReadsProgress(_ column: Int) -> Bool
  static func cells(_ id: String, _ context: ViewContext) -> [TableCell]
  /// How many items the rows hold (the Measures outline's headings are rows, not items).
  static func itemCount(_ ids: [String], _ state: DashboardState, _ data: DashboardData) -> Int
}

extension PaneTable {
  static func itemCount(_ ids: [String], _ state: DashboardState, _ data: DashboardData) -> Int {
    ids.count
  }

  static func longText(_ id: String, _ state: DashboardState, _ data: DashboardData)
    -> String?
  {
    nil
  }
}

extension PaneID {
  var table: any PaneTable.Type {
    switch self {
    case .regions: RegionsTable.self
    case .clusters: ClustersTable.self
    case .ladders: LaddersTable.self
    case .landEnergy: LandEnergyTable.self
    case .measures: MeasuresTable.self
    }
  }
}
