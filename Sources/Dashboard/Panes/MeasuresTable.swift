import PlanModel

/// Pane 5: measures of the current region (or of every region after `A`), with section,
/// title, 牵头单位 and status as a symbol and a word. A region whose plan has an outline
/// lists them under its chapters and sections (`MeasureOutline`), each heading a row with
/// its roll-up (`HeadingRowCells`) that opens and closes (`OutlineFolding`).
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
    let filtered = state.statusFilter != nil || state.unitFilter != nil
    var ids: [String] = []
    for plan in plans {
      for m in plan.measures {
        if let status = state.statusFilter, data.snapshot.status(of: m.id) != status { continue }
        if let unit = state.unitFilter, !unit.admits(m) { continue }
        ids.append(m.id)
      }
    }
    guard let outline = outline(state, data) else { return ids }
    return OutlineRows.tree(outline, keeping: filtered ? Set(ids) : nil)
  }

  /// The outline the pane shows its measures in: one region's plan that has one, in the
  /// plan's order (a sort by a column, like `A`, lists the measures flat).
  static func outline(_ state: DashboardState, _ data: DashboardData) -> MeasureOutline? {
    guard !state.measuresAllRegions, state[pane: .measures].sortColumn == nil else { return nil }
    return data.outline(of: state.regionID)
  }

  static func itemCount(_ ids: [String], _ state: DashboardState, _ data: DashboardData) -> Int {
    outline(state, data) == nil ? ids.count : ids.count(where: { !HeadingRow.isHeading($0) })
  }

  /// The headings closed in the outline shown (none when the list is flat).
  static func closedHeadings(_ state: DashboardState, _ data: DashboardData) -> Set<String> {
    guard let region = state.regionID, let closed = state.closedHeadings[region], !closed.isEmpty,
      outline(state, data) != nil
    else { return [] }
    return closed
  }

  static func searchFields(_ id: String, _ data: DashboardData) -> [String] {
    if let (outline, index) = data.heading(id) {
      let heading = outline.outline.headings[index]
      return [heading.printed, heading.key]
    }
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

  /// Past its due year (else its plan's last year) and not done — the one rule of
  /// `Schedule`, so the pane's `!逾期`, its headings' roll-up, `list outline` and the reports
  /// count the same measures.
  static func isOverdue(
    _ m: Measure, _ status: MeasureStatus, asOf year: Int, _ catalog: Catalog
  ) -> Bool {
    guard let address = catalog.address(of: m.id) else { return false }
    let document = catalog.plan(at: address.plan).document
    return Schedule.measure(m, document: document, status: status, asOf: year).isOverdue
  }

  /// A measure's title stands under its heading's in the outline.
  private static func indent(_ id: String, _ context: ViewContext) -> String {
    guard let outline = outline(context.state, context.data) else { return "" }
    return String(repeating: " ", count: 2 * (outline.depth(id) - 1))
  }

  static func sortReadsProgress(_ column: Int) -> Bool { [3].contains(column) }

  static func cells(_ id: String, _ context: ViewContext) -> [TableCell] {
    if let (outline, index) = context.data.heading(id) {
      return HeadingRowCells.cells(outline, index, context)
    }
    guard let m = context.data.catalog.measure(id) else { return [.text(id)] }
    let status = context.data.snapshot.status(of: id)
    let overdue = isOverdue(m, status, asOf: context.state.currentYear, context.data.catalog)
    var cells: [TableCell] = [
      .text(sectionText(m, open: context.open), m.section == nil ? .muted : .normal),
      .text(
        indent(id, context) + m.title,
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
