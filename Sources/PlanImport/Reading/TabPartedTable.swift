/// A table printed as lines of cells parted by tabs (a Word table pasted as text, a
/// spreadsheet's rows): a header line a table's header would be (`LayoutTextTable.isHeader`:
/// `序号	工作任务	牵头单位	配合单位	完成时限`, or `单位	规上工业总产值(亿元)	工业投资(亿元)	…`), then
/// every line that holds a tab. A tab does not say where a cell stands on the line, so the
/// cells are told apart by their order, not by their places: the second cell of a row is
/// the header's second column however wide the first one is.
enum TabPartedTable {
  /// The table opening at line `start` and the line after it, if that line is such a header.
  static func table(_ lines: [String], from start: Int) -> (DocumentTable, Int)? {
    guard lines[start].contains("\t") else { return nil }
    let header = cells(of: lines[start])
    let placed = header.enumerated().map {
      LayoutTextTable.Cell(start: $0.offset * 8, text: $0.element)
    }
    guard LayoutTextTable.isHeader(placed) else { return nil }
    var rows = [header]
    var end = start + 1
    while end < lines.count, lines[end].contains("\t") {
      let row = Array(cells(of: lines[end]).prefix(header.count))
      rows.append(row + Array(repeating: "", count: header.count - row.count))
      end += 1
    }
    return rows.count > 1 ? (DocumentTable(rows: rows), end) : nil
  }

  /// The line's cells: the text between tabs, each trimmed — an empty cell between two tabs
  /// kept, as Word saves an empty cell (`高新技术企业⇥家⇥⇥300`: no 2025 figure, 300 for 2030);
  /// the empty cells after the last text dropped.
  static func cells(of line: String) -> [String] {
    var cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
      TextCleaning.trimmed(String($0))
    }
    while cells.last?.isEmpty == true { cells.removeLast() }
    return cells
  }

  /// A header over places or units whose columns each name a measured thing and its unit in
  /// brackets (`单位	规上工业总产值(亿元)	规上工业总产值增长(%)	新增规上工业企业(家)`): two
  /// columns or more after the first, all of them so.
  static func namesMeasures(_ cells: [String]) -> Bool {
    let columns = cells.dropFirst()
    return columns.count >= 2 && columns.allSatisfy { unit(of: $0) != nil }
  }

  /// The name and the unit of a column `规上工业总产值(亿元)` (brackets of either width).
  static func unit(of cell: String) -> (name: String, unit: String)? {
    guard let last = cell.last, last == ")" || last == "）",
      let open = cell.lastIndex(where: { $0 == "(" || $0 == "（" }), open > cell.startIndex
    else { return nil }
    let unit = cell[cell.index(after: open)..<cell.index(before: cell.endIndex)]
    guard (1...6).contains(unit.count) else { return nil }
    return (String(cell[..<open]), String(unit))
  }
}
