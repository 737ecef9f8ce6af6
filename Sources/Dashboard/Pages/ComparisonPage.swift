import PlanModel

/// `C` (docs/dashboard.md, "Across regions"): one figure lined up across every loaded region.
/// Each region's own item is named under its row (metric, or ladder › tier) with its unit,
/// the latest actual (else the plan's baseline, marked as such) with a bar scaled to the
/// largest, target and status.
enum ComparisonPage {
  /// The figure a region's row shows: the latest actual, else the plan's baseline.
  struct Shown {
    var text: String
    var value: Double?
    var isBaseline: Bool
  }

  static func build(_ id: String, into page: inout PageBuilder) {
    page.title = UIText.comparisonView(page.lang) + " · " + page.data.name(of: id)
    page.comparisonPage(id)
  }
}

extension PageBuilder {
  mutating func comparisonPage(_ id: String) {
    let lines = catalog.comparableItems(to: id)
    field(UIText.asOf, String(asOf))
    let shown = lines.map { shownFigure($0.id) }
    let top = shown.compactMap(\.value).map(abs).max() ?? 0
    func table(badge: Int) -> PageTable {
      let number = PageTable.fixed(12, align: .right)
      return PageTable(
        [
          PageTable.fixed(10), PageTable.fixed(8), number,
          PageTable.flexible(minWidth: 4, maxWidth: 24), number, PageTable.fixed(badge),
        ], width: width)
    }
    // The report's words where the bar keeps 5 columns (80 columns do), else the symbol.
    let compact = table(badge: AssessmentBadge.textWidth(lang) + 2).widths[3] < 5
    let table = table(badge: compact ? 3 : AssessmentBadge.textWidth(lang) + 2)
    append(
      table.header([
        "  " + UIText.region(lang), UIText.unit(lang), UIText.latest(lang), "",
        UIText.target(lang), compact ? "" : "  " + UIText.assessment(lang),
      ]))
    for (i, line) in lines.enumerated() {
      let fraction = shown[i].value.map { top > 0 ? abs($0) / top : 0 }
      comparisonRow(line, shown[i], fraction: fraction, table, compact: compact)
    }
  }

  /// The latest actual of an item, else the plan's baseline.
  private func shownFigure(_ id: String) -> ComparisonPage.Shown {
    if let latest = data.snapshot.latestActual(of: id) {
      return .init(text: Format.actual(latest, open: open), value: latest.value, isBaseline: false)
    }
    let baseline = catalog.assessableGoal(id)?.baseline
    if let baseline, let value = baseline.value ?? baseline.min {
      return .init(
        text: Format.figureWithYear(baseline, open: open), value: value, isBaseline: true)
    }
    return .init(text: open, value: nil, isBaseline: false)
  }

  /// One region's row, and under it the region's own item by its own name.
  private mutating func comparisonRow(
    _ line: (regionID: String, id: String), _ shown: ComparisonPage.Shown, fraction: Double?,
    _ table: PageTable,
    compact: Bool
  ) {
    let status = AssessmentBadge.assessment(of: line.id, data, asOf: asOf)?.status ?? .notAssessable
    let unit = catalog.assessableGoal(line.id)?.figureUnit
    let target = AssessmentBadge.assessedTargetText(
      of: line.id, data, asOf: asOf, open: open, lang)
    let ownName = catalog.comparisonName(of: line.id) ?? data.name(of: line.id)
    // The region, the item's own name: what `/` searches for the row and its lines below.
    let lineEntry = entry([data.name(of: line.regionID), line.regionID, ownName, line.id])
    item(
      line.id, PageRoutes.route(of: line.id, catalog),
      [
        table.text(0, "  " + data.name(of: line.regionID)),
        table.text(1, unit ?? open, role: unit == nil ? .muted : .normal),
        table.text(
          2, shown.text, role: shown.isBaseline || shown.value == nil ? .muted : .normal),
        .bar(fraction, width: table.widths[3]),
        table.text(4, target),
        table.text(
          5, "  " + AssessmentBadge.text(status, lang, compact: compact),
          role: AssessmentBadge.role(status)),
      ], entry: lineEntry)
    // The item this row is, by its own name: regions word the same figure differently.
    var about = "› " + ownName
    if shown.isBaseline {
      about +=
        lang == .zh ? "（数字为方案基期值，尚无实际值）" : " · the figure is the plan's baseline, no actual yet"
    }
    let glyphs = TextSanitizer.glyphs(about, cjkWide: context.glyphs.cjkWide)
    for part in TextLayout.wrap(glyphs, width: max(1, width - 6)) {
      append(
        DetailPage.Row(
          cells: [.text("      " + part.text, width: nil, role: .muted)], entry: lineEntry))
    }
  }
}
