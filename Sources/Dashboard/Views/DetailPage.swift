import PlanModel

/// The lines of a drill-down page, built for a width: headings, fields, wrapped sentences,
/// and selectable item rows (Enter opens them; marking and recording apply to them).
struct DetailPage {
  struct Row {
    var cells: [DetailCell]
    /// The item this row stands for, when it can be selected.
    var itemID: String?
    var route: DetailRoute?
    /// On a figure's page, the year of the actual this row shows (`d` deletes it).
    var actualYear: Int?
    /// The list entry the row belongs to (an index into `entries`); nil for headings,
    /// fields and text, which a `/` filter keeps.
    var entry: Int? = nil
  }

  enum DetailCell {
    case text(String, width: Int?, align: Alignment = .left, role: StyleRole = .normal)
    case bar(Double?, width: Int)
  }

  var title: String
  var rows: [Row] = []
  /// The page's list entries — an item, an actual, a history line, a unit with its
  /// measures — with what `/` searches in each (see `PageFilter`).
  var entries: [PageFilter.Entry] = []

  /// Indices of the rows that can be selected.
  var selectable: [Int] { rows.indices.filter { rows[$0].itemID != nil } }

  // MARK: Building

  let width: Int
  let context: ViewContext

  init(title: String, width: Int, context: ViewContext) {
    self.title = title
    self.width = width
    self.context = context
  }

  var lang: Language { context.language }
  var open: String { context.open }

  /// A heading, after a blank line; both belong to `entry` when given (a unit's heading).
  mutating func heading(_ text: Localized, entry: Int? = nil) {
    if !rows.isEmpty { rows.append(Row(cells: [.text("", width: nil)], entry: entry)) }
    rows.append(Row(cells: [.text(text(lang), width: nil, role: .header)], entry: entry))
  }

  mutating func field(_ label: Localized, _ value: String?, role: StyleRole = .normal) {
    let labelWidth = lang == .zh ? 10 : 18
    let text = value ?? open
    let wrapped = TextLayout.wrap(
      TextSanitizer.glyphs(text, cjkWide: context.glyphs.cjkWide),
      width: max(1, width - labelWidth - 1))
    for (i, line) in wrapped.enumerated() {
      rows.append(
        Row(cells: [
          .text(i == 0 ? label(lang) : "", width: labelWidth, role: .muted),
          .text(line.text, width: nil, role: value == nil ? .muted : role),
        ]))
    }
  }

  mutating func paragraph(_ text: String, indent: Int = 2) {
    let glyphs = TextSanitizer.glyphs(text, cjkWide: context.glyphs.cjkWide)
    for line in TextLayout.wrap(glyphs, width: max(1, width - indent)) {
      rows.append(
        Row(cells: [.text(String(repeating: " ", count: indent) + line.text, width: nil)]))
    }
  }

  /// A selectable row for an item; its own list entry (searched by the item's name and id,
  /// a measure as in the Measures pane) unless it belongs to `entry`.
  mutating func item(
    _ id: String, _ route: DetailRoute?, _ cells: [DetailCell], entry: Int? = nil
  ) {
    let entry = entry ?? self.entry(Self.searchFields(of: id, context.data))
    rows.append(Row(cells: cells, itemID: id, route: route, entry: entry))
  }

  /// A new list entry searched by `fields`, under the entry `parent` (a unit's measures
  /// under the unit): returns its index for the rows that belong to it.
  mutating func entry(_ fields: [String], under parent: Int? = nil) -> Int {
    entries.append(PageFilter.Entry(fields: fields, parent: parent))
    return entries.count - 1
  }

  /// A list row that is not an item (an actual, a history line), searched by `fields`.
  mutating func listRow(_ cells: [DetailCell], search fields: [String]) {
    rows.append(Row(cells: cells, entry: entry(fields)))
  }

  /// What `/` searches in an item's row: a measure as the Measures pane does, else the
  /// item's name and id.
  static func searchFields(of id: String, _ data: DashboardData) -> [String] {
    data.catalog.measure(id) != nil
      ? MeasuresTable.searchFields(id, data) : [data.name(of: id), id]
  }

