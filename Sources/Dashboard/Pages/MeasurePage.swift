import PlanModel

/// A measure's page: status, section, units, due year, note and outputs; the clusters and
/// targets it links to; its text; and its history, each change with its local time and who
/// made it.
enum MeasurePage {
  static func build(_ id: String, into page: inout PageBuilder) {
    let data = page.data
    guard let m = data.catalog.measure(id) else { return }
    let lang = page.lang
    let status = data.snapshot.status(of: id)
    page.field(
      UIText.status, Format.status(status, page.context.glyphs, lang),
      role: Format.statusRole(status))
    page.field(UIText.section, m.section ?? m.position)
    if m.section != nil, let position = m.position {
      page.field(Localized(zh: "段次", en: "Paragraph"), position)
    }
    headingLink(id, &page)
    page.listField(UIText.leadUnits, m.leadUnits)
    page.listField(UIText.responsibleUnits, m.responsibleUnits)
    page.field(UIText.due, m.due.map(String.init))
    page.field(UIText.note, data.snapshot.measures[id]?.note)
    for output in m.outputs {
      let figure = Format.figure(output.figure, open: page.open) + (output.unit ?? "")
      page.field(UIText.outputs, output.metric + " " + figure)
    }
    links(m, &page)
    page.heading(UIText.text)
    page.paragraph(m.text)
    history(id, &page)
  }

  /// The heading it is written under, in full with the chapter above it (章 › 节), as a
  /// line that opens the heading's page.
  private static func headingLink(_ id: String, _ page: inout PageBuilder) {
    let data = page.data
    guard let region = data.catalog.regionID(of: id), let outline = data.outline(of: region),
      let index = outline.heading(ofMeasure: id)
    else { return }
    let path = outline.path(to: index).map(\.printed)
      .joined(separator: page.context.glyphs.breadcrumbSeparator)
    let labelWidth = page.lang == .zh ? 10 : 18
    let rowID = outline.rowID(index)
    let lines = TextLayout.wrap(
      TextSanitizer.glyphs(path, cjkWide: page.context.glyphs.cjkWide),
      width: max(1, page.width - labelWidth - 1))
    let entry = page.entry([path])
    for (n, line) in lines.enumerated() {
      let cells: [DetailPage.DetailCell] = [
        .text(n == 0 ? UIText.headingPath(page.lang) : "", width: labelWidth, role: .muted),
        .text(line.text, width: nil),
      ]
      // Only the first line is selected; the others continue it.
      if n == 0 {
        page.item(rowID, .heading(rowID), cells, entry: entry)
      } else {
        page.append(DetailPage.Row(cells: cells, entry: entry))
      }
    }
  }

  /// The clusters and the targets (figures an actual can be recorded for) it names.
  private static func links(_ m: Measure, _ page: inout PageBuilder) {
    let catalog = page.catalog
    let clusters = m.clusters.compactMap(catalog.cluster)
    if !clusters.isEmpty {
      page.heading(UIText.clusters)
      for c in clusters { page.link(c.id, .cluster(c.id)) }
    }
    let targets = m.targets.filter { page.data.acceptsActuals($0) }
    if !targets.isEmpty {
      page.heading(UIText.targets)
      for t in targets { page.link(t, PageRoutes.route(of: t, catalog)) }
    }
  }

  /// The measure's recorded changes, newest first.
  private static func history(_ id: String, _ page: inout PageBuilder) {
    page.heading(UIText.history)
    let history = page.data.histories[id] ?? []
    if history.isEmpty { page.emptyLine(UIText.noHistory) }
    let table = PageTable([PageTable.fixed(19), PageTable.flexible()], width: page.width)
    for entry in history {
      let time = Timestamp.local(entry.timestamp)
      let summary = entry.summary(page.lang)
      page.listRow(
        [
          table.text(0, "  " + time, role: .muted),
          table.text(1, summary + (entry.user.map { " (\($0))" } ?? "")),
        ], search: [time, summary, entry.user ?? ""])
    }
  }
}
