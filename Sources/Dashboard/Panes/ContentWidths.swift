/// A pane's columns no wider than what they show: a column of text cells (a cluster's scale,
/// a count, lead units) whose header and visible cells are narrower than its maximum gives
/// the rest to the other flexible columns (names, titles), so a region whose clusters have no scale
/// shows their names whole instead of a wide column of `—`. Read from the rows on screen,
/// which the pane draws anyway; columns of bars, units and roll-ups keep their widths. Every
/// column prefers its header's width, so spare width shows the headers whole first.
enum ContentWidths {
  static func fitted(
    _ columns: [TableColumn], rows: [[TableCell]], language: Language
  ) -> [TableColumn] {
    let columns = columns.map { column in
      var headed = column
      headed.preferredWidth = DisplayWidth.of(column.header(language))
      return headed
    }
    guard !rows.isEmpty else { return columns }
    return columns.enumerated().map { index, column in
      guard let cells = widest(index, rows) else { return column }
      let declaredMax = column.maxWidth ?? Int.max
      let header = column.preferredWidth ?? 0
      var fitted = column
      // No column grows past what it shows: a flexible column of `—` (no lead units named)
      // leaves the spare width to the names beside it.
      fitted.maxWidth = max(column.minWidth, min(declaredMax, max(cells, header)))
      fitted.fillWidth = column.maxWidth ?? Int.max
      guard column.flex == 0 else { return fitted }
      // Spare width shows a fixed column's cells whole first (a figure is never cut where
      // its maximum allows), then the header. The declared minimum stands, so which columns
      // a narrow pane drops never depends on the rows on screen.
      fitted.contentWidth = min(declaredMax, cells)
      return fitted
    }
  }

  /// The widest of the column's text cells; nil when a cell is no text.
  private static func widest(_ index: Int, _ rows: [[TableCell]]) -> Int? {
    var widest = 0
    for cells in rows where index < cells.count {
      guard case .text(let text, _) = cells[index] else { return nil }
      widest = max(widest, DisplayWidth.of(text))
    }
    return widest
  }
}