  private mutating func figureRows(
    _ targets: [(id: String, name: String, goal: Goal, route: DetailRoute?)]
  ) {
    if targets.isEmpty {
      rows.append(Row(cells: [.text("  " + UIText.empty(lang), width: nil, role: .muted)]))
      return
    }
    let numberWidth = 12
    let barWidth = width >= 70 ? 12 : 0
    // The assessment badge: symbol and word where there is room, else the symbol alone.
    let compactBadge = width < 96
    let badgeWidth = compactBadge ? 1 : AssessmentBadge.textWidth(lang)
    let sparkWidth = width >= 110 ? 8 : 0
    let nameWidth = max(
      6,
      width - 2 - 3 * (numberWidth + 1) - (barWidth > 0 ? barWidth + 1 : 0) - (badgeWidth + 1)
        - (sparkWidth > 0 ? sparkWidth + 1 : 0))
    rows.append(
      Row(cells: [
        .text(Localized(zh: "指标名称", en: "Metric")(lang), width: nameWidth, role: .muted),
        .text(UIText.baseline(lang), width: numberWidth, align: .right, role: .muted),
        .text(UIText.target(lang), width: numberWidth, align: .right, role: .muted),
        .text(UIText.latest(lang), width: numberWidth, align: .right, role: .muted),
        .text(
          compactBadge ? "" : Localized(zh: "评估", en: "Status")(lang), width: badgeWidth,
          role: .muted),
      ]))
    for t in targets {
      let latest = context.data.snapshot.latestActual(of: t.id)
      let unit = t.goal.figureUnit.map { " " + $0 } ?? ""
      let level = AssessmentBadge.targetLevel(
        of: t.id, goal: t.goal, context.data, asOf: context.state.currentYear)
      var cells: [DetailCell] = [
        .text(t.name + unit, width: nameWidth),
        .text(
          Format.figureWithYear(t.goal.baseline, open: open), width: numberWidth, align: .right),
        .text(
          Format.goalTarget(t.goal, level: level, open: open, lang), width: numberWidth,
          align: .right),
        .text(Format.actual(latest, open: open), width: numberWidth, align: .right),
      ]
      let status = AssessmentBadge.status(of: t.id, context.data, asOf: context.state.currentYear)
      cells.append(
        .text(
          AssessmentBadge.text(status, lang, compact: compactBadge), width: badgeWidth,
          role: AssessmentBadge.role(status)))
      if barWidth > 0 {
        cells.append(.bar(Format.progressFraction(goal: t.goal, latest: latest), width: barWidth))
      }
      if sparkWidth > 0 {
        cells.append(
          .text(
            AssessmentBadge.sparkline(
              context.data.snapshot.actuals[t.id] ?? [], glyphs: context.glyphs, width: sparkWidth),
            width: sparkWidth, role: .barFilled))
      }
      item(t.id, t.route, cells)
    }
  }

  /// Clusters under a heading, each with its tier (where asked) and its measures done.
  private mutating func clusterRows(_ clusters: [Cluster], heading title: Localized, withTier: Bool)
  {
    guard !clusters.isEmpty else { return }
    heading(title)
    for c in clusters {
      let (done, total) = context.data.doneCount(context.data.catalog.measures(ofCluster: c.id))
      var cells: [DetailCell] = [.text("  " + c.name, width: max(6, width - (withTier ? 22 : 12)))]
      if withTier {
        cells.append(.text(c.tier ?? open, width: 8, role: c.tier == nil ? .muted : .normal))
      }
      cells.append(.text(Format.count(done, total), width: 9, align: .right))
      item(c.id, .cluster(c.id), cells)
    }
  }

  private mutating func measureRows(_ measures: [Measure]) {
    if measures.isEmpty {
      rows.append(Row(cells: [.text("  " + UIText.empty(lang), width: nil, role: .muted)]))
      return
    }
    let statusWidth = lang == .zh ? 10 : 15
    // The section column is as wide as its widest entry (四(一) ¶2), up to a quarter row.
    let sectionWidth = min(
      max(
        8, measures.map { DisplayWidth.of(MeasuresTable.sectionText($0, open: open)) }.max() ?? 0),
      max(8, width / 4))
    for m in measures {
      let status = context.data.snapshot.status(of: m.id)
      let marked = context.state.marked.contains(m.id) ? context.glyphs.selectedMark : " "
      item(
        m.id, .measure(m.id),
        [
          .text(marked, width: 1, role: .marked),
          .text(
            Format.status(status, context.glyphs, lang), width: statusWidth,
            role: Format.statusRole(status)),
          .text(MeasuresTable.sectionText(m, open: open), width: sectionWidth + 1, role: .muted),
          .text(m.title, width: nil),
        ])
    }
  }

  private mutating func actualRows(_ id: String) {
    let actuals = context.data.snapshot.actuals[id] ?? []
    if actuals.isEmpty {
      rows.append(Row(cells: [.text("  " + UIText.noActuals(lang), width: nil, role: .muted)]))
      return
    }
    // Each year's row is selectable: `a` records, `d` deletes (after a second press).
    for a in actuals {
      rows.append(
        Row(
          cells: [
            .text("  \(a.year)", width: 8),
            .text(Format.number(a.value), width: 14, align: .right),
            .text(a.note ?? "", width: nil, role: .muted),
          ], itemID: id, actualYear: a.year,
          entry: entry([String(a.year), Format.number(a.value), a.note ?? ""])))
    }
  }

