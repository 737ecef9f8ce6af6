/// A table printed as lines of cells parted by runs of ideographic spaces (a table pasted
/// into a text that keeps no tabs: `指标　　2020年基数　　2025年目标　　2023年完成　　进度评价`):
/// a header line a table's header would be (`LayoutTextTable.isHeader`), then every line whose
/// cells are parted the same way. An ideographic space is as wide as a character, so the
/// cells do not line up under the labels: as in `TabPartedTable`, they are told apart by
/// their order — the row `工业增加值(亿元)　　1186　　1750　　1512　　符合序时进度` holds the
/// header's five columns in turn. A paragraph's indent (`　　受市人民政府委托,…`) parts no
/// cells, nor does one ideographic space (`…委员会主任　某某`).
enum SpacePartedTable {
  /// The table opening at line `start` and the line after it, if that line is such a header.
  static func table(_ lines: [String], from start: Int) -> (DocumentTable, Int)? {
    guard let header = cells(of: lines[start]) else { return nil }
    let placed = header.enumerated().map {
      LayoutTextTable.Cell(start: $0.offset * 8, text: $0.element)
    }
    guard LayoutTextTable.isHeader(placed) || labelsYears(header) else { return nil }
    var rows = [header]
    var end = start + 1
    while end < lines.count, let parted = cells(of: lines[end]) {
      let row = Array(parted.prefix(header.count))
      rows.append(row + Array(repeating: "", count: header.count - row.count))
      end += 1
    }
    return rows.count > 1 ? (DocumentTable(rows: rows), end) : nil
  }

  /// A header of a label and two year columns or more (`项目　　2021年基期值　　2026年目标值`):
  /// a line of text so parted is hardly anything else.
  static func labelsYears(_ header: [String]) -> Bool {
    guard let label = header.first, YearColumn.reading(label) == nil,
      label.allSatisfy({ !$0.isNumber })
    else { return false }
    return header.dropFirst().filter { YearColumn.reading($0) != nil }.count >= 2
  }

  /// The line's cells when runs of two ideographic spaces or more part its text (the line's
  /// own indent aside), each trimmed; nil for a line with no such run.
  static func cells(of line: String) -> [String]? {
    let text = TextCleaning.trimmed(line)
    var cells: [String] = []
    var current = ""
    var run = 0
    for character in text {
      if character == "\u{3000}" {
        run += 1
        continue
      }
      if run >= 2 {
        cells.append(current)
        current = ""
      } else if run == 1 {
        current.append("\u{3000}")
      }
      run = 0
      current.append(character)
    }
    cells.append(current)
    let trimmed = cells.map { TextCleaning.trimmed($0) }
    return trimmed.count >= 2 && trimmed.allSatisfy({ !$0.isEmpty }) ? trimmed : nil
  }
}
