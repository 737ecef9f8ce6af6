/// Lines of a PDF page side by side at one height (a table row's cells, or one line of
/// text), left to right.
struct PDFVisualRow {
  var lines: [PDFLine]
  var page: Int

  var yMin: Double { lines.map(\.yMin).min() ?? 0 }
  var yMax: Double { lines.map(\.yMax).max() ?? 0 }
  var height: Double { lines.map(\.height).max() ?? 0 }

  /// The page's lines grouped into rows, top to bottom: a line joins the row above when
  /// they overlap by half the smaller height.
  static func rows(of page: PDFPage, number: Int) -> [PDFVisualRow] {
    var rows: [PDFVisualRow] = []
    for line in page.lines.sorted(by: { ($0.yMin, $0.xMin) < ($1.yMin, $1.xMin) }) {
      if let last = rows.last, overlaps(line, last) {
        rows[rows.count - 1].lines.append(line)
        rows[rows.count - 1].lines.sort { $0.xMin < $1.xMin }
      } else {
        rows.append(PDFVisualRow(lines: [line], page: number))
      }
    }
    return rows
  }

  private static func overlaps(_ line: PDFLine, _ row: PDFVisualRow) -> Bool {
    let overlap = min(line.yMax, row.yMax) - max(line.yMin, row.yMin)
    return overlap >= 0.5 * min(line.height, row.height)
  }
}