  private mutating func source(_ ref: SourceRef?) {
    heading(UIText.source)
    field(UIText.section, ref?.section)
    if let text = ref?.text { paragraph(text) }
  }

  // MARK: Pages

  /// The page of a stack entry: its route's page with the entry's `/` filter applied.
  static func build(_ detail: DetailState, context: ViewContext, width: Int) -> DetailPage {
    cached(detail.route, context: context, width: width).filtered(by: detail.filter)
  }

  static func build(_ route: DetailRoute, context: ViewContext, width: Int) -> DetailPage {
    let data = context.data
    let catalog = data.catalog
    var page = DetailPage(
      title: data.name(of: route.itemID), width: max(1, width), context: context)
    let lang = context.language
    switch route {
    case .region(let id):
      guard let plan = catalog.plan(forRegion: id) else { break }
      let doc = plan.document
      page.field(UIText.plan, doc.title)
      page.field(UIText.issuer, doc.issuer)
      page.field(UIText.docNumber, doc.docNumber)
      page.field(UIText.issued, doc.issued?.description)
      page.field(UIText.status, doc.status)
      page.field(UIText.horizon, "\(doc.horizon.start)-\(doc.horizon.end)")
      for stage in doc.stages { page.field(UIText.stages, "\(stage.year) \(stage.name ?? "")") }
      let (done, total) = data.doneCount(plan.measures)
      page.field(UIText.measures, Format.count(done, total))
      page.heading(UIText.targets)
      page.figureRows(plan.targets.map { ($0.id, $0.metric, $0.goal, DetailRoute.target($0.id)) })
      page.clusterRows(
        plan.clusters.filter { $0.parent == nil }, heading: UIText.clusters, withTier: true)
    case .cluster(let id):
      guard let c = catalog.cluster(id) else { break }
      page.field(UIText.tier, c.tier)
      page.field(UIText.scale, c.scale.map { ClustersTable.scaleText($0, context, unit: "亿元") })
      page.field(UIText.leadUnits, c.leadUnits.isEmpty ? nil : c.leadUnits.joined(separator: "、"))
      page.field(
        UIText.responsibleUnits,
        c.responsibleUnits.isEmpty ? nil : c.responsibleUnits.joined(separator: "、"))
      page.heading(UIText.targets)
      let plan = catalog.address(of: id).map { catalog.plans[$0.plan] }
      let indicators = plan?.indicators.filter { $0.cluster == id } ?? []
      // The cluster's own scale goal first (`a` on it records the cluster's output).
      let scale = c.scaleGoal.map { [(id, UIText.outputScale(lang), $0, DetailRoute?.none)] } ?? []
      page.figureRows(
        scale
          + catalog.targets(ofCluster: id).map {
            ($0.id, $0.metric, $0.goal, DetailRoute.target($0.id))
          }
          + indicators.map { ($0.id, $0.name, $0.goal, DetailRoute.indicator($0.id)) })
      if c.scaleGoal != nil, let row = page.rows.firstIndex(where: { $0.itemID == id }) {
        var trend = page.scaleTrend(id, scale: c.scale)
        trend.entry = page.rows[row].entry
        page.rows.insert(trend, at: row + 1)
      }
      page.clusterRows(
        catalog.children(ofCluster: id), heading: UIText.subClusters, withTier: false)
      page.heading(UIText.measures)
      page.measureRows(catalog.measures(ofCluster: id))
      page.source(c.source)
      if c.scaleGoal != nil {
        page.heading(UIText.actualsByYear)
        page.actualRows(id)
      }
    case .target(let id):
      guard let t = catalog.target(id) else { break }
      page.goalFields(t.goal, id: id)
      page.assessmentFields(id, goal: t.goal)
      if let cluster = t.cluster.flatMap(catalog.cluster) {
        page.heading(UIText.clusters)
        page.item(cluster.id, .cluster(cluster.id), [.text("  " + cluster.name, width: nil)])
      }
      page.source(t.source)
      page.heading(UIText.actualsByYear)
      page.actualRows(id)
    case .indicator(let id):
      guard let i = catalog.indicator(id) else { break }
      page.goalFields(i.goal, id: id)
      page.assessmentFields(id, goal: i.goal)
      page.source(i.source)
      page.heading(UIText.actualsByYear)
      page.actualRows(id)
    case .tier(let id):
      guard let tier = catalog.tier(id) else { break }
      page.field(UIText.unit, tier.unit)
      page.field(UIText.baseline, Format.figureWithYear(tier.baseline, open: context.open))
      page.field(UIText.target, Format.figureWithYear(tier.target, open: context.open))
      page.field(Localized(zh: "说明", en: "About"), tier.description)
      page.assessmentFields(id, goal: tier.goal)
      page.source(tier.source)
      page.heading(UIText.actualsByYear)
      page.actualRows(id)
    case .measure(let id):
      guard let m = catalog.measure(id) else { break }
      let status = data.snapshot.status(of: id)
      page.field(
        UIText.status, Format.status(status, context.glyphs, lang), role: Format.statusRole(status))
      page.field(UIText.section, m.section ?? m.position)
      if m.section != nil, let position = m.position {
        page.field(Localized(zh: "段次", en: "Paragraph"), position)
      }
      page.field(UIText.leadUnits, m.leadUnits.isEmpty ? nil : m.leadUnits.joined(separator: "、"))
      page.field(
        UIText.responsibleUnits,
        m.responsibleUnits.isEmpty ? nil : m.responsibleUnits.joined(separator: "、"))
      page.field(UIText.due, m.due.map(String.init))
      page.field(UIText.note, data.snapshot.measures[id]?.note)
      for output in m.outputs {
        let figure = Format.figure(output.figure, open: context.open) + (output.unit ?? "")
        page.field(UIText.outputs, output.metric + " " + figure)
      }
      let links = m.clusters.compactMap(catalog.cluster)
      if !links.isEmpty {
        page.heading(UIText.clusters)
        for c in links { page.item(c.id, .cluster(c.id), [.text("  " + c.name, width: nil)]) }
      }
      let targets = m.targets.filter { data.acceptsActuals($0) }
      if !targets.isEmpty {
        page.heading(UIText.targets)
        for t in targets {
          page.item(t, Self.route(of: t, catalog), [.text("  " + data.name(of: t), width: nil)])
        }
      }
      page.heading(UIText.text)
      page.paragraph(m.text)
      page.heading(UIText.history)
      let history = data.histories[id] ?? []
      if history.isEmpty {
        page.rows.append(
          Row(cells: [.text("  " + UIText.noHistory(lang), width: nil, role: .muted)]))
      }
      for entry in history {
        let time = Timestamp.local(entry.timestamp)
        let summary = entry.summary(lang)
        page.listRow(
          [
            .text("  " + time, width: 19, role: .muted),
            .text(summary + (entry.user.map { " (\($0))" } ?? ""), width: nil),
          ], search: [time, summary, entry.user ?? ""])
      }
    case .regionTargets(let regionID):
      page.title = data.name(of: regionID) + " · " + UIText.targetsView(lang)
      page.targetsView(regionID)
    case .units(let regionID):
      page.title = data.name(of: regionID) + " · " + UIText.unitsView(lang)
      page.unitsView(regionID)
    case .comparison(let id):
      page.title = UIText.comparisonView(lang) + " · " + data.name(of: id)
      page.comparisonView(id)
    }
    return page
  }

