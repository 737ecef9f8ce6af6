import PlanModel

/// The assessment views (docs/assessment.md): a region's targets worst first (`T`), its
/// units with their late measures (`U`), and the assessment fields of a target, indicator or
/// tier page (one indicator across regions, `C`, is in ComparisonView.swift).
extension DetailPage {
  /// The breadcrumb part of a page.
  static func crumb(_ route: DetailRoute, _ context: ViewContext) -> String {
    let lang = context.language
    switch route {
    case .regionTargets: return UIText.targetsView(lang)
    case .units: return UIText.unitsView(lang)
    case .comparison(let id): return UIText.comparisonView(lang) + " " + context.data.name(of: id)
    default: return context.data.name(of: route.itemID)
    }
  }

  private var asOf: Int { context.state.currentYear }

  /// The page that shows a figure (target, indicator, tier) or a cluster.
  static func route(of id: String, _ catalog: Catalog) -> DetailRoute {
    if catalog.target(id) != nil { return .target(id) }
    if catalog.indicator(id) != nil { return .indicator(id) }
    if catalog.cluster(id) != nil { return .cluster(id) }
    return .tier(id)
  }

  /// Status, the figures it rests on, and 序时进度, on a target, indicator or tier page.
  mutating func assessmentFields(_ id: String, goal: Goal) {
    guard
      let a = AssessmentBadge.assessment(of: id, context.data, asOf: asOf),
      let address = context.data.catalog.address(of: id)
    else { return }
    heading(UIText.assessment)
    field(UIText.asOf, String(asOf))
    field(
      Localized(zh: "状态", en: "Status"), AssessmentBadge.text(a.status, lang),
      role: AssessmentBadge.role(a.status))
    baseField(a)
    if a.ratio != nil {
      var text = "R = " + AssessmentBadge.ratio(a, open: open)
      if let o = a.observedRate, let r = a.requiredRate {
        func rate(_ x: Double) -> String {
          Format.number((x * 1000).rounded() / 10) + (lang == .zh ? "%/年" : "%/yr")
        }
        text +=
          lang == .zh
          ? "  实际 " + rate(o) + " · 需要 " + rate(r)
          : "  observed " + rate(o) + " · required " + rate(r)
      }
      field(UIText.ratio, text)
    }
    if goal.kind == .comparator { comparatorGapField(id, goal: goal, asOf: asOf) }
    if let reason = a.reason { field(Localized(zh: "说明", en: "Why"), reason(lang), role: .muted) }
    let s = Schedule.goal(
      goal, assessment: a, document: context.data.catalog.plans[address.plan].document, asOf: asOf)
    field(UIText.schedule, scheduleText(s), role: s.isBehind || s.isOverdue ? .behind : .normal)
    if goal.kind == .comparator { comparatorRows(id, goal: goal, asOf: asOf) }
  }

  /// The base the assessment measures from, and whether it is the plan's figure or a
  /// recorded actual: `1000 (2022) · 规划值`, `380 · 基期取2022年实际值`.
  private mutating func baseField(_ a: Assessment) {
    guard let value = a.baseValue else { return }
    let figure = Format.number(value)
    let text: String
    if let note = AssessmentBadge.baseNote(a, lang) {
      text = figure + " · " + note
    } else {
      let year = a.baseYear.map { " (\($0))" } ?? ""
      text = figure + year + " · " + Localized(zh: "规划值", en: "plan figure")(lang)
    }
    field(Localized(zh: "评估基期", en: "Assessed from"), text)
  }

  private func scheduleText(_ s: ScheduleProgress) -> String {
    var text =
      "\(s.startYear)–\(s.endYear)  " + UIText.elapsed(lang) + " " + percent(s.elapsed) + " · "
      + UIText.doneShare(lang) + " " + (s.done.map(percent) ?? open)
    if s.isOverdue {
      text += " · " + UIText.overdue(lang)
    } else if s.isBehind {
      text += " · " + UIText.behind(lang)
    }
    return text
  }

  private func percent(_ x: Double) -> String { String(Int((x * 100).rounded())) + "%" }

