import PlanModel

/// Pane 3: the current region's enterprise ladders, each tier in order with baseline and
/// target counts, drawn as a funnel narrowing to the highest rung, and the count reached
/// against the target (`9/12 (2025)`) beside the assessment badge.
enum LaddersTable: PaneTable {
  static func columns(_ state: DashboardState) -> [TableColumn] {
    [
      TableColumn(
        header: Localized(zh: "梯度", en: "Ladder"), minWidth: 6, maxWidth: 12, dropOrder: 3),
      TableColumn(header: Localized(zh: "梯级", en: "Tier"), minWidth: 10, maxWidth: 20),
      TableColumn(
        header: Localized(zh: "梯形", en: "Funnel"), minWidth: 5, flex: 2, maxWidth: 24, dropOrder: 4),
      TableColumn(header: UIText.baseline, minWidth: 5, maxWidth: 8, align: .right, dropOrder: 1),
      TableColumn(header: UIText.target, minWidth: 5, maxWidth: 12, align: .right),
      TableColumn(
        header: Localized(zh: "已达/目标", en: "Reached"), minWidth: 6, maxWidth: 12, align: .right,
        dropOrder: 2),
      TableColumn(header: UIText.statusShort, minWidth: 2, maxWidth: 2, dropOrder: 5),
    ]
  }

  static func allIDs(_ state: DashboardState, _ data: DashboardData) -> [String] {
    data.plan(state.regionID)?.ladders.flatMap { $0.tiers.map(\.id) } ?? []
  }

  static func ladder(of tierID: String, _ data: DashboardData) -> (Ladder, Int)? {
    guard let address = data.catalog.address(of: tierID), address.kind == .tier,
      let j = address.subIndex
    else { return nil }
    return (data.catalog.plan(at: address.plan).ladders[address.index], j)
  }

  static func searchFields(_ id: String, _ data: DashboardData) -> [String] {
    guard let (ladder, j) = ladder(of: id, data) else { return [id] }
    return [id, ladder.name, ladder.tiers[j].name, ladder.tiers[j].description ?? ""]
  }

  static func sortKey(_ id: String, column: Int, _ state: DashboardState, _ data: DashboardData)
    -> SortKey
  {
    guard let (ladder, j) = ladder(of: id, data) else { return .missing }
    let tier = ladder.tiers[j]
    switch column {
    case 0: return .reading(ladder.name)
    case 1, 2: return .reading(tier.name)
    case 3: return tier.baseline?.threshold.map(SortKey.number) ?? .missing
    case 4: return tier.target?.threshold.map(SortKey.number) ?? .missing
    case 5: return data.snapshot.latestActual(of: id).map { .number($0.value) } ?? .missing
    default:
      return .number(
        Double(AssessmentBadge.status(of: id, data, asOf: state.currentYear).severity))
    }
  }

  static func sortReadsProgress(_ column: Int) -> Bool { [5, 6].contains(column) }

  static func cells(_ id: String, _ context: ViewContext) -> [TableCell] {
    guard let (ladder, j) = ladder(of: id, context.data) else { return [.text(id)] }
    let tier = ladder.tiers[j]
    let open = context.open
    // Baseline and target both carry the unit: 1.14万家 must not read as 1.14 enterprises.
    let unit = tier.unit ?? ""
    let baseline = Format.figureNumber(tier.baseline).map { $0 + unit }
    let target = Format.figureNumber(tier.target).map { $0 + unit }
    // The ladder's name heads its first tier; in a filtered or re-sorted list, where a tier
    // may stand apart from its ladder, every row carries it.
    let pane = context.state[pane: .ladders]
    let named = j == 0 || !pane.filter.isEmpty || pane.sortColumn != nil
    return [
      .text(named ? ladder.name : "", .header),
      .text(String(repeating: " ", count: min(j, 4)) + tier.name),
      .funnel(level: j, count: ladder.tiers.count),
      .text(baseline ?? open, baseline == nil ? .muted : .normal),
      .text(target ?? open, target == nil ? .muted : .normal),
      .text(reached(context.data.snapshot.latestActual(of: id), of: tier, open: open)),
      AssessmentBadge.cell(id, context, compact: true),
    ]
  }

  /// The latest count against the target (a range's lower bound, as assessed):
  /// `9/12` (the tier's page gives the year); without a target `9 (2025)`; without an actual
  /// the open mark.
  static func reached(_ latest: Actual?, of tier: LadderTier, open: String) -> String {
    guard let latest else { return open }
    guard let target = tier.target?.threshold else { return Format.actual(latest, open: open) }
    return Format.number(latest.value) + "/" + Format.number(target)
  }
}