  private mutating func goalFields(_ goal: Goal, id: String) {
    if !goal.isChange { field(UIText.unit, goal.unit) }
    field(UIText.direction, Format.direction(goal.direction, context.glyphs, lang))
    field(UIText.baseline, Format.figureWithYear(goal.baseline, open: open))
    if goal.kind == .comparator {
      comparatorGoalFields(goal, id: id)
      return
    }
    guard goal.isChange else {
      field(UIText.target, Format.figureWithYear(goal.target, open: open))
      if let base = goal.baseYear { field(Localized(zh: "基准年", en: "Base year"), String(base)) }
      otherGoalFields(goal)
      return
    }
    // A change: the change asked for, and — from a base year — the level it comes to once
    // that year's actual is in. Actuals are the metric's levels.
    let year = goal.target?.year.map { " (\($0))" } ?? ""
    field(UIText.target, (Format.relativeChange(goal, lang) ?? open) + year)
    if goal.isFromBaseYear {
      let base = goal.baseYear ?? goal.baseline?.year
      if let base { field(Localized(zh: "基准年", en: "Base year"), String(base)) }
      let level = AssessmentBadge.targetLevel(
        of: id, goal: goal, context.data, asOf: context.state.currentYear)
      field(
        Localized(zh: "目标水平", en: "Target level"),
        level.map { Format.number($0) + year }
          ?? base.map {
            lang == .zh ? "录入\($0)年实际值后算出" : "worked out once the \($0) actual is recorded"
          }, role: level == nil ? .muted : .normal)
    }
    field(
      Localized(zh: "实际值", en: "Actuals"),
      lang == .zh ? "填指标各年的水平值，增幅由此算出" : "the metric's level each year; the change is worked out",
      role: .muted)
    otherGoalFields(goal)
  }

  private mutating func otherGoalFields(_ goal: Goal) {
    if !goal.qualifiers.isEmpty {
      field(Localized(zh: "限定", en: "Qualifiers"), goal.qualifiers.joined(separator: "、"))
    }
    if let comparator = goal.comparator {
      field(Localized(zh: "比较对象", en: "Compared with"), comparator)
    }
  }
}
