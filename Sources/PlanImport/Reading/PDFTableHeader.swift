/// A table's header whose names wrap onto two lines or more (narrow columns under long
/// names, `规上工业总产` / `值(亿元)`), a short label set in the middle of the header's height
/// (`单位`) and names of more lines starting higher (`新增规上工` / `业企业` / `(家)`): the
/// header's rows, close together and holding names, not figures, are read as one row.
enum PDFTableHeader {
  static let longestWrappedLine = 10
  static let mostRows = 5

  /// The index after the header that opens at `rows[start]`: the rows right below it (no
  /// wider gap than 0.6 of a line, or overlapping it) made of short names, none a figure,
  /// each going on a name whose line above fills its column or standing in a column the
  /// header has no name in yet (a label centred across the header's height).
  static func end(_ rows: [PDFVisualRow], from start: Int, rightEdge: Double) -> Int {
    var placed = rows[start].lines
    var end = start + 1
    while end < rows.count, end - start < mostRows, rows[end].page == rows[start].page,
      isClose(rows[end - 1], rows[end]), rows[end].lines.allSatisfy(isWrappedName),
      rows[end].lines.allSatisfy({ continues($0, placed, rightEdge: rightEdge) })
    {
      placed += rows[end].lines
      end += 1
    }
    return end
  }

  /// Whether `line` goes on a header name placed above it (one filling its column up to the
  /// next name's start, or the page's right edge) or starts a column of its own.
  static func continues(_ line: PDFLine, _ placed: [PDFLine], rightEdge: Double) -> Bool {
    let tolerance = 0.5 * line.height
    let column = placed.filter { abs($0.xMin - line.xMin) <= tolerance }
    guard let above = column.max(by: { $0.yMin < $1.yMin }) else { return true }
    let nextColumn = placed.map(\.xMin).filter { $0 > above.xMin + tolerance }.min()
    // A line crossing into the next column is a title spanning the table, no name's rest.
    if let nextColumn, line.xMax > nextColumn + tolerance { return false }
    return above.xMax >= (nextColumn ?? rightEdge) - 1.5 * line.height
  }

  /// Whether `above` belongs to the header that `row` (of three cells or more) opens: the
  /// first line of a taller name, close above it, set in from the text's left edge, one
  /// short name.
  static func leadsInto(_ above: PDFVisualRow, _ row: PDFVisualRow, leftEdge: Double) -> Bool {
    above.page == row.page && isClose(above, row) && above.lines.count == 1
      && above.lines.allSatisfy(isWrappedName) && above.lines[0].xMin > leftEdge + 3 * row.height
  }

  /// The header's rows as one: the lines starting in one column (within half a line) joined
  /// top to bottom into one line, which keeps the box of its lowest line (so that the rows
  /// below are measured from the header's last line). `rows` holds one row at least.
  static func merged(_ rows: ArraySlice<PDFVisualRow>) -> PDFVisualRow {
    let first = rows[rows.startIndex]
    guard rows.count > 1 else { return first }
    let lines = rows.flatMap(\.lines).sorted { ($0.xMin, $0.yMin) < ($1.xMin, $1.yMin) }
    var columns: [[PDFLine]] = []
    for line in lines {
      if let last = columns.last?.first, abs(last.xMin - line.xMin) <= 0.5 * line.height {
        columns[columns.count - 1].append(line)
      } else {
        columns.append([line])
      }
    }
    let joined = columns.map { column in
      let ordered = column.sorted { $0.yMin < $1.yMin }
      var line = ordered[ordered.count - 1]
      line.words = ordered.flatMap(\.words)
      line.xMin = ordered.map(\.xMin).min() ?? line.xMin
      line.xMax = ordered.map(\.xMax).max() ?? line.xMax
      return line
    }
    return PDFVisualRow(lines: joined, page: first.page)
  }

  private static func isClose(_ upper: PDFVisualRow, _ lower: PDFVisualRow) -> Bool {
    lower.yMin - upper.yMax < 0.6 * min(upper.height, lower.height)
  }

  /// A short piece of a name: not a figure (`265`, `9.5`, `10%`), at most ten characters.
  private static func isWrappedName(_ line: PDFLine) -> Bool {
    let text = line.text.filter { !$0.isWhitespace }
    let figure = text.allSatisfy { $0.isNumber || ".,%+-—～~".contains($0) }
    return !text.isEmpty && !figure && text.count <= longestWrappedLine
  }
}
