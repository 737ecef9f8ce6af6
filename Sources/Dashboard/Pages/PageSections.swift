import PlanModel

/// The sections several pages share: a table of figures with their assessment, clusters,
/// measures, a figure's actuals by year, and the plan's source sentence.
extension PageBuilder {
  /// A figure (target, indicator, tier, a cluster's scale) as a table row lists it.
  struct FigureLine {
    var id: String
    var name: String
    var goal: Goal
    var route: DetailRoute?
  }

  /// Figures with baseline, target, latest actual, assessment badge and — where there is
  /// room — a bar and a sparkline.
  mutating func figureRows(_ figures: [FigureLine]) {
    if figures.isEmpty {
      emptyLine(UIText.empty)
      return
    }
    // A bar from 70 columns, a sparkline from 110; the assessment badge's word from 96,
    // else its symbol alone.
    let hasBar = width >= 70
    let compactBadge = width < 96
    let hasSpark = width >= 110
    let number = PageTable.fixed(12, align: .right)
    var columns = [
      PageTable.flexible(minWidth: 6), number, number, number,
      PageTable.fixed(compactBadge ? 1 : AssessmentBadge.textWidth(lang)),
    ]
    if hasBar { columns.append(PageTable.fixed(12)) }
    if hasSpark { columns.append(PageTable.fixed(8)) }
    // Two columns are left free at the right.
    let table = PageTable(columns, width: width, margin: 2)
    append(
      table.header([
        Localized(zh: "指标名称", en: "Metric")(lang), UIText.baseline(lang), UIText.target(lang),
        UIText.latest(lang), compactBadge ? "" : Localized(zh: "评估", en: "Status")(lang),
      ]))
    for t in figures {
      let latest = data.snapshot.latestActual(of: t.id)
      let unit = t.goal.figureUnit.map { " " + $0 } ?? ""
      let level = AssessmentBadge.targetLevel(of: t.id, goal: t.goal, data, asOf: asOf)
      let status = AssessmentBadge.status(of: t.id, data, asOf: asOf)
      var cells: [DetailPage.DetailCell] = [
        table.text(0, t.name + unit),
        table.text(1, Format.figureWithYear(t.goal.baseline, open: open)),
        table.text(2, Format.goalTarget(t.goal, level: level, open: open, lang)),
        table.text(3, Format.actual(latest, open: open)),
        table.text(
          4, AssessmentBadge.text(status, lang, compact: compactBadge),
          role: AssessmentBadge.role(status)),
      ]
      if hasBar {
        cells.append(
          .bar(Format.progressFraction(goal: t.goal, latest: latest), width: table.widths[5]))
      }
      if hasSpark { cells.append(sparkline(t.id, width: table.widths[columns.count - 1])) }
      item(t.id, t.route, cells)
    }
  }

  /// A figure's actuals by year as a sparkline cell.
  func sparkline(_ id: String, width: Int) -> DetailPage.DetailCell {
    .text(
      AssessmentBadge.sparkline(
        data.snapshot.actuals[id] ?? [], glyphs: context.glyphs, width: width),
      width: width, role: .barFilled)
  }

  /// Clusters under a heading, each with its tier (where asked) and its measures done.
  mutating func clusterRows(_ clusters: [Cluster], heading title: Localized, withTier: Bool) {
    guard !clusters.isEmpty else { return }
    heading(title)
    // Name, tier where asked, measures done; two or three columns free at the right.
    let count = PageTable.fixed(9, align: .right)
    let table = PageTable(
      withTier
        ? [PageTable.flexible(minWidth: 6), PageTable.fixed(8), count]
        : [PageTable.flexible(minWidth: 6), count],
      width: width, margin: withTier ? 3 : 2)
    for c in clusters {
      let (done, total) = data.doneCount(catalog.measures(ofCluster: c.id))
      var cells = [table.text(0, "  " + c.name)]
      if withTier {
        cells.append(table.text(1, c.tier ?? open, role: c.tier == nil ? .muted : .normal))
      }
      cells.append(table.text(table.widths.count - 1, Format.count(done, total)))
      item(c.id, .cluster(c.id), cells)
    }
  }

  /// Measures with their mark, status, section and title.
  mutating func measureRows(_ measures: [Measure]) {
    if measures.isEmpty {
      emptyLine(UIText.empty)
      return
    }
    let statusWidth = lang == .zh ? 10 : 15
    // The section column is as wide as its widest entry (四(一) ¶2), up to a quarter row.
    let sectionWidth = min(
      max(
        8, measures.map { DisplayWidth.of(MeasuresTable.sectionText($0, open: open)) }.max() ?? 0),
      max(8, width / 4))
    let table = PageTable(
      [
        PageTable.fixed(1), PageTable.fixed(statusWidth), PageTable.fixed(sectionWidth + 1),
        PageTable.flexible(),
      ], width: width)
    for m in measures {
      let status = data.snapshot.status(of: m.id)
      let marked = context.state.marked.contains(m.id) ? context.glyphs.selectedMark : " "
      item(
        m.id, .measure(m.id),
        [
          table.text(0, marked, role: .marked),
          table.text(
            1, Format.status(status, context.glyphs, lang), role: Format.statusRole(status)),
          table.text(2, MeasuresTable.sectionText(m, open: open), role: .muted),
          table.text(3, m.title),
        ])
    }
  }

  /// A figure's actuals, one selectable row per year: `a` records, `d` deletes (after a
  /// second press).
  mutating func actualRows(_ id: String) {
    heading(UIText.actualsByYear)
    let actuals = data.snapshot.actuals[id] ?? []
    if actuals.isEmpty {
      emptyLine(UIText.noActuals)
      return
    }
    let table = PageTable(
      [PageTable.fixed(8), PageTable.fixed(14, align: .right), PageTable.flexible()], width: width)
    for a in actuals {
      append(
        DetailPage.Row(
          cells: [
            table.text(0, "  \(a.year)"), table.text(1, Format.number(a.value)),
            table.text(2, a.note ?? "", role: .muted),
          ], itemID: id, actualYear: a.year,
          entry: entry([String(a.year), Format.number(a.value), a.note ?? ""])))
    }
  }

  /// The plan's section and sentence an item comes from.
  mutating func source(_ ref: SourceRef?) {
    heading(UIText.source)
    field(UIText.section, ref?.section)
    if let text = ref?.text { paragraph(text) }
  }
}
