import PlanModel

/// `C` (docs/dashboard.md, "Across regions"): one figure lined up across every loaded region.
/// Each region's own item is named under its row (metric, or ladder › tier) with its unit,
/// the latest actual (else the plan's baseline, marked as such) with a bar scaled to the
/// largest, target and status.
enum ComparisonPage {
  static func build(_ id: String, into page: inout PageBuilder) {
    page.page.title = UIText.comparisonView(page.lang) + " · " + page.data.name(of: id)
    page.comparisonPage(id)
  }
}

extension PageBuilder {
  mutating func comparisonPage(_ id: String) {
    let lines = catalog.comparableItems(to: id)
    field(UIText.asOf, String(asOf))
    // The figure each row shows: the latest actual, else the plan's baseline.
    let shown: [(text: String, value: Double?, isBaseline: Bool)] = lines.map { line in
      if let latest = data.snapshot.latestActual(of: line.id) {
        return (Format.actual(latest, open: open), latest.value, false)
      }
      let baseline = catalog.assessableGoal(line.id)?.baseline
      if let baseline, let value = baseline.value ?? baseline.min {
        return (Format.figureWithYear(baseline, open: open), value, true)
      }
      return (open, nil, false)
    }
    let top = shown.compactMap(\.value).map(abs).max() ?? 0
    let regionWidth = 10
    let unitWidth = 8
    let numberWidth = 12
    // Each cell is followed by one column of space.
    let fixed = regionWidth + 1 + unitWidth + 1 + 2 * (numberWidth + 1) + 1
    let full = AssessmentBadge.textWidth(lang) + 2
    // The report's words where the bar keeps 5 columns (80 columns do), else the symbol.
    let compact = width - fixed - full < 5
    let badgeWidth = compact ? 3 : full
    let barWidth = max(4, min(24, width - fixed - badgeWidth))
    append(
      DetailPage.Row(cells: [
        .text("  " + UIText.region(lang), width: regionWidth, role: .muted),
        .text(UIText.unit(lang), width: unitWidth, role: .muted),
        .text(UIText.latest(lang), width: numberWidth, align: .right, role: .muted),
        .text("", width: barWidth, role: .muted),
        .text(UIText.target(lang), width: numberWidth, align: .right, role: .muted),
        .text(compact ? "" : "  " + UIText.assessment(lang), width: badgeWidth, role: .muted),
      ]))
    for (i, line) in lines.enumerated() {
      let a = AssessmentBadge.assessment(of: line.id, data, asOf: asOf)
      let status = a?.status ?? .notAssessable
      let fraction = shown[i].value.map { top > 0 ? abs($0) / top : 0 }
      let unit = catalog.assessableGoal(line.id)?.figureUnit
      let target = AssessmentBadge.assessedTargetText(
        of: line.id, data, asOf: asOf, open: open, lang)
      // The region, the item's own name: what `/` searches for the row and its lines below.
      let lineEntry = entry(
        [
          data.name(of: line.regionID), line.regionID,
          catalog.comparisonName(of: line.id) ?? data.name(of: line.id), line.id,
        ])
      item(
        line.id, PageRoutes.route(of: line.id, catalog),
        [
          .text("  " + data.name(of: line.regionID), width: regionWidth),
          .text(unit ?? open, width: unitWidth, role: unit == nil ? .muted : .normal),
          .text(
            shown[i].text, width: numberWidth, align: .right,
            role: shown[i].isBaseline || shown[i].value == nil ? .muted : .normal),
          .bar(fraction, width: barWidth),
          .text(target, width: numberWidth, align: .right),
          .text(
            "  " + AssessmentBadge.text(status, lang, compact: compact), width: badgeWidth,
            role: AssessmentBadge.role(status)),
        ], entry: lineEntry)
      // The item this row is, by its own name: regions word the same figure differently.
      var about = "› " + (catalog.comparisonName(of: line.id) ?? data.name(of: line.id))
      if shown[i].isBaseline {
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
}
