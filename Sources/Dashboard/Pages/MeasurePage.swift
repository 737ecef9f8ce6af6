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
