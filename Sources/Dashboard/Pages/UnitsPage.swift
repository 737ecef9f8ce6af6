import PlanModel

/// `U`: each 牵头/责任单位 of a region in pinyin order, with its measures by status and,
/// under it, its overdue and behind-schedule measures (selectable: Space marks them here);
/// then the measures that name no unit, all of them, under 未明确责任单位. `/` keeps the
/// units whose name (or one of whose measures) matches.
enum UnitsPage {
  static func build(_ regionID: String, into page: inout PageBuilder) {
    page.unitsPage(regionID)
  }
}

extension PageBuilder {
  mutating func unitsPage(_ regionID: String) {
    title = data.name(of: regionID) + " · " + UIText.unitsView(lang)
    guard let plan = data.plan(regionID) else { return }
    field(UIText.asOf, String(asOf))
    let units = UnitProgress.units(of: [plan], snapshot: data.snapshot, asOf: asOf)
      .sorted { PlanTextCollation.reading($0.unit) < PlanTextCollation.reading($1.unit) }
    let unnamed = plan.measures.filter { $0.leadUnits.isEmpty && $0.responsibleUnits.isEmpty }
    reportingSummary(plan, units: units.map(\.unit))
    if units.isEmpty && unnamed.isEmpty {
      emptyLine(UIText.empty)
      return
    }
    for unit in units {
      let group = entry([unit.unit])
      heading(Localized(zh: unit.unit, en: unit.unit), entry: group)
      countsRow(unit.counts, overdue: unit.overdueCount, behind: unit.behindCount, entry: group)
      reportingRow(plan, unit: unit.unit, entry: group)
      for late in unit.late {
        let role = late.role == .lead ? UIText.lead(lang) : UIText.responsible(lang)
        unitMeasureRow(late.measure, late.schedule, late.status, role: role, group: group)
      }
    }
    if !unnamed.isEmpty { unnamedGroup(unnamed, plan.document) }
  }

  /// 未明确责任单位: every measure of the region that names no unit, late ones marked.
  private mutating func unnamedGroup(_ measures: [Measure], _ document: PlanDocument) {
    let group = entry([UIText.noUnitNamed.zh, UIText.noUnitNamed.en])
    heading(UIText.noUnitNamed, entry: group)
    let snapshot = data.snapshot
    let lines = measures.map { m in
      let status = snapshot.status(of: m.id)
      return (m, Schedule.measure(m, document: document, status: status, asOf: asOf), status)
    }
    var counts: [MeasureStatus: Int] = [:]
    for (_, _, status) in lines { counts[status, default: 0] += 1 }
    let overdue = lines.filter { $0.1.isOverdue }.count
    let behind = lines.filter { !$0.1.isOverdue && $0.1.isBehind }.count
    countsRow(counts, overdue: overdue, behind: behind, entry: group)
    for (m, schedule, status) in lines {
      unitMeasureRow(m, schedule, status, role: "", group: group)
    }
  }

  /// A unit's counts by status, and how many of its measures are late.
  private mutating func countsRow(
    _ counts: [MeasureStatus: Int], overdue: Int, behind: Int, entry: Int
  ) {
    let late =
      "  " + UIText.overdue(lang) + " " + String(overdue) + " · " + UIText.behind(lang) + " "
      + String(behind)
    // Each status with its word where the row has room, else its symbol only: a count
    // is never cut off for a label.
    let room = width - DisplayWidth.of(late)
    let glyphs = context.glyphs
    let counted =
      [true, false].map { words in
        "  "
          + MeasureStatus.allCases.map {
            (words
              ? Format.status($0, glyphs, lang)
              : Format.statusSymbol($0, glyphs)) + " " + String(counts[$0] ?? 0)
          }.joined(separator: "  ")
      }.first { DisplayWidth.of($0) <= room } ?? ""
    append(
      DetailPage.Row(
        cells: [
          .text(counted, width: DisplayWidth.of(counted)),
          .text(late, width: nil, role: overdue + behind == 0 ? .muted : .behind),
        ], entry: entry))
  }

  /// One measure under a unit: late or not, the unit's role, status, end year, title.
  private mutating func unitMeasureRow(
    _ m: Measure, _ s: ScheduleProgress, _ status: MeasureStatus, role: String, group: Int
  ) {
    let lateness = s.isOverdue ? UIText.overdue(lang) : s.isBehind ? UIText.behind(lang) : ""
    // By the measure's own words only: its units would match every unit sharing it.
    let measureEntry = entry([m.id, m.section ?? "", m.title], under: group)
    let table = PageTable(
      [
        PageTable.fixed(8), PageTable.fixed(6), PageTable.fixed(lang == .zh ? 10 : 15),
        PageTable.fixed(5), PageTable.flexible(),
      ], width: width)
    item(
      m.id, .measure(m.id),
      [
        table.text(0, "  " + lateness, role: .behind),
        table.text(1, role, role: .muted),
        table.text(
          2, Format.status(status, context.glyphs, lang), role: Format.statusRole(status)),
        table.text(3, String(s.endYear), role: .muted),
        table.text(4, m.title),
      ], entry: measureEntry)
  }
}
