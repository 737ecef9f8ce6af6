/// A table rebuilt from a PDF's word boxes — a PDF keeps no cells, only text placed in
/// columns. Its columns are where the header row's cells start; a row starts where the
/// first column has new text, and lines below in other columns continue their cells; a
/// line crossing into the next columns is a cell merged across and fills each; a cell
/// left empty takes the nearest text above or below in its column (a cell merged down is
/// printed once), but never across a row that spans the table.
struct PDFTable {
  var columnStarts: [Double]
  var rows: [[String]] = []
  /// Rows spanning the whole table (a section title inside it): barriers to filling down.
  var spanningRows: Set<Int> = []
  private var lastLineInColumn: [Int: PDFLine] = [:]
  private let tolerance: Double
  /// The right edge of the widest text on the page: the last column's edge.
  private let rightEdge: Double

  init(header: PDFVisualRow, rightEdge: Double) {
    columnStarts = header.lines.map(\.xMin)
    tolerance = header.height * 0.5
    self.rightEdge = rightEdge
  }

  /// Whether a row can belong to the table: cells in two columns or more, or one line
  /// continuing a cell (starting right of the first column, or the first column's wrapped
  /// name right below its full line).
  func accepts(_ row: PDFVisualRow) -> Bool {
    guard row.lines.count == 1 else { return row.lines.count >= 2 }
    return column(of: row.lines[0]) > 0 || (!rows.isEmpty && !startsRow(row))
  }

  /// Whether a single line at the left crosses into the second column: a row spanning
  /// the table (with a row of cells after it, checked by the caller).
  func isSpanning(_ row: PDFVisualRow) -> Bool {
    guard row.lines.count == 1, columnStarts.count > 1 else { return false }
    return column(of: row.lines[0]) == 0 && row.lines[0].xMax > columnStarts[1] + tolerance
  }

  mutating func add(_ row: PDFVisualRow) {
    if isSpanning(row) {
      spanningRows.insert(rows.count)
      rows.append(Array(repeating: row.lines[0].text, count: columnStarts.count))
      lastLineInColumn = [:]
      return
    }
    let starts = startsRow(row)
    let previousLines = lastLineInColumn
    if starts {
      rows.append(Array(repeating: "", count: columnStarts.count))
      lastLineInColumn = [:]
    }
    let newCellTop = row.lines.filter {
      column(of: $0) > 0 && !isFull(previousLines[column(of: $0)], column: column(of: $0))
    }.map(\.yMin).min()
    for line in row.lines {
      let covered = columns(of: line)
      // A cell merged down runs its wrapped text into the next row, one line below its
      // last line rather than at the top of the row's own cells.
      let continuing =
        starts && rows.count > 1
        && covered.allSatisfy { isFull(previousLines[$0], column: $0) }
        && isNextLine(line, after: previousLines[covered[0]], rowTop: newCellTop)
      let target = continuing ? rows.count - 2 : rows.count - 1
      for column in covered {
        rows[target][column] = PDFText.joined(rows[target][column], line.text)
        if target == rows.count - 1 { lastLineInColumn[column] = line }
      }
    }
  }

  /// Whether `line` sits where the line after `previous` in its cell would (a line's
  /// height and a tenth below it) rather than at the top of the row's new cells — or, when
  /// the row has no new cell to compare with, within half a line of that place (a row
  /// below a gap is a new row, however full the cells above it).
  private func isNextLine(_ line: PDFLine, after previous: PDFLine?, rowTop: Double?) -> Bool {
    guard let previous else { return false }
    let expected = previous.yMin + previous.height * 1.1
    guard let rowTop else { return abs(line.yMin - expected) < previous.height * 0.5 }
    return abs(line.yMin - expected) < abs(line.yMin - rowTop)
  }

  /// Whether a line fills its column to the right edge (so the text wrapped after it).
  private func isFull(_ line: PDFLine?, column: Int) -> Bool {
    guard let line, column > 0 else { return false }
    let edge = column + 1 < columnStarts.count ? columnStarts[column + 1] : rightEdge
    return line.xMax >= edge - 1.5 * line.height
  }

  /// A row starts where the first column has text that does not continue a full line
  /// right below it.
  private func startsRow(_ row: PDFVisualRow) -> Bool {
    guard !rows.isEmpty else { return true }
    guard let first = row.lines.first, column(of: first) == 0 else { return false }
    guard let previous = lastLineInColumn[0], columnStarts.count > 1 else { return true }
    let full = previous.xMax >= columnStarts[1] - 1.5 * previous.height
    return !(full && isNextLine(first, after: previous, rowTop: nil))
  }

  func column(of line: PDFLine) -> Int {
    columnStarts.lastIndex { $0 <= line.xMin + tolerance } ?? 0
  }

  /// The columns a line covers: the one it starts in and every one starting inside it.
  private func columns(of line: PDFLine) -> [Int] {
    let first = column(of: line)
    let later = columnStarts.indices.filter {
      $0 > first && columnStarts[$0] < line.xMax - tolerance
    }
    return [first] + later
  }

  /// The rows with empty cells filled from the nearest text in their column (above on a
  /// tie), within the stretch between the header and spanning rows.
  var filledRows: [[String]] {
    var filled = rows
    let barriers = [0] + spanningRows.sorted() + [rows.count]
    for (start, end) in zip(barriers, barriers.dropFirst()) where end - start > 1 {
      let stretch = (start + 1)..<end
      for column in columnStarts.indices {
        let texts = stretch.filter { !rows[$0][column].isEmpty }
        for row in stretch where rows[row][column].isEmpty {
          let nearest = texts.min { (abs($0 - row), $0) < (abs($1 - row), $1) }
          filled[row][column] = nearest.map { rows[$0][column] } ?? ""
        }
      }
    }
    return filled
  }
}
