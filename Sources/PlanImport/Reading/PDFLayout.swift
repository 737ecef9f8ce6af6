/// A PDF's pages as blocks: tables rebuilt (`PDFTable`), a table running on over a page
/// break joined, and the other lines joined back into paragraphs — a line continues into
/// the next when it runs the full width without ending a sentence (。；：！？), the next
/// line is not indented as a paragraph's first line is, and no wider space than between
/// a paragraph's lines parts them (a page set with space between paragraphs, as web pages
/// and many Word styles print, rather than indents).
struct PDFLayout {
  private(set) var blocks: [DocumentBlock] = []
  private var paragraph: [PDFLine] = []
  private let leftEdge: Double
  private let rightEdge: Double
  /// The row before the next line, on the same page, when no table came between.
  private var lastRow: PDFVisualRow?
  /// The space between two lines of one paragraph (`PDFLineSpacing`).
  private let lineGap: Double?
  /// Whether paragraphs are parted by space: then that space alone starts a paragraph, and
  /// a full line ending in 。 may still run on.
  private let spacesParagraphs: Bool

  /// Whether paragraphs begin indented (Chinese official style): then an indent alone
  /// starts a paragraph, and a full line ending in 。 may still run on.
  private let indentsParagraphs: Bool

  init(pages: [PDFPage]) {
    let lines = pages.flatMap(\.lines)
    leftEdge = lines.map(\.xMin).min() ?? 0
    // The edge full lines reach: a few lines (hanging punctuation) pass it.
    let ends = lines.map(\.xMax).sorted()
    rightEdge = ends.isEmpty ? 0 : ends[max(0, ends.count - max(3, ends.count / 10))]
    let left = leftEdge
    let indented = lines.filter { $0.xMin > left + 1.5 * $0.height }.count
    indentsParagraphs = indented * 10 >= lines.count && lines.count >= 10
    let rows = pages.enumerated().map { PDFVisualRow.rows(of: $0.element, number: $0.offset) }
    lineGap = PDFLineSpacing.lineGap(rows)
    spacesParagraphs = PDFLineSpacing.spacesParagraphs(rows, lineGap: lineGap)
    for pageRows in rows { addPage(pageRows) }
    finishParagraph()
  }

  private mutating func addPage(_ rows: [PDFVisualRow]) {
    var index = 0
    var lineBefore = false
    while index < rows.count {
      // A taller header name's first line, read as a line just before: the table's.
      let start =
        lineBefore && rows[index].lines.count >= 3
          && PDFTableHeader.leadsInto(rows[index - 1], rows[index], leftEdge: leftEdge)
        ? index - 1 : index
      if rows[index].lines.count >= 3,
        let (table, end) = Self.table(rows, from: start, rightEdge: rightEdge)
      {
        if start < index { paragraph.removeLast() }
        finishParagraph()
        addTable(table)
        lastRow = nil
        index = end
        lineBefore = false
      } else {
        addLine(rows[index])
        index += 1
        lineBefore = true
      }
    }
  }

  /// The table whose header is `rows[start]`, and the index after its last row; nil when
  /// no row of cells follows the header.
  private static func table(_ rows: [PDFVisualRow], from start: Int, rightEdge: Double)
    -> (DocumentTable, Int)?
  {
    let headerEnd = PDFTableHeader.end(rows, from: start, rightEdge: rightEdge)
    let header = PDFTableHeader.merged(rows[start..<headerEnd])
    var table = PDFTable(header: header, rightEdge: rightEdge)
    table.add(header)
    var end = headerEnd
    while end < rows.count {
      let row = rows[end]
      let nextAccepted = end + 1 < rows.count && table.accepts(rows[end + 1])
      guard table.accepts(row) || (table.isSpanning(row) && nextAccepted) else { break }
      table.add(row)
      end += 1
    }
    guard table.rows.count >= 2 else { return nil }
    return (DocumentTable(rows: table.filledRows), end)
  }

  /// A table, or the rest of the one before it when it runs on over a page break (same
  /// width, its header repeated or not).
  private mutating func addTable(_ table: DocumentTable) {
    if case .table(let previous) = blocks.last,
      previous.rows.first?.count == table.rows.first?.count
    {
      let rest =
        table.rows.first == previous.rows.first ? Array(table.rows.dropFirst()) : table.rows
      blocks[blocks.count - 1] = .table(DocumentTable(rows: previous.rows + rest))
    } else {
      blocks.append(.table(table))
    }
  }

  private mutating func addLine(_ row: PDFVisualRow) {
    let line = row.lines.dropFirst().reduce(row.lines[0]) { merged, next in
      var line = merged
      line.words += [PDFLine.Word(text: " ", xMin: next.xMin, xMax: next.xMin)] + next.words
      line.xMax = next.xMax
      return line
    }
    let spaced = lastRow.map { PDFLineSpacing.parts($0, row, lineGap: lineGap) } ?? false
    if let previous = paragraph.last, spaced || !continues(previous, into: line) {
      finishParagraph()
    }
    paragraph.append(line)
    lastRow = row
  }

  private func continues(_ line: PDFLine, into next: PDFLine) -> Bool {
    let full = line.xMax >= rightEdge - 3 * line.height
    let indented = next.xMin > leftEdge + 0.8 * next.height
    // A line set in from the left by more than a first-line indent is centred (a title).
    let centred = line.xMin > leftEdge + 3 * line.height
    guard full, !indented, !centred else { return false }
    return indentsParagraphs || spacesParagraphs || !PDFText.endsParagraph(line.text)
  }

  private mutating func finishParagraph() {
    let text = paragraph.map { TextCleaning.trimmed($0.text) }.reduce("") { PDFText.joined($0, $1) }
    paragraph = []
    if !text.isEmpty { blocks.append(.paragraph(text)) }
  }
}
