import PlanModel

/// Pane 4: the current region's land and energy indicators.
enum LandEnergyTable: PaneTable {
  static func columns(_ state: DashboardState) -> [TableColumn] {
    [
      TableColumn(header: UIText.indicators, minWidth: 8, flex: 3, maxWidth: 30),
      TableColumn(header: UIText.unit, minWidth: 4, flex: 1, maxWidth: 14, dropOrder: 3),
      TableColumn(header: UIText.baseline, minWidth: 11, maxWidth: 12, align: .right, dropOrder: 2),
      TableColumn(header: UIText.target, minWidth: 11, maxWidth: 12, align: .right),
      TableColumn(header: UIText.latest, minWidth: 11, maxWidth: 12, align: .right, dropOrder: 1),
      TableColumn(header: UIText.direction, minWidth: 6, maxWidth: 8, dropOrder: 4),
      TableColumn(header: UIText.statusShort, minWidth: 2, maxWidth: 2, dropOrder: 5),
    ]
  }

  static func allIDs(_ state: DashboardState, _ data: DashboardData) -> [String] {
    data.plan(state.regionID)?.indicators.map(\.id) ?? []
  }

  static func searchFields(_ id: String, _ data: DashboardData) -> [String] {
    guard let i = data.catalog.indicator(id) else { return [id] }
    return [id, i.name, i.goal.unit ?? "", i.category.rawValue]
  }

  static func sortKey(_ id: String, column: Int, _ state: DashboardState, _ data: DashboardData)
    -> SortKey
  {
    guard let i = data.catalog.indicator(id) else { return .missing }
    switch column {
    case 0: return .reading(i.name)
    case 1: return i.goal.unit.map(SortKey.reading) ?? .missing
    case 2: return i.goal.baseline?.threshold.map(SortKey.number) ?? .missing
    case 3: return i.goal.target?.threshold.map(SortKey.number) ?? .missing
    case 4: return data.snapshot.latestActual(of: id).map { .number($0.value) } ?? .missing
    case 5: return .reading(i.goal.direction.rawValue)
    default:
      return .number(
        Double(AssessmentBadge.status(of: id, data, asOf: state.currentYear).severity))
    }
  }

  static func sortReadsProgress(_ column: Int) -> Bool { [4, 6].contains(column) }

  static func cells(_ id: String, _ context: ViewContext) -> [TableCell] {
    guard let i = context.data.catalog.indicator(id) else { return [.text(id)] }
    let open = context.open
    let latest = context.data.snapshot.latestActual(of: id)
    let unit = i.goal.figureUnit
    let level = AssessmentBadge.targetLevel(
      of: id, goal: i.goal, context.data, asOf: context.state.currentYear)
    return [
      .text(i.name),
      .text(unit ?? open, unit == nil ? .muted : .normal),
      .text(
        Format.figureWithYear(i.goal.baseline, open: open),
        i.goal.baseline == nil ? .muted : .normal),
      .text(
        Format.goalTarget(i.goal, level: level, open: open, context.language),
        i.goal.target == nil ? .muted : .normal),
      .text(Format.actual(latest, open: open), latest == nil ? .muted : .normal),
      .text(Format.direction(i.goal.direction, context.glyphs, context.language)),
      AssessmentBadge.cell(id, context, compact: true),
    ]
  }
}
