import PlanModel

extension DetailPage {
  /// The line under a cluster's scale row: its scale goal as the plan words it (qualifiers,
  /// 亿元, year) and, from two recorded years, a sparkline of its actuals by year.
  func scaleTrend(_ id: String, scale: Figure?) -> Row {
    var text =
      "  " + UIText.outputScale(lang) + ": "
      + ClustersTable.scaleText(scale, context, unit: Cluster.scaleUnit)
    let actuals = (context.data.snapshot.actuals[id] ?? []).sorted { $0.year < $1.year }
    if actuals.count >= 2, let first = actuals.first, let last = actuals.last {
      let spark = AssessmentBadge.sparkline(
        actuals, glyphs: context.glyphs, width: min(12, last.year - first.year + 1))
      text += " · " + UIText.actualsShort(lang) + " \(first.year)–\(last.year) "
      return Row(cells: [
        // measured as drawn: in --cjk-wide mode · and – become wider substitutes
        .text(
          text, width: DisplayWidth.of(TextSanitizer.clean(text, cjkWide: context.glyphs.cjkWide)),
          role: .muted),
        .text(spark, width: nil, role: .barFilled),
      ])
    }
    return Row(cells: [.text(text, width: nil, role: .muted)])
  }
}
