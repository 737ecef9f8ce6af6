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
    guard let header = cells(of: lines[start]) else { return singleSpaced(lines, from: start) }
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

  /// The fewest cells a table parted by single ideographic spaces has.
  static let fewestSingleSpacedCells = 4

  /// A table whose cells one ideographic space parts (`序号　指标名称　单位　2025年　2028年　属性`,
  /// rows `2　精细化工产值占比　%　38　50　预期性`): as one space also stands inside a line of
  /// text (`专栏1　X主要指标`), only a header of four cells or more that a table's header would
  /// be, then every line parted into exactly as many cells, none empty.
  static func singleSpaced(_ lines: [String], from start: Int) -> (DocumentTable, Int)? {
    let header = singleCells(of: lines[start])
    guard header.count >= fewestSingleSpacedCells else { return nil }
    let placed = header.enumerated().map {
      LayoutTextTable.Cell(start: $0.offset * 8, text: $0.element)
    }
    guard LayoutTextTable.isHeader(placed) || labelsYears(header) else { return nil }
    var rows = [header]
    var end = start + 1
    while end < lines.count, singleCells(of: lines[end]).count == header.count {
      rows.append(singleCells(of: lines[end]))
      end += 1
    }
    return rows.count > 1 ? (DocumentTable(rows: rows), end) : nil
  }

  /// The line's cells parted by single ideographic spaces (its indent aside); empty when
  /// two spaces stand together or a cell is empty.
  static func singleCells(of line: String) -> [String] {
    let text = TextCleaning.trimmed(line)
    let cells = text.split(separator: "\u{3000}", omittingEmptySubsequences: false).map(String.init)
    guard cells.allSatisfy({ !TextCleaning.trimmed($0).isEmpty }) else { return [] }
    return cells.map { TextCleaning.trimmed($0) }
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
