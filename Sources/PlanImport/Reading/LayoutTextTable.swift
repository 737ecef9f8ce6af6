/// A 任务分工表 printed as text the way `pdftotext -layout` prints a table (and a text file
/// keeps it): a header line of column labels (`序号  重点任务  牵头单位  责任单位`), cells lined up
/// under them with runs of spaces, a long cell wrapped onto the lines below in its column, and
/// the one-line cells of a wrapped row on a line of their own (centred). Its columns are told
/// apart by where the header's labels stand (a wide character counting two places); its rows
/// by the blank lines between them, or, in a table without them, by the number each row opens.
/// A 专栏 of main indicators printed the same way (`指标  2025年  2030年  年均增长  属性`) is read
/// as a table too, a row to each indicator.
enum LayoutTextTable {
  struct Cell: Equatable {
    /// The place the cell starts at, a wide character counting two.
    var start: Int
    var text: String
  }

  /// The lines as blocks: each layout table a table block, every other non-empty line a
  /// paragraph, trimmed.
  static func blocks(of lines: [String]) -> [DocumentBlock] {
    var blocks: [DocumentBlock] = []
    var index = 0
    while index < lines.count {
      if let (table, end) =
        TabPartedTable.table(lines, from: index) ?? SeparatedTextTable.table(lines, from: index)
        ?? SpacePartedTable.table(lines, from: index) ?? CellLineTable.table(lines, from: index)
      {
        blocks.append(.table(table))
        index = end
        continue
      }
      let header = cells(of: lines[index])
      if isHeader(header), let (table, end) = table(lines, header: header, from: index + 1) {
        blocks.append(.table(table))
        index = end
        continue
      }
      let text = TextCleaning.trimmed(lines[index])
      if !text.isEmpty { blocks.append(.paragraph(text)) }
      index += 1
    }
    return blocks
  }

  /// The line's cells: runs of text parted by two spaces or more (or an ideographic space).
  static func cells(of line: String) -> [Cell] {
    var found: [Cell] = []
    var place = 0
    var current: Cell?
    var spaces = 0
    for character in line {
      if character == " " || character == "\t" || character == "\u{3000}" {
        spaces += character == " " ? 1 : 2
      } else {
        if spaces >= 2, let cell = current {
          found.append(cell)
          current = nil
        } else if spaces == 1, current != nil {
          current?.text.append(" ")
        }
        spaces = 0
        if current == nil { current = Cell(start: place, text: "") }
        current?.text.append(character)
      }
      place += character == "\t" ? 8 - place % 8 : (TextCleaning.isWide(character) ? 2 : 1)
    }
    if let current { found.append(current) }
    return found
  }

  /// A header names the units' columns and the task's (or the row number's) — a 任务分工表 —
  /// or two years or more of an indicators' column (`指标  2025年  2030年  属性`, or a review's
  /// `指标  2020年基数  2025年目标  2023年完成`: `YearColumn`) — a 专栏 of main indicators — or a label over places and years only (`单位  2026年  2027年  2028年`) —
  /// a 目标任务分解表.
  static func isHeader(_ cells: [Cell]) -> Bool {
    guard cells.count >= 3 else { return false }
    let tasks =
      cells.contains { $0.text.contains("牵头") || $0.text.contains("责任") }
      && cells.contains { $0.text.contains("任务") || $0.text.contains("序号") }
    let years = cells.filter { YearColumn.reading($0.text) != nil }.count >= 2
    // `年度  规上工业总产值  工业投资`: goals by year, a row to each year.
    let yearRows = ["年度", "年份"].contains(cells[0].text)
    // `单位  2026年  2027年  2028年`: a task shared out by place and year (a 分解表).
    let breakdown = !isYear(cells[0].text) && cells.dropFirst().allSatisfy { isYear($0.text) }
    // `产业链  链长  链主企业  2028年目标  牵头部门`: each chain's goal.
    let industries = IndustryGoalTableHeader.isHeader(cells.map(\.text))
    return tasks || yearRows || breakdown || industries
      || TabPartedTable.namesMeasures(cells.map(\.text))
      || (years && cells.contains { $0.text.contains("指") || $0.text.contains("属性") })
  }

