/// Lays cells out on a table's grid as they are printed, repeating a merged cell's text in
/// every grid cell it covers: across (HTML colspan, Word gridSpan) and down (HTML rowspan,
/// Word vMerge). Rows come out padded to the widest, so each column lines up.
struct TableGrid {
  private(set) var rows: [[String]] = []
  /// Cells still to come from a rowspan above: grid column → (text, rows still covered).
  private var pendingDown: [Int: (text: String, rows: Int)] = [:]

  /// Starts a new row; cells an earlier rowspan covers are placed as cells are added.
  mutating func startRow() {
    rows.append([])
    fillPendingDown()
  }

  /// Adds a cell `columnSpan` grid columns wide and `rowSpan` rows high.
  mutating func add(_ text: String, columnSpan: Int = 1, rowSpan: Int = 1) {
    if rows.isEmpty { startRow() }
    let start = rows[rows.count - 1].count
    for column in start..<(start + max(1, columnSpan)) {
      rows[rows.count - 1].append(text)
      if rowSpan > 1 { pendingDown[column] = (text, rowSpan - 1) }
    }
    fillPendingDown()
  }

  /// Adds a cell that continues the one above it (Word's `vMerge` continue): it takes the
  /// text in the same grid column of the row before.
  mutating func continueFromAbove(columnSpan: Int = 1) {
    if rows.isEmpty { startRow() }
    let row = rows.count - 1
    let start = rows[row].count
    for column in start..<(start + max(1, columnSpan)) {
      let above = row > 0 && column < rows[row - 1].count ? rows[row - 1][column] : ""
      rows[row].append(above)
    }
  }

  /// Adds `count` empty grid cells (Word's gridBefore/gridAfter).
  mutating func skip(_ count: Int) {
    for _ in 0..<max(0, count) { add("") }
  }

  /// The rows, each padded with empty cells to the widest row's width.
  var paddedRows: [[String]] {
    let width = rows.map(\.count).max() ?? 0
    return rows.map { $0 + Array(repeating: "", count: width - $0.count) }
  }

  /// Places the cells a rowspan from above covers at the row's current end (a rowspan
  /// opened on this row covers columns already filled, so it waits for the next).
  private mutating func fillPendingDown() {
    let row = rows.count - 1
    while let pending = pendingDown[rows[row].count] {
      let column = rows[row].count
      rows[row].append(pending.text)
      pendingDown[column] = pending.rows > 1 ? (pending.text, pending.rows - 1) : nil
    }
  }
}
