import PlanModel

/// Pane 1: every loaded region with its plan, horizon and how many measures are done.
enum RegionsTable: PaneTable {
  static func columns(_ state: DashboardState) -> [TableColumn] {
    [
      TableColumn(header: Localized(zh: "地区", en: "Region"), minWidth: 6, flex: 2, maxWidth: 16),
      TableColumn(header: Localized(zh: "级别", en: "Lvl"), minWidth: 4, maxWidth: 4, dropOrder: 3),
      TableColumn(header: UIText.plan, minWidth: 8, flex: 4, dropOrder: 4),
      TableColumn(header: UIText.horizon, minWidth: 9, maxWidth: 9, dropOrder: 2),
      TableColumn(
        header: UIText.measuresDone, minWidth: 7, maxWidth: 9, align: .right, dropOrder: 1),
      TableColumn(
        header: Localized(zh: "进度", en: "%"), minWidth: 7, flex: 1, maxWidth: 20,
        dropOrder: 2),
      TableColumn(header: UIText.statusShort, minWidth: 2, maxWidth: 2, dropOrder: 5),
    ]
  }

  /// Every target, indicator and tier of a region, for its worst status.
  static func figureIDs(_ plan: Plan) -> [String] {
    plan.targets.map(\.id) + plan.indicators.map(\.id)
      + plan.ladders.flatMap { $0.tiers.map(\.id) }
  }

  static func allIDs(_ state: DashboardState, _ data: DashboardData) -> [String] {
    data.catalog.regionIDs
  }

  static func searchFields(_ id: String, _ data: DashboardData) -> [String] {
    guard let plan = data.plan(id) else { return [id] }
    return [
      id, plan.region.name, plan.region.parent ?? "", plan.region.province ?? "",
      plan.document.title,
    ]
  }

  static func sortKey(_ id: String, column: Int, _ state: DashboardState, _ data: DashboardData)
    -> SortKey
  {
    guard let plan = data.plan(id) else { return .missing }
    switch column {
    case 0: return .reading(plan.region.name)
    case 1: return .number(Double(RegionLevelOrder.rank(plan.region.level)))
    case 2: return .reading(plan.document.title)
    case 3: return .number(Double(plan.document.horizon.end))
    case 4: return .number(Double(data.doneCount(plan.measures).done))
    case 6:
      let status = AssessmentBadge.worst(figureIDs(plan), data, asOf: state.currentYear)
      return .number(Double(status.severity))
    default:
      let (done, total) = data.doneCount(plan.measures)
      return total == 0 ? .missing : .number(Double(done) / Double(total))
    }
  }

  static func sortReadsProgress(_ column: Int) -> Bool { [4, 5, 6].contains(column) }

  static func cells(_ id: String, _ context: ViewContext) -> [TableCell] {
    guard let plan = context.data.plan(id) else { return [.text(id)] }
    let (done, total) = context.data.doneCount(plan.measures)
    let horizon = plan.document.horizon
    return [
      .text(plan.region.name),
      .text(plan.region.level.rawValue),
      .text(plan.document.title),
      .text("\(horizon.start)-\(horizon.end)"),
      .text(Format.count(done, total)),
      .bar(total == 0 ? nil : Double(done) / Double(total)),
      AssessmentBadge.worstCell(figureIDs(plan), context),
    ]
  }
}

/// Provinces first, districts last.
enum RegionLevelOrder {
  static func rank(_ level: PlanModel.RegionLevel) -> Int {
    switch level {
    case .province: 0
    case .city: 1
    case .county: 2
    case .district: 3
    }
  }
}
