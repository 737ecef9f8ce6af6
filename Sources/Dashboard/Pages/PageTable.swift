/// A table on a page, laid out by the panes' column machinery (`TableColumn`,
/// `ColumnWidths`): fixed columns (numbers, years, statuses, badges) keep their width and
/// the flexible one (a name, a title, a bar) takes what the page's width leaves.
struct PageTable {
  let columns: [TableColumn]
  /// Each column's width, in the order given.
  let widths: [Int]

  /// `margin` columns are left free at the right of the page.
  init(_ columns: [TableColumn], width: Int, margin: Int = 0) {
    self.columns = columns
    widths = ColumnWidths.fit(columns, available: width - margin).widths
  }

  /// A column `width` wide.
  static func fixed(_ width: Int, align: Alignment = .left) -> TableColumn {
    TableColumn(header: Localized(zh: "", en: ""), minWidth: width, maxWidth: width, align: align)
  }

  /// The column that takes the rest, from `minWidth` up to `maxWidth`.
  static func flexible(minWidth: Int = 1, maxWidth: Int? = nil) -> TableColumn {
    TableColumn(header: Localized(zh: "", en: ""), minWidth: minWidth, flex: 1, maxWidth: maxWidth)
  }

  /// A text cell in column `index`, aligned as the column is.
  func text(_ index: Int, _ text: String, role: StyleRole = .normal) -> DetailPage.DetailCell {
    .text(text, width: widths[index], align: columns[index].align, role: role)
  }

  /// The header row: muted texts over the first `texts.count` columns.
  func header(_ texts: [String]) -> DetailPage.Row {
    DetailPage.Row(cells: texts.indices.map { text($0, texts[$0], role: .muted) })
  }
}
