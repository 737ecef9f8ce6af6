/// How a table's columns share a width — the panes' (`TableView`) and the pages'
/// (`PageBuilder.columnWidths`) alike.
enum ColumnWidths {
  /// Which columns fit in `available` cells and how wide each is: columns give way in
  /// `dropOrder`; spare width goes to flexible columns up to their maximum.
  static func fit(_ columns: [TableColumn], available: Int) -> (
    shown: [Int], widths: [Int]
  ) {
    var shown = Array(columns.indices)
    func natural(_ c: Int) -> Int { columns[c].minWidth }
    func needed() -> Int { shown.map(natural).reduce(0, +) + max(0, shown.count - 1) }
    while needed() > available {
      guard
        let drop = shown.filter({ columns[$0].dropOrder > 0 }).max(by: {
          columns[$0].dropOrder < columns[$1].dropOrder
        })
      else { break }
      shown.removeAll { $0 == drop }
    }
    var widths = shown.map(natural)
    var spare = available - needed()
    // Flexible columns (names, titles) first grow to twice their minimum; then fixed columns
    // grow to their content's width where they hold figures, then to their preferred width
    // (headers whole), then to their content's width (names whole), then to their maximum (numbers and statuses read whole); then the flexible ones
    // share what is left by their weights, up to their own maximum.
    for (n, c) in shown.enumerated() where columns[c].flex > 0 && spare > 0 {
      let preferred = min(columns[c].maxWidth ?? Int.max, columns[c].minWidth * 2)
      let add = min(spare, max(0, preferred - widths[n]))
      widths[n] += add
      spare -= add
    }
    // Figures (right-aligned) whole, then headers, then the other fixed columns' text.
    let figures: (TableColumn) -> Bool = { $0.align == .right }
    for (wanted, applies) in [
      (\TableColumn.contentWidth, figures), (\TableColumn.preferredWidth, { _ in true }),
      (\TableColumn.contentWidth, { !figures($0) }),
    ] {
      for (n, c) in shown.enumerated()
      where columns[c].flex == 0 && applies(columns[c]) && spare > 0 {
        let add = min(spare, max(0, (columns[c][keyPath: wanted] ?? 0) - widths[n]))
        widths[n] += add
        spare -= add
      }
    }
    for (n, c) in shown.enumerated() where columns[c].flex == 0 && spare > 0 {
      let add = min(spare, max(0, (columns[c].maxWidth ?? widths[n]) - widths[n]))
      widths[n] += add
      spare -= add
    }
    // Flexible columns share what is left up to what they show; what is left after that, up
    // to the widths they were declared with (the pane filled, not blank on the right).
    for cap in [\TableColumn.maxWidth, \TableColumn.declaredMaxWidth] {
      share(&spare, among: shown, of: columns, widths: &widths, cap: cap)
    }
    if needed() > available, let last = widths.indices.last {
      widths[last] = max(1, widths[last] - (needed() - available))
    }
    return (shown, widths)
  }

  /// The spare width shared among the flexible columns by their weights, each up to `cap`.
  private static func share(
    _ spare: inout Int, among shown: [Int], of columns: [TableColumn], widths: inout [Int],
    cap: KeyPath<TableColumn, Int?>
  ) {
    var grew = true
    while spare > 0 && grew {
      grew = false
      let flexible = shown.enumerated().filter {
        columns[$0.element].flex > 0
          && widths[$0.offset] < (columns[$0.element][keyPath: cap] ?? Int.max)
      }
      let totalFlex = flexible.map { columns[$0.element].flex }.reduce(0, +)
      let pool = spare
      for (n, c) in flexible where spare > 0 {
        let limit = columns[c][keyPath: cap] ?? Int.max
        let part = max(1, pool * columns[c].flex / max(1, totalFlex))
        let add = min(part, limit - widths[n], spare)
        if add > 0 {
          widths[n] += add
          spare -= add
          grew = true
        }
      }
    }
  }
}
