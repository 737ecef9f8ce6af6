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
    append(
      DetailPage.Row(cells: [
        .text(Localized(zh: "指标名称", en: "Metric")(lang), width: nameWidth, role: .muted),
        .text(UIText.baseline(lang), width: numberWidth, align: .right, role: .muted),
        .text(UIText.target(lang), width: numberWidth, align: .right, role: .muted),
        .text(UIText.latest(lang), width: numberWidth, align: .right, role: .muted),
        .text(
          compactBadge ? "" : Localized(zh: "评估", en: "Status")(lang), width: badgeWidth,
          role: .muted),
      ]))
    for t in figures {
      let latest = data.snapshot.latestActual(of: t.id)
      let unit = t.goal.figureUnit.map { " " + $0 } ?? ""
      let level = AssessmentBadge.targetLevel(of: t.id, goal: t.goal, data, asOf: asOf)
      var cells: [DetailPage.DetailCell] = [
        .text(t.name + unit, width: nameWidth),
        .text(
          Format.figureWithYear(t.goal.baseline, open: open), width: numberWidth, align: .right),
        .text(
          Format.goalTarget(t.goal, level: level, open: open, lang), width: numberWidth,
          align: .right),
        .text(Format.actual(latest, open: open), width: numberWidth, align: .right),
      ]
      let status = AssessmentBadge.status(of: t.id, data, asOf: asOf)
      cells.append(
        .text(
          AssessmentBadge.text(status, lang, compact: compactBadge), width: badgeWidth,
          role: AssessmentBadge.role(status)))
      if barWidth > 0 {
        cells.append(.bar(Format.progressFraction(goal: t.goal, latest: latest), width: barWidth))
      }
      if sparkWidth > 0 { cells.append(sparkline(t.id, width: sparkWidth)) }
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
    for c in clusters {
      let (done, total) = data.doneCount(catalog.measures(ofCluster: c.id))
      var cells: [DetailPage.DetailCell] = [
        .text("  " + c.name, width: max(6, width - (withTier ? 22 : 12)))
      ]
      if withTier {
        cells.append(.text(c.tier ?? open, width: 8, role: c.tier == nil ? .muted : .normal))
      }
      cells.append(.text(Format.count(done, total), width: 9, align: .right))
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
    for m in measures {
      let status = data.snapshot.status(of: m.id)
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

  /// A figure's actuals, one selectable row per year: `a` records, `d` deletes (after a
  /// second press).
  mutating func actualRows(_ id: String) {
    heading(UIText.actualsByYear)
    let actuals = data.snapshot.actuals[id] ?? []
    if actuals.isEmpty {
      emptyLine(UIText.noActuals)
      return
    }
    for a in actuals {
      append(
        DetailPage.Row(
          cells: [
            .text("  \(a.year)", width: 8),
            .text(Format.number(a.value), width: 14, align: .right),
            .text(a.note ?? "", width: nil, role: .muted),
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
