import PlanModel

/// A cluster's page: tier, scale and units; its scale goal first (with the plan's wording
/// and a sparkline of its actuals under it), then the targets and indicators that name it,
/// its sub-clusters and measures, its source, and — with a scale — its actuals by year.
enum ClusterPage {
  static func build(_ id: String, into page: inout PageBuilder) {
    let catalog = page.catalog
    guard let c = catalog.cluster(id) else { return }
    let lang = page.lang
    page.field(UIText.tier, c.tier)
    page.field(
      UIText.scale, c.scale.map { ClustersTable.scaleText($0, page.context, unit: "亿元") })
    page.listField(UIText.leadUnits, c.leadUnits)
    page.listField(UIText.responsibleUnits, c.responsibleUnits)
    page.heading(UIText.targets)
    let plan = catalog.address(of: id).map { catalog.plan(at: $0.plan) }
    let indicators = plan?.indicators.filter { $0.cluster == id } ?? []
    // The cluster's own scale goal first (`a` on it records the cluster's output).
    let scale = c.scaleGoal.map {
      [PageBuilder.FigureLine(id: id, name: UIText.outputScale(lang), goal: $0, route: nil)]
    }
    page.figureRows(
      (scale ?? [])
        + catalog.targets(ofCluster: id).map {
          .init(id: $0.id, name: $0.metric, goal: $0.goal, route: .target($0.id))
        }
        + indicators.map {
          .init(id: $0.id, name: $0.name, goal: $0.goal, route: .indicator($0.id))
        })
    if c.scaleGoal != nil, let row = page.rows.firstIndex(where: { $0.itemID == id }) {
      var trend = scaleTrend(id, scale: c.scale, page)
      trend.entry = page.rows[row].entry
      page.rows.insert(trend, at: row + 1)
    }
    page.clusterRows(
      catalog.children(ofCluster: id), heading: UIText.subClusters, withTier: false)
    page.heading(UIText.measures)
    page.measureRows(catalog.measures(ofCluster: id))
    page.source(c.source)
    if c.scaleGoal != nil { page.actualRows(id) }
  }

  /// The line under a cluster's scale row: its scale goal as the plan words it (qualifiers,
  /// 亿元, year) and, from two recorded years, a sparkline of its actuals by year.
  static func scaleTrend(_ id: String, scale: Figure?, _ page: PageBuilder) -> DetailPage.Row {
    let context = page.context
    var text =
      "  " + UIText.outputScale(page.lang) + ": "
      + ClustersTable.scaleText(scale, context, unit: Cluster.scaleUnit)
    let actuals = (context.data.snapshot.actuals[id] ?? []).sorted { $0.year < $1.year }
    if actuals.count >= 2, let first = actuals.first, let last = actuals.last {
      let spark = AssessmentBadge.sparkline(
        actuals, glyphs: context.glyphs, width: min(12, last.year - first.year + 1))
      text += " · " + UIText.actualsShort(page.lang) + " \(first.year)–\(last.year) "
      return DetailPage.Row(cells: [
        // measured as drawn: in --cjk-wide mode · and – become wider substitutes
        .text(
          text, width: DisplayWidth.of(TextSanitizer.clean(text, cjkWide: context.glyphs.cjkWide)),
          role: .muted),
        .text(spark, width: nil, role: .barFilled),
      ])
    }
    return DetailPage.Row(cells: [.text(text, width: nil, role: .muted)])
  }
}
