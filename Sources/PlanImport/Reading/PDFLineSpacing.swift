/// The space between a PDF's lines: within a paragraph lines follow at one pitch; a page set
/// with space between paragraphs (a web page printed, a Word style with space after each
/// paragraph) leaves a wider gap where one paragraph ends and the next begins.
enum PDFLineSpacing {
  /// The gap between two lines of one paragraph: the smaller gaps between rows following
  /// each other on a page (a quarter of them are at most this wide), or nil with too few
  /// rows to tell.
  static func lineGap(_ pages: [[PDFVisualRow]]) -> Double? {
    let gaps = pages.flatMap { rows in
      zip(rows, rows.dropFirst()).map { $1.yMin - $0.yMax }
    }.filter { $0 >= 0 }.sorted()
    guard gaps.count >= 8 else { return nil }
    return gaps[gaps.count / 4]
  }

  /// Whether the space between `row` and the row after it on the same page, `next`, parts
  /// two paragraphs: wider than a paragraph's line gap by more than half a line.
  static func parts(_ row: PDFVisualRow, _ next: PDFVisualRow, lineGap: Double?) -> Bool {
    guard let lineGap, row.page == next.page else { return false }
    return next.yMin - row.yMax > lineGap + 0.5 * min(row.height, next.height)
  }

  /// Whether the pages part their paragraphs by space: one row in ten or more stands below a
  /// gap wider than a paragraph's lines leave. Then a full line ending a sentence (。) runs
  /// on into the next when no such gap follows it, as an indent alone parts paragraphs in
  /// an indented page.
  static func spacesParagraphs(_ pages: [[PDFVisualRow]], lineGap: Double?) -> Bool {
    let pairs = pages.flatMap { rows in zip(rows, rows.dropFirst()).map { ($0, $1) } }
    guard lineGap != nil, pairs.count >= 8 else { return false }
    return pairs.filter { parts($0, $1, lineGap: lineGap) }.count * 10 >= pairs.count
  }
}
