/// A table printed one cell a line, as a portal page's table copied as text or a Word table
/// pasted without its grid comes: a header of column labels, each on a line of its own, the
/// first the row number's (`序号` / `重点任务` / `牵头单位` / `责任单位` / `完成时限`) — a table's
/// header as `LayoutTextTable.isHeader` reads it — then each row opening with its number on a
/// line of its own (`1`, `2`, `3` … in turn) and its cells after it, a line each. A cell merged
/// over several rows (a 任务类别 spanning a group of tasks) is printed once, in the group's first
/// row: a row with fewer cells than the header takes the missing ones, leftmost first, from the
/// row above. Blank lines inside the table part nothing.
enum CellLineTable {
  static let numberLabels = ["序号", "编号"]
  /// A column label is short and no sentence.
  static let longestLabel = 10
  static let fewestColumns = 3
  static let mostColumns = 12
  /// The longest line the last row takes after its first cell.
  static let longestTrailingCell = 40

  /// The table opening at line `start` and the line after it, if that line is a number label.
  static func table(_ lines: [String], from start: Int) -> (DocumentTable, Int)? {
    guard numberLabels.contains(TextCleaning.trimmed(lines[start])),
      let (header, first) = header(lines, from: start)
    else { return nil }
    let texts = lines[first...].enumerated().map {
      (first + $0.offset, TextCleaning.trimmed($0.element))
    }
    .filter { !$0.1.isEmpty }
    var rows = [header]
    var end = first
    var number = 1
    var current: [String] = []
    let cells = texts.map(\.1)
    for (place, (line, text)) in texts.enumerated() {
      if text == String(number),
        !isCellOfItsRow(cells, at: place, filled: current.count, width: header.count)
      {
        if !current.isEmpty {
          rows.append(filled(current, width: header.count, above: rows.count > 1 ? rows.last : nil))
        }
        current = [text]
        number += 1
        end = line + 1
        continue
      }
      let rest = texts[(place + 1)...].prefix(header.count - current.count)
      let rowGoesOn = rest.contains { $0.1 == String(number) }
      // The last row's cells after its first must look like cells: the text after the table
      // is none.
      guard current.count < header.count, rowGoesOn || current.count < 2 || looksLikeCell(text)
      else { break }
      current.append(text)
      end = line + 1
    }
    if !current.isEmpty {
      rows.append(filled(current, width: header.count, above: rows.count > 1 ? rows.last : nil))
    }
    return rows.count > 2 ? (DocumentTable(rows: rows), end) : nil
  }

  /// A line that reads as the next row's number but is a cell of the row it stands in (`1` /
  /// `技改项目` / `2` / `个`): the row lacks cells yet, and the same number stands again just where
  /// the row, taking this line, would end.
  static func isCellOfItsRow(_ texts: [String], at place: Int, filled: Int, width: Int) -> Bool {
    guard filled > 0, filled < width else { return false }
    let rowEnd = place + (width - filled)
    return rowEnd < texts.count && texts[rowEnd] == texts[place]
  }

  /// The header's labels from `start` up to the line `1`, and the line of that `1`.
  static func header(_ lines: [String], from start: Int) -> ([String], Int)? {
    var labels: [String] = []
    var index = start
    while index < lines.count, labels.count <= mostColumns {
      let text = TextCleaning.trimmed(lines[index])
      index += 1
      if text.isEmpty { continue }
      if text == "1" {
        let placed = labels.enumerated().map {
          LayoutTextTable.Cell(start: $0.offset * 8, text: $0.element)
        }
        guard labels.count >= fewestColumns, LayoutTextTable.isHeader(placed) else { return nil }
        return (labels, index - 1)
      }
      guard text.count <= longestLabel, text.allSatisfy({ !$0.isPunctuation && !$0.isNumber })
      else { return nil }
      labels.append(text)
    }
    return nil
  }

  /// A line the last row may take after its first cell: a short line that is no sentence and
  /// opens no note or annex.
  static func looksLikeCell(_ text: String) -> Bool {
    text.count <= longestTrailingCell && !text.contains("。")
      && !["注", "附件", "附表", "说明"].contains(where: text.hasPrefix) && !opensAHeading(text)
  }

  /// `三、保障措施`, `(四)组织实施`, `第五章 …`: a heading after the table, no cell of it.
  static func opensAHeading(_ text: String) -> Bool {
    let numerals = "一二三四五六七八九十"
    var rest = Substring(text)
    if let open = rest.first, "(（".contains(open) { rest = rest.dropFirst() }
    if rest.first == "第" { rest = rest.dropFirst() }
    let run = rest.prefix(while: numerals.contains)
    guard !run.isEmpty, let mark = rest.dropFirst(run.count).first else { return false }
    return "、)）章节部分".contains(mark)
  }

  /// A row's cells (its number first) filled to the header's width: the cells a merged cell
  /// left out, leftmost after the number, taken from the row above.
  static func filled(_ cells: [String], width: Int, above: [String]?) -> [String] {
    let lacking = width - cells.count
    guard lacking > 0, let above, above.count == width, lacking < width else { return cells }
    return [cells[0]] + Array(above[1...lacking]) + Array(cells.dropFirst())
  }
}
