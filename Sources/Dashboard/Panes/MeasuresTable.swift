import PlanModel

/// Pane 5: measures of the current region (or of every region after `A`), with section,
/// title, 牵头单位 and status as a symbol and a word.
enum MeasuresTable: PaneTable {
  static func columns(_ state: DashboardState) -> [TableColumn] {
    var columns = [
      TableColumn(header: UIText.section, minWidth: 5, maxWidth: 10, dropOrder: 2),
      TableColumn(header: UIText.measures, minWidth: 10, flex: 3),
      // Titles and units share the spare width: units list as many as fit (not `A +1`).
      TableColumn(header: UIText.leadUnits, minWidth: 8, flex: 2, dropOrder: 3),
      TableColumn(header: UIText.status, minWidth: 8, maxWidth: 16, dropOrder: 1),
    ]
    if state.measuresAllRegions {
      columns.append(TableColumn(header: UIText.regions, minWidth: 6, maxWidth: 12, dropOrder: 4))
    }
    return columns
  }

  static func allIDs(_ state: DashboardState, _ data: DashboardData) -> [String] {
    let plans: [Plan]
    if state.measuresAllRegions {
      plans = data.catalog.plans
    } else {
      plans = data.plan(state.regionID).map { [$0] } ?? []
    }
    var ids: [String] = []
    for plan in plans {
      for m in plan.measures {
        if let status = state.statusFilter, data.snapshot.status(of: m.id) != status { continue }
        if let unit = state.unitFilter, !unit.admits(m) { continue }
        ids.append(m.id)
      }
    }
    return ids
  }

  static func searchFields(_ id: String, _ data: DashboardData) -> [String] {
    guard let m = data.catalog.measure(id) else { return [id] }
    return [id, m.section ?? "", m.title] + m.leadUnits + m.responsibleUnits
  }

  /// One region's list also searches each measure's text, pinyin included (`/小巨人` and
  /// `/zjtx` find the measures whose paragraph names 小巨人 or 专精特新). The every-region
  /// list (`A`) does not: over 180,000
  /// measures the texts stay on disk (`LongText`), and reading them all would cost the
  /// memory and the keystroke time that list is held to; there `/` searches ids, sections,
  /// titles and units.
  static func longText(_ id: String, _ state: DashboardState, _ data: DashboardData)
    -> String?
  {
    guard !state.measuresAllRegions else { return nil }
    return data.catalog.measure(id)?.text
  }

  static func sortKey(_ id: String, column: Int, _ state: DashboardState, _ data: DashboardData)
    -> SortKey
  {
    guard let m = data.catalog.measure(id) else { return .missing }
    switch column {
    case 0: return (m.position ?? m.section).map(SortKey.section) ?? .missing
    case 1: return .reading(m.title)
    case 2: return m.leadUnits.first.map(SortKey.reading) ?? .missing
    case 3:
      let order: [MeasureStatus] = [.blocked, .todo, .inProgress, .done]
      return .number(Double(order.firstIndex(of: data.snapshot.status(of: id)) ?? 0))
    default:
      return data.plan(data.catalog.regionID(of: id)).map { .reading($0.region.name) } ?? .missing
    }
  }

  /// Where the measure stands in the text: its paragraph (`四(一) ¶2`) where the plan's
  /// unnumbered paragraphs share a section, else its section number.
  static func sectionText(_ m: Measure, open: String) -> String {
    m.position ?? m.section ?? open
  }

  static func sortReadsProgress(_ column: Int) -> Bool { [3].contains(column) }

  static func cells(_ id: String, _ context: ViewContext) -> [TableCell] {
    guard let m = context.data.catalog.measure(id) else { return [.text(id)] }
    let status = context.data.snapshot.status(of: id)
    let overdue = (m.due.map { $0 < context.state.currentYear } ?? false) && status != .done
    var cells: [TableCell] = [
      .text(sectionText(m, open: context.open), m.section == nil ? .muted : .normal),
      .text(
        m.title,
        ReportingMark.of(id, context.state, context.data)?.role ?? (overdue ? .behind : .normal)),
      .units(m.leadUnits),
      .text(
        Format.status(status, context.glyphs, context.language)
          + (overdue ? " !" + UIText.overdue(context.language) : ""),
        overdue ? .behind : Format.statusRole(status)),
    ]
    if context.state.measuresAllRegions {
      cells.append(
        .text(
          context.data.plan(context.data.catalog.regionID(of: id)).map(\.region.name)
            ?? context.open))
    }
    return cells
  }
}
