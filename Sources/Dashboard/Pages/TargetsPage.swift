import PlanModel

/// `T`: every target, indicator and tier of a region, worst first (deterioration, not yet
/// achieved, limited progress, acceleration needed, on track, achieved, not assessable), with
/// the counts per status, latest actual, target, R and a sparkline.
enum TargetsPage {
  static func build(_ regionID: String, into page: inout PageBuilder) {
    page.title = page.data.name(of: regionID) + " · " + UIText.targetsView(page.lang)
    let items = CatalogAssessment.items(
      catalog: page.catalog, snapshot: page.data.snapshot, asOf: page.asOf, region: regionID)
    let order = Dictionary(
      items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let sorted = items.sorted {
      ($0.assessment.status.severity, order[$0.id]!) < (
        $1.assessment.status.severity, order[$1.id]!
      )
    }
    summary(CatalogAssessment.counts(items), &page)
    page.heading(UIText.targets)
    if sorted.isEmpty {
      page.emptyLine(UIText.empty)
      return
    }
    table(sorted, &page)
  }

  /// The year assessed as of, and how many items have each status.
  private static func summary(_ counts: [AssessmentStatus: Int], _ page: inout PageBuilder) {
    let lang = page.lang
    page.field(UIText.asOf, String(page.asOf))
    let summary = AssessmentStatus.allCases.sorted { $0.severity < $1.severity }
      .filter { counts[$0] != nil }
      // No-break spaces hold each status to its count: a line may break only between them.
      .map {
        String(
          (AssessmentBadge.text($0, lang) + " " + String(counts[$0]!)).map {
            $0 == " " ? "\u{00A0}" : $0
          })
      }
    page.field(UIText.assessment, summary.isEmpty ? nil : summary.joined(separator: " · "))
  }

  /// The items, one row each: badge, name, latest actual, target, R and a sparkline; under
  /// an item whose base is a recorded actual, a muted line saying so.
  private static func table(_ items: [AssessedItem], _ page: inout PageBuilder) {
    let lang = page.lang
    let open = page.open
    let hasSpark = page.width >= 90
    func table(badge: Int) -> PageTable {
      let number = PageTable.fixed(12, align: .right)
      var columns = [
        PageTable.fixed(badge + 2), PageTable.flexible(minWidth: 6), number, number,
        PageTable.fixed(6, align: .right),
      ]
      if hasSpark { columns.append(PageTable.fixed(6)) }
      return PageTable(columns, width: page.width)
    }
    // The report's words where the names keep 16 columns (80 columns do), else the symbol.
    let compact = table(badge: AssessmentBadge.textWidth(lang)).widths[1] < 16
    let table = table(badge: compact ? 1 : AssessmentBadge.textWidth(lang))
    page.append(
      table.header([
        "  " + UIText.assessment(lang), Localized(zh: "指标名称", en: "Metric")(lang),
        UIText.latest(lang), UIText.target(lang), UIText.ratio(lang),
      ]))
    let names = DistinctNames.fitted(
      items.map { $0.name + ($0.figureUnit.map { " " + $0 } ?? "") }, width: table.widths[1],
      ellipsis: page.context.glyphs.ellipsis)
    for (item, name) in zip(items, names) {
      let a = item.assessment
      let latest = page.data.snapshot.latestActual(of: item.id)
      var cells: [DetailPage.DetailCell] = [
        table.text(
          0, "  " + AssessmentBadge.text(a.status, lang, compact: compact),
          role: AssessmentBadge.role(a.status)),
        table.text(1, name),
        table.text(2, Format.actual(latest, open: open)),
        table.text(
          3,
          AssessmentBadge.assessedTargetText(
            of: item.id, page.data, asOf: page.asOf, open: open, lang)),
        table.text(4, AssessmentBadge.ratio(a, open: open)),
      ]
      if hasSpark { cells.append(page.sparkline(item.id, width: table.widths[5])) }
      page.item(item.id, PageRoutes.route(of: item.id, page.catalog), cells)
      // A base taken from a recorded actual is said under the row: 基期取2022年实际值.
      if let note = AssessmentBadge.baseNote(a, lang) {
        page.append(
          DetailPage.Row(cells: [table.text(0, ""), .text(note, width: nil, role: .muted)]))
      }
    }
  }
}
