import PlanModel

/// Pane 2: the current region's industry clusters with tier, scale, lead unit and measures.
enum ClustersTable: PaneTable {
  static func columns(_ state: DashboardState) -> [TableColumn] {
    [
      TableColumn(header: UIText.clusters, minWidth: 8, flex: 3, maxWidth: 28),
      TableColumn(header: UIText.tier, minWidth: 4, maxWidth: 10, dropOrder: 2),
      TableColumn(
        header: Localized(zh: "规模（亿元）", en: "Scale 亿元"), minWidth: 11, maxWidth: 24,
        dropOrder: 3),
      TableColumn(header: UIText.leadUnits, minWidth: 8, flex: 2, dropOrder: 4),
      TableColumn(
        header: UIText.measuresDone, minWidth: 7, maxWidth: 9, align: .right, dropOrder: 1),
      TableColumn(header: UIText.statusShort, minWidth: 2, maxWidth: 2, dropOrder: 5),
    ]
  }

  /// The cluster's own scale goal (when it has one), then the targets and indicators of the
  /// cluster (its sub-clusters' included), for its status.
  static func figureIDs(_ id: String, _ data: DashboardData) -> [String] {
    let plan = data.catalog.address(of: id).map { data.catalog.plan(at: $0.plan) }
    let scale = data.catalog.cluster(id)?.scaleGoal == nil ? [] : [id]
    return scale + data.catalog.targets(ofCluster: id).map(\.id)
      + (plan?.indicators.filter { $0.cluster == id }.map(\.id) ?? [])
  }

  static func allIDs(_ state: DashboardState, _ data: DashboardData) -> [String] {
    data.plan(state.regionID)?.clusters.map(\.id) ?? []
  }

  static func searchFields(_ id: String, _ data: DashboardData) -> [String] {
    guard let c = data.catalog.cluster(id) else { return [id] }
    return [id, c.name, c.tier ?? ""] + c.leadUnits + c.responsibleUnits
  }

  static func sortKey(_ id: String, column: Int, _ state: DashboardState, _ data: DashboardData)
    -> SortKey
  {
    guard let c = data.catalog.cluster(id) else { return .missing }
    switch column {
    case 0: return .reading(c.name)
    case 1: return c.tier.map(SortKey.reading) ?? .missing
    case 2: return c.scale?.threshold.map { .number(-$0) } ?? .missing
    case 3: return c.leadUnits.first.map(SortKey.reading) ?? .missing
    case 5:
      let status = AssessmentBadge.worst(figureIDs(id, data), data, asOf: state.currentYear)
      return .number(Double(status.severity))
    default:
      let (done, total) = data.doneCount(data.catalog.measures(ofCluster: id))
      return total == 0 ? .missing : .number(-Double(done) / Double(total))
    }
  }

  static func sortReadsProgress(_ column: Int) -> Bool { [4, 5].contains(column) }

  static func cells(_ id: String, _ context: ViewContext) -> [TableCell] {
    guard let c = context.data.catalog.cluster(id) else { return [.text(id)] }
    let (done, total) = context.data.doneCount(context.data.catalog.measures(ofCluster: id))
    let name = c.parent == nil ? c.name : "  " + c.name
    return [
      .text(name),
      .text(c.tier ?? context.open, c.tier == nil ? .muted : .normal),
      .text(scaleText(c.scale, context), c.scale == nil ? .muted : .normal),
      .text(Format.units(c.leadUnits, open: context.open, language: context.language)),
      .text(Format.count(done, total)),
      AssessmentBadge.worstCell(figureIDs(id, context.data), context),
    ]
  }

  /// `力争 500 (2027)`, or with a unit `力争 500亿元 (2027)`.
  static func scaleText(_ scale: Figure?, _ context: ViewContext, unit: String = "") -> String {
    guard let scale else { return context.open }
    var figure = (Format.figureNumber(scale).map { $0 + unit }) ?? context.open
    if let year = scale.year { figure += " (\(year))" }
    return scale.qualifiers.isEmpty ? figure : scale.qualifiers.joined() + " " + figure
  }
}