  /// `T`: every target, indicator and tier of the region, worst first, with the counts.
  mutating func targetsView(_ regionID: String) {
    let items = CatalogAssessment.items(
      catalog: context.data.catalog, snapshot: context.data.snapshot, asOf: asOf,
      region: regionID)
    let order = Dictionary(
      items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let sorted = items.sorted {
      ($0.assessment.status.severity, order[$0.id]!) < (
        $1.assessment.status.severity, order[$1.id]!
      )
    }
    let counts = CatalogAssessment.counts(items)
    field(UIText.asOf, String(asOf))
    let summary = AssessmentStatus.allCases.sorted { $0.severity < $1.severity }
      .filter { counts[$0] != nil }
      // No-break spaces hold each status to its count: a line may break only between them.
      .map {
        String(
          (AssessmentBadge.text($0, lang) + " " + String(counts[$0]!)).map {
            $0 == " " ? "\u{00A0}" : $0
          })
      }
    field(UIText.assessment, summary.isEmpty ? nil : summary.joined(separator: " · "))
    heading(UIText.targets)
    if sorted.isEmpty {
      rows.append(Row(cells: [.text("  " + UIText.empty(lang), width: nil, role: .muted)]))
      return
    }
    let numberWidth = 12
    let ratioWidth = 6
    let sparkWidth = width >= 90 ? 6 : 0
    func nameWidth(badge: Int) -> Int {
      width - 2 - badge - 1 - 2 * (numberWidth + 1) - (ratioWidth + 1)
        - (sparkWidth > 0 ? sparkWidth + 1 : 0)
    }
    // The report's words where the names keep 16 columns (80 columns do), else the symbol.
    let compact = nameWidth(badge: AssessmentBadge.textWidth(lang)) < 16
    let badgeWidth = compact ? 1 : AssessmentBadge.textWidth(lang)
    let nameWidth = max(6, nameWidth(badge: badgeWidth))
    rows.append(
      Row(cells: [
        .text("  " + UIText.assessment(lang), width: badgeWidth + 2, role: .muted),
        .text(Localized(zh: "指标名称", en: "Metric")(lang), width: nameWidth, role: .muted),
        .text(UIText.latest(lang), width: numberWidth, align: .right, role: .muted),
        .text(UIText.target(lang), width: numberWidth, align: .right, role: .muted),
        .text(UIText.ratio(lang), width: ratioWidth, align: .right, role: .muted),
      ]))
    let names = DistinctNames.fitted(
      sorted.map { $0.name + ($0.figureUnit.map { " " + $0 } ?? "") }, width: nameWidth,
      ellipsis: context.glyphs.ellipsis)
    for (item, name) in zip(sorted, names) {
      let a = item.assessment
      let latest = context.data.snapshot.latestActual(of: item.id)
      var cells: [DetailCell] = [
        .text(
          "  " + AssessmentBadge.text(a.status, lang, compact: compact), width: badgeWidth + 2,
          role: AssessmentBadge.role(a.status)),
        .text(name, width: nameWidth),
        .text(Format.actual(latest, open: open), width: numberWidth, align: .right),
        .text(
          AssessmentBadge.assessedTargetText(
            of: item.id, context.data, asOf: asOf, open: open, lang),
          width: numberWidth, align: .right),
        .text(AssessmentBadge.ratio(a, open: open), width: ratioWidth, align: .right),
      ]
      if sparkWidth > 0 {
        cells.append(
          .text(
            AssessmentBadge.sparkline(
              context.data.snapshot.actuals[item.id] ?? [], glyphs: context.glyphs,
              width: sparkWidth), width: sparkWidth, role: .barFilled))
      }
      self.item(item.id, Self.route(of: item.id, context.data.catalog), cells)
      // A base taken from a recorded actual is said under the row: 基期取2022年实际值.
      if let note = AssessmentBadge.baseNote(a, lang) {
        rows.append(
          Row(cells: [
            .text("", width: badgeWidth + 2), .text(note, width: nil, role: .muted),
          ]))
      }
    }
  }

  /// `U`: each 牵头/责任单位 of the region in pinyin order, with its measures by status and,
  /// under it, its overdue and behind-schedule measures (selectable: Space marks them here);
  /// then the measures that name no unit, all of them, under 未明确责任单位. `/` keeps the
  /// units whose name (or one of whose measures) matches.
  mutating func unitsView(_ regionID: String) {
    guard let plan = context.data.plan(regionID) else { return }
    field(UIText.asOf, String(asOf))
    let units = UnitProgress.units(of: [plan], snapshot: context.data.snapshot, asOf: asOf)
      .sorted { PlanTextCollation.reading($0.unit) < PlanTextCollation.reading($1.unit) }
    let unnamed = plan.measures.filter { $0.leadUnits.isEmpty && $0.responsibleUnits.isEmpty }
    if units.isEmpty && unnamed.isEmpty {
      rows.append(Row(cells: [.text("  " + UIText.empty(lang), width: nil, role: .muted)]))
      return
    }
    for unit in units {
      let group = entry([unit.unit])
      heading(Localized(zh: unit.unit, en: unit.unit), entry: group)
      countsRow(unit.counts, overdue: unit.overdueCount, behind: unit.behindCount, entry: group)
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
    let snapshot = context.data.snapshot
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
    rows.append(
      Row(
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
    item(
      m.id, .measure(m.id),
      [
        .text("  " + lateness, width: 8, role: .behind),
        .text(role, width: 6, role: .muted),
        .text(
          Format.status(status, context.glyphs, lang), width: lang == .zh ? 10 : 15,
          role: Format.statusRole(status)),
        .text(String(s.endYear), width: 5, role: .muted),
        .text(m.title, width: nil),
      ], entry: measureEntry)
  }
}