  /// The header's cells, a label spaced out letter by letter (`指    标`) made one.
  static func joinedLetters(_ cells: [Cell]) -> [Cell] {
    var joined: [Cell] = []
    for cell in cells {
      if let last = joined.last, last.text.count == 1, cell.text.count == 1,
        TextCleaning.isWide(Character(last.text)), TextCleaning.isWide(Character(cell.text))
      {
        joined[joined.count - 1].text += cell.text
      } else {
        joined.append(cell)
      }
    }
    return joined
  }

  /// The table under `header`, starting at line `start`, and the line after it.
  static func table(_ lines: [String], header raw: [Cell], from start: Int)
    -> (DocumentTable, Int)?
  {
    var header = joinedLetters(raw)
    let centres = header.map { centre(of: $0) }
    let bounds = zip(centres, centres.dropFirst()).map { ($0 + $1) / 2 }
    let column = { (cell: Cell) in bounds.filter { $0 <= centre(of: cell) }.count }
    // A row opens with its number, or in a table without one with its indicator's name.
    let key =
      header.firstIndex { $0.text.contains("序号") } ?? header.firstIndex { $0.text.contains("指标") }
      ?? 0
    // A line of one cell continues the table when it stands inside the table's columns right
    // of the first (a wrapped cell), or is a row's number; a paragraph runs wider.
    let right = header.last.map { $0.start + width($0.text) } ?? 0
    let body = lines[start...].prefix { line in
      let parts = cells(of: line)
      guard parts.count == 1, let part = parts.first else { return true }
      return isNumber(part.text)
        || (Double(part.start) >= (bounds.first ?? 0) - 2
          && part.start + width(part.text) <= right + 10)
    }
    let end = start + body.count
    var parted = Array(body.map(cells(of:)).reversed().drop(while: \.isEmpty).reversed())
    // A header printed on two lines (the units under the names): its second line holds no
    // cell in the column rows open with.
    while ["年度", "年份"].contains(header[key].text), let line = parted.first, !line.isEmpty,
      !line.contains(where: { column($0) == key })
    {
      for cell in line { header[column(cell)].text += cell.text }
      parted.removeFirst()
    }
    let blankParted = parted.contains { $0.isEmpty }
    var rows: [[String]] = [header.map(\.text)]
    var row = Array(repeating: "", count: header.count)
    for line in parted {
      // A line of the key column alone, under a row that has its figures, is the rest of
      // the row's wrapped name (`园区工业增加值占全市工业` / `增加值比重`).
      let wrappedName =
        line.allSatisfy { column($0) == key }
        && row.indices.contains { $0 != key && !row[$0].isEmpty }
      let opens = line.contains { column($0) == key } && !row[key].isEmpty && !wrappedName
      if line.isEmpty || (!blankParted && opens) {
        if row.contains(where: { !$0.isEmpty }) { rows.append(row) }
        row = Array(repeating: "", count: header.count)
      }
      for cell in line { row[column(cell)] += cell.text }
    }
    if row.contains(where: { !$0.isEmpty }) { rows.append(row) }
    return rows.count > 1 ? (DocumentTable(rows: rows), end) : nil
  }

  /// Where a cell's middle stands: a cell centred in its column as well as one set left.
  static func centre(of cell: Cell) -> Double {
    Double(cell.start) + Double(width(cell.text)) / 2
  }

  static func isYear(_ text: String) -> Bool {
    text.count == 5 && text.hasSuffix("年") && text.dropLast().allSatisfy(\.isNumber)
  }

  static func width(_ text: String) -> Int {
    text.reduce(0) { $0 + (TextCleaning.isWide($1) ? 2 : 1) }
  }

  static func isNumber(_ text: String) -> Bool {
    !text.isEmpty && text.count <= 3 && text.allSatisfy(\.isNumber)
  }
}
