import PlanModel

extension DetailPage {
  /// Under a cluster's Targets table: its scale goal as the plan words it (qualifiers, 亿元,
  /// year) and, from two recorded years, a sparkline of its actuals by year.
  mutating func scaleTrend(_ id: String, scale: Figure?) {
    var text =
      "  " + UIText.outputScale(lang) + ": "
      + ClustersTable.scaleText(scale, context, unit: Cluster.scaleUnit)
    let actuals = (context.data.snapshot.actuals[id] ?? []).sorted { $0.year < $1.year }
    if actuals.count >= 2, let first = actuals.first, let last = actuals.last {
      let spark = AssessmentBadge.sparkline(
        actuals, glyphs: context.glyphs, width: min(12, last.year - first.year + 1))
      text += " · " + UIText.actualsShort(lang) + " \(first.year)–\(last.year) "
      rows.append(
        Row(cells: [
          .text(text, width: DisplayWidth.of(text), role: .muted),
          .text(spark, width: nil, role: .barFilled),
        ]))
    } else {
      rows.append(Row(cells: [.text(text, width: nil, role: .muted)]))
    }
  }
}
