import PlanModel

/// `T`: every target, indicator and tier of a region, worst first (deterioration, not yet
/// achieved, limited progress, acceleration needed, on track, achieved, not assessable), with
/// the counts per status, latest actual, target, R and a sparkline.
enum TargetsPage {
  static func build(_ regionID: String, into page: inout PageBuilder) {
    page.page.title = page.data.name(of: regionID) + " · " + UIText.targetsView(page.lang)
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
    let width = page.width
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
    page.append(
      DetailPage.Row(cells: [
        .text("  " + UIText.assessment(lang), width: badgeWidth + 2, role: .muted),
        .text(Localized(zh: "指标名称", en: "Metric")(lang), width: nameWidth, role: .muted),
        .text(UIText.latest(lang), width: numberWidth, align: .right, role: .muted),
        .text(UIText.target(lang), width: numberWidth, align: .right, role: .muted),
        .text(UIText.ratio(lang), width: ratioWidth, align: .right, role: .muted),
      ]))
    for item in items {
      let a = item.assessment
      let latest = page.data.snapshot.latestActual(of: item.id)
      var cells: [DetailPage.DetailCell] = [
        .text(
          "  " + AssessmentBadge.text(a.status, lang, compact: compact), width: badgeWidth + 2,
          role: AssessmentBadge.role(a.status)),
        .text(item.name + (item.figureUnit.map { " " + $0 } ?? ""), width: nameWidth),
        .text(Format.actual(latest, open: open), width: numberWidth, align: .right),
        .text(
          AssessmentBadge.assessedTargetText(
            of: item.id, page.data, asOf: page.asOf, open: open, lang),
          width: numberWidth, align: .right),
        .text(AssessmentBadge.ratio(a, open: open), width: ratioWidth, align: .right),
      ]
      if sparkWidth > 0 { cells.append(page.sparkline(item.id, width: sparkWidth)) }
      page.item(item.id, PageRoutes.route(of: item.id, page.catalog), cells)
      // A base taken from a recorded actual is said under the row: 基期取2022年实际值.
      if let note = AssessmentBadge.baseNote(a, lang) {
        page.append(
          DetailPage.Row(cells: [
            .text("", width: badgeWidth + 2), .text(note, width: nil, role: .muted),
          ]))
      }
    }
  }
}
