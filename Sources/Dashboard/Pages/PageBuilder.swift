import PlanModel

/// What every page builder writes with: a page being built for a width, and the lines it is
/// made of — headings, fields, wrapped paragraphs, selectable items and list rows, each list
/// row with what `/` searches in it. The builders of the pages (`RegionPage` … `ComparisonPage`)
/// and the sections they share (`PageSections`) are extensions and callers of it.
struct PageBuilder {
  /// The page as built so far.
  private(set) var page: DetailPage
  let width: Int
  let context: ViewContext

  init(title: String, width: Int, context: ViewContext) {
    page = DetailPage(title: title)
    self.width = max(1, width)
    self.context = context
  }

  var lang: Language { context.language }
  var open: String { context.open }
  var data: DashboardData { context.data }
  var catalog: Catalog { context.data.catalog }
  /// The year assessments are made as of.
  var asOf: Int { context.state.currentYear }

  /// The page's title: the item's name unless the builder names it otherwise.
  var title: String {
    get { page.title }
    set { page.title = newValue }
  }

  var rows: [DetailPage.Row] {
    get { page.rows }
    set { page.rows = newValue }
  }

  mutating func append(_ row: DetailPage.Row) { page.rows.append(row) }

  /// A heading, after a blank line; both belong to `entry` when given (a unit's heading).
  mutating func heading(_ text: Localized, entry: Int? = nil) {
    if !page.rows.isEmpty { append(DetailPage.Row(cells: [.text("", width: nil)], entry: entry)) }
    append(DetailPage.Row(cells: [.text(text(lang), width: nil, role: .header)], entry: entry))
  }

  mutating func field(_ label: Localized, _ value: String?, role: StyleRole = .normal) {
    let labelWidth = lang == .zh ? 10 : 18
    let text = value ?? open
    let wrapped = TextLayout.wrap(
      TextSanitizer.glyphs(text, cjkWide: context.glyphs.cjkWide),
      width: max(1, width - labelWidth - 1))
    for (i, line) in wrapped.enumerated() {
      append(
        DetailPage.Row(cells: [
          .text(i == 0 ? label(lang) : "", width: labelWidth, role: .muted),
          .text(line.text, width: nil, role: value == nil ? .muted : role),
        ]))
    }
  }

  /// `items` joined with 、, or an open field when there are none.
  mutating func listField(_ label: Localized, _ items: [String]) {
    field(label, items.isEmpty ? nil : items.joined(separator: "、"))
  }

  mutating func paragraph(_ text: String, indent: Int = 2) {
    let glyphs = TextSanitizer.glyphs(text, cjkWide: context.glyphs.cjkWide)
    for line in TextLayout.wrap(glyphs, width: max(1, width - indent)) {
      append(
        DetailPage.Row(cells: [.text(String(repeating: " ", count: indent) + line.text, width: nil)]
        )
      )
    }
  }

  /// A muted line saying a list is empty (`UIText.empty`, `noActuals`, …).
  mutating func emptyLine(_ text: Localized) {
    append(DetailPage.Row(cells: [.text("  " + text(lang), width: nil, role: .muted)]))
  }

  /// A selectable row for an item; its own list entry (searched by the item's name and id,
  /// a measure as in the Measures pane) unless it belongs to `entry`.
  mutating func item(
    _ id: String, _ route: DetailRoute?, _ cells: [DetailPage.DetailCell], entry: Int? = nil
  ) {
    let entry = entry ?? self.entry(Self.searchFields(of: id, data))
    append(DetailPage.Row(cells: cells, itemID: id, route: route, entry: entry))
  }

  /// A selectable row naming an item that opens its page (a linked cluster or target).
  mutating func link(_ id: String, _ route: DetailRoute) {
    item(id, route, [.text("  " + data.name(of: id), width: nil)])
  }

  /// A new list entry searched by `fields`, under the entry `parent` (a unit's measures
  /// under the unit): returns its index for the rows that belong to it.
  mutating func entry(_ fields: [String], under parent: Int? = nil) -> Int {
    page.entries.append(PageFilter.Entry(fields: fields, parent: parent))
    return page.entries.count - 1
  }

  /// A list row that is not an item (an actual, a history line), searched by `fields`.
  mutating func listRow(_ cells: [DetailPage.DetailCell], search fields: [String]) {
    append(DetailPage.Row(cells: cells, entry: entry(fields)))
  }

  /// What `/` searches in an item's row: a measure as the Measures pane does, else the
  /// item's name and id.
  static func searchFields(of id: String, _ data: DashboardData) -> [String] {
    data.catalog.measure(id) != nil
      ? MeasuresTable.searchFields(id, data) : [data.name(of: id), id]
  }
}
