/// A table printed as text whatever parts its cells — a tab, a run of spaces or of ideographic
/// spaces, or ONE space (a portal page or a Word table pasted as text): a header line of short
/// labels a table's header would be (`LayoutTextTable.isHeader`, or a label and two year
/// columns: `指标 单位 2025年 2026年 2027年 2028年`), then the lines that each read into the
/// header's number of cells, in order (`规上工业企业数 家 305 340 380 420`). A line is parted at
/// its wide gaps (a tab, two spaces or more) when they give the header's count, else at every
/// gap; a name with an inner space (`规上 工业企业数`) makes a line one cell too long, and the
/// label column (`指标`, `名称`, `项目`, else the first after `序号`) takes the extra words when every
/// figure column is then left a figure — else the line is not read (which column the space
/// stands in is not known). A line short of cells takes its empty cells where every figure
/// column keeps a figure and the label the row's longest name (`SeparatedTableColumns.shortRow`).
/// Gates: a header of three labels or more, none a sentence or a figure; two rows or more;
/// every row a name and figures or words of a goal in its figure columns (a year's, or a
/// measure's `产值(亿元)`). A table lined up in columns
/// (`pdftotext -layout`) is left to `LayoutTextTable`, which reads its wrapped cells. A
/// 任务分工表 (no figure columns, a `牵头`/`责任` label) takes only lines of a cell to each column.
enum SeparatedTextTable {
  /// A line's words and, before each after the first, whether the gap is wide.
  struct Words: Equatable {
    var texts: [String] = []
    var wideBefore: [Bool] = []

    /// The cells parted at wide gaps only (a single space kept inside a cell).
    var wideCells: [String] {
      var cells: [String] = []
      for (index, text) in texts.enumerated() {
        if index > 0, !wideBefore[index], let last = cells.last {
          cells[cells.count - 1] = Self.joined(last, text)
        } else {
          cells.append(text)
        }
      }
      return cells
    }

    /// Two words of one cell: Chinese ones run together (`规上 工业增加值` → `规上工业增加值`, a
    /// space no writer means), others keep their space (`PM2.5 浓度`).
    static func joined(_ left: String, _ right: String) -> String {
      guard let last = left.last, let first = right.first else { return left + right }
      return TextCleaning.isWide(last) && TextCleaning.isWide(first)
        ? left + right : left + " " + right
    }
  }

  static let fewestColumns = 3
  static let fewestRows = 2
  static let longestLabel = 16
  /// Blank lines a row may stand after (a pasted table often has one between its rows).
  static let blankLinesBetweenRows = 2

  /// The line's words: runs of text parted by tabs, spaces and ideographic spaces (its indent
  /// aside); a gap is wide when it holds a tab, two characters or more, or an ideographic space
  /// next to another space.
  static func words(of line: String) -> Words {
    var words = Words()
    var current = ""
    var currentWide = false
    var gap = 0
    var tab = false
    for character in TextCleaning.trimmed(line) {
      if character == " " || character == "\t" || character == "\u{3000}" || character == "\u{A0}" {
        gap += 1
        tab = tab || character == "\t"
        continue
      }
      if gap > 0, !current.isEmpty {
        words.texts.append(current)
        words.wideBefore.append(currentWide)
        current = ""
        currentWide = tab || gap >= 2
      }
      gap = 0
      tab = false
      current.append(character)
    }
    if !current.isEmpty {
      words.texts.append(current)
      words.wideBefore.append(currentWide)
    }
    return words
  }

  /// The table opening at line `start` and the line after it.
  static func table(_ lines: [String], from start: Int) -> (DocumentTable, Int)? {
    guard let header = header(of: lines[start]), !isTierLines(header, line: lines[start]) else {
      return nil
    }
    let columns = SeparatedTableColumns(header: header)
    guard columns.hasFigures || columns.namesTasks else { return nil }
    var rows = [header]
    var end = start + 1
    var next = start + 1
    var passedOver = false
    while let line = nextLine(lines, after: next) {
      switch columns.reading(words(of: lines[line])) {
      case .row(let cells):
        rows.append(cells)
        passedOver = false
      case .passedOver where !passedOver:
        passedOver = true
      default:
        next = lines.count
        continue
      }
      next = line + 1
      if !passedOver { end = next }
    }
    guard rows.count > fewestRows, !isLaidOut(lines[start..<end], columns: header.count) else {
      return nil
    }
    return (DocumentTable(rows: rows), end)
  }

  /// A table of tiers (`梯队 | 2025年 | 2028年`) whose lines tabs or runs of spaces part: the
  /// tiers' own reader takes its lines with the text's ladder (`YearColumnRows`).
  static func isTierLines(_ header: [String], line: String) -> Bool {
    YearColumnRows.tierHeaders.contains(header.first ?? "")
      && words(of: line).wideCells.count >= fewestColumns
  }

  /// The next non-empty line at or after `index`, within the blank lines a row may follow.
  static func nextLine(_ lines: [String], after index: Int) -> Int? {
    var line = index
    while line < lines.count, line < index + blankLinesBetweenRows,
      TextCleaning.trimmed(lines[line]).isEmpty
    {
      line += 1
    }
    return line < lines.count && !TextCleaning.trimmed(lines[line]).isEmpty ? line : nil
  }

  /// The header's labels: parted at its wide gaps when they give three labels or more, else at
  /// every gap; nil unless they are short labels a table's header would be.
  static func header(of line: String) -> [String]? {
    let read = words(of: line)
    let wide = LayoutTextTable.joinedLetters(
      read.wideCells.enumerated().map {
        LayoutTextTable.Cell(start: $0.offset * 8, text: $0.element)
      }
    ).map(\.text)
    let labels = wide.count >= fewestColumns ? wide : read.texts
    guard labels.count >= fewestColumns, labels.allSatisfy(isLabel) else { return nil }
    let placed = labels.enumerated().map {
      LayoutTextTable.Cell(start: $0.offset * 8, text: $0.element)
    }
    return LayoutTextTable.isHeader(placed) || SpacePartedTable.labelsYears(labels) ? labels : nil
  }

  /// A column's label: short words, no sentence, no figure (`560家`) and no mark alone (`|`).
  static func isLabel(_ text: String) -> Bool {
    guard text.count <= longestLabel, !text.contains(where: "。，,；;：:".contains),
      text.contains(where: { $0.isLetter })
    else { return false }
    return YearColumn.reading(text) != nil || !(text.first?.isNumber ?? true)
  }

  /// Whether every line stands in the header's columns by its places, as `pdftotext -layout`
  /// prints a table: a full line's cells each under its own label, a line short of cells (an
  /// empty cell, a wrapped name) one cell to a column. The layout reader reads such a table
  /// (and its wrapped cells).
  static func isLaidOut(_ lines: ArraySlice<String>, columns: Int) -> Bool {
    guard let first = lines.first else { return false }
    let header = LayoutTextTable.joinedLetters(LayoutTextTable.cells(of: first))
    guard header.count == columns else { return false }
    let centres = header.map { LayoutTextTable.centre(of: $0) }
    let bounds = zip(centres, centres.dropFirst()).map { ($0 + $1) / 2 }
    return lines.dropFirst().allSatisfy { line in
      let placed = LayoutTextTable.cells(of: line).map { cell in
        bounds.filter { $0 <= LayoutTextTable.centre(of: cell) }.count
      }
      if placed.count == columns { return placed == Array(0..<columns) }
      return zip(placed, placed.dropFirst()).allSatisfy { $0 < $1 }
    }
  }
}
