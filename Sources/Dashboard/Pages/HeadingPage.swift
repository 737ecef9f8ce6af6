import PlanModel

/// A chapter's or section's page: its full title as printed, the headings it stands under,
/// its roll-up (measures done of total with a bar, overdue measures, the worst assessment),
/// then everything written under it or its sections — its sections (each opens its own
/// page), targets, indicators, clusters, ladder tiers and measures, each with its status.
enum HeadingPage {
  static func build(_ id: String, into page: inout PageBuilder) {
    guard let (outline, index) = page.data.heading(id) else { return }
    let heading = outline.outline.headings[index]
    let lang = page.lang
    page.field(
      UIText.heading, heading.printed + (heading.inText ? "" : " " + UIText.notInText(lang)))
    let above = outline.path(to: index).dropLast().map(\.printed)
    if !above.isEmpty {
      page.field(
        UIText.headingPath, above.joined(separator: page.context.glyphs.breadcrumbSeparator))
    }
    page.field(UIText.regions, outline.plan.region.name)
    rollUp(HeadingRollUp(outline, index, page.data, asOf: page.asOf), &page)
    sections(outline, index, &page)
    figures(outline, index, &page)
    startingFigures(outline.baselineIndicators(under: index), &page)
    page.clusterRows(outline.clusters(under: index), heading: UIText.clusters, withTier: true)
    page.heading(UIText.measures)
    page.measureRows(outline.measures(under: index))
  }

  /// Measures done of total with a bar, the overdue ones, the worst assessment under it.
  private static func rollUp(_ rollUp: HeadingRollUp, _ page: inout PageBuilder) {
    let lang = page.lang
    let labelWidth = lang == .zh ? 10 : 18
    let count = Format.count(rollUp.done, rollUp.total)
    page.append(
      DetailPage.Row(cells: [
        .text(UIText.measures(lang), width: labelWidth, role: .muted),
        .text(count, width: DisplayWidth.of(count)),
        .bar(rollUp.fraction, width: min(20, max(2, page.width - labelWidth - count.count - 2))),
      ]))
    page.field(
      UIText.overdueMeasures, String(rollUp.overdue), role: rollUp.overdue > 0 ? .behind : .normal)
    page.field(
      UIText.worstStatus, rollUp.worst.map { AssessmentBadge.text($0, lang) },
      role: rollUp.worst.map(AssessmentBadge.role) ?? .muted)
  }

  /// The sections right under it, each a link to its page with its measures done of total.
  private static func sections(_ outline: MeasureOutline, _ index: Int, _ page: inout PageBuilder) {
    let children = outline.outline.children[index]
    guard !children.isEmpty else { return }
    page.heading(UIText.sections)
    let table = PageTable(
      [PageTable.flexible(minWidth: 6), PageTable.fixed(9, align: .right)], width: page.width,
      margin: 2)
    for child in children {
      let rollUp = HeadingRollUp(outline, child, page.data, asOf: page.asOf)
      let rowID = outline.rowID(child)
      page.item(
        rowID, .heading(rowID),
        [
          table.text(0, "  " + outline.outline.headings[child].printed),
          table.text(1, Format.count(rollUp.done, rollUp.total)),
        ])
    }
  }

  /// Targets, indicators and ladder tiers under it, as a region's page lists targets.
  private static func figures(_ outline: MeasureOutline, _ index: Int, _ page: inout PageBuilder) {
    let targets = outline.targets(under: index)
    if !targets.isEmpty {
      page.heading(UIText.targets)
      page.figureRows(
        targets.map { .init(id: $0.id, name: $0.metric, goal: $0.goal, route: .target($0.id)) })
    }
    let indicators = outline.indicators(under: index)
    if !indicators.isEmpty {
      page.heading(UIText.indicators)
      page.figureRows(
        indicators.map {
          .init(id: $0.id, name: $0.name, goal: $0.goal, route: .indicator($0.id))
        })
    }
    let tiers = outline.ladders(under: index).flatMap { ladder in
      ladder.tiers.map { (ladder, $0) }
    }
    if !tiers.isEmpty {
      page.heading(UIText.ladders)
      page.figureRows(
        tiers.map { ladder, tier in
          .init(
            id: tier.id, name: ladder.name + page.context.glyphs.breadcrumbSeparator + tier.name,
            goal: tier.goal, route: .tier(tier.id))
        })
    }
  }

  /// The figures the plan states as its starting situation under it (发展基础): each with its
  /// number, unit and year, a rank with the group it is a rank in.
  private static func startingFigures(_ figures: [BaselineIndicator], _ page: inout PageBuilder) {
    guard !figures.isEmpty else { return }
    page.heading(UIText.startingFigures)
    let table = PageTable(
      [PageTable.flexible(minWidth: 6), PageTable.flexible(minWidth: 8)], width: page.width,
      margin: 2)
    for figure in figures {
      var value = (Format.figureNumber(figure.baseline) ?? page.open) + (figure.unit ?? "")
      if let year = figure.baseline.year { value += " (\(year))" }
      if let among = figure.among { value = among + " " + value }
      page.append(
        DetailPage.Row(cells: [table.text(0, "  " + figure.name), table.text(1, value)]))
    }
  }
}
