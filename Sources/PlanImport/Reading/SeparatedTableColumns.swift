/// What a header of a table printed as text says of its columns (`SeparatedTextTable`): which
/// hold figures (a year's, `2025年`, `2028年目标`; a measure's with its unit, `产值(亿元)`; every
/// column after `年度`), which one holds the row's name, and how a line of words reads into a
/// row under it.
struct SeparatedTableColumns {
  enum Reading: Equatable {
    /// The line's cells, one to a column.
    case row([String])
    /// A row short of a cell that may be a figure's: not read, the table goes on.
    case passedOver
    /// No row of the table.
    case none
  }

  var header: [String]
  var figures: Set<Int>
  var label: Int

  init(header: [String]) {
    self.header = header
    let yearRows = ["年度", "年份"].contains(header.first ?? "")
    figures = Set(
      header.indices.filter { index in
        (yearRows && index > 0) || YearColumn.reading(header[index]) != nil
          || (index > 0 && TabPartedTable.unit(of: header[index]) != nil)
      })
    let figureColumns = self.figures
    let named = header.indices.first { index in
      !figureColumns.contains(index)
        && ["指标", "名称", "项目", "内容", "任务"].contains(where: header[index].contains)
    }
    numbered = ["序号", "编号"].contains(header.first ?? "")
    label = named ?? (numbered ? 1 : 0)
  }

  /// Whether the rows open with their numbers (`序号`).
  var numbered: Bool

  /// A 任务分工表's header (`序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限`): no figure columns.
  var namesTasks: Bool {
    figures.isEmpty && header.contains { $0.contains("牵头") || $0.contains("责任") }
  }

  var hasFigures: Bool { !figures.isEmpty }

  /// The line's cells under this header, or why it has none.
  func reading(_ words: SeparatedTextTable.Words) -> Reading {
    let count = header.count
    let wide = words.wideCells
    if namesTasks { return taskRow(wide.count == count ? wide : words.texts) }
    if wide.count == count { return checked(wide) }
    let texts = words.texts
    if texts.count == count { return checked(texts) }
    if texts.count > count { return joiningLabel(words) }
    let short = wide.count > texts.count ? wide : texts
    guard short.count >= 2, short.count < count else { return .none }
    return shortRow(short)
  }

  /// A line short of cells: the missing ones, a run of empty cells, stand at the one place
  /// that leaves every figure column a figure and the label the row's longest name (`工业增加值 % — 7.5 预期性`
  /// under `类别 | 指标 | 单位 | 2025年 | 2030年 | 属性`: no 类别; `新增企业 家 12 30` under `指标 |
  /// 单位 | 2025年 | 2028年 | 属性`: no 属性); with no such place, or two, a line of figures is
  /// passed over (which figure is missing is not known), any other is no row.
  func shortRow(_ short: [String]) -> Reading {
    let missing = Array(repeating: "", count: header.count - short.count)
    let fits = (0...short.count).compactMap { place -> [String]? in
      let cells = Array(short[..<place]) + missing + Array(short[place...])
      let name = cells[label]
      return figures.allSatisfy({ isFigure(cells[$0]) }) && Self.isName(name)
        && cells.allSatisfy({ $0.count <= name.count }) ? cells : nil
    }
    if fits.count == 1, let cells = fits.first { return checked(cells) }
    return short.contains(where: isFigure) ? .passedOver : .none
  }

  /// A row's name: words, not a figure.
  static func isName(_ cell: String) -> Bool {
    number(cell) == nil && cell.contains(where: PlanTextCharacters.isHan)
  }

  /// A 任务分工表's row: a cell to each column (which cell an extra word belongs to is not
  /// known), its number first where the header opens with `序号`.
  func taskRow(_ cells: [String]) -> Reading {
    guard cells.count == header.count, !numbered || Int(cells[0]) != nil,
      Self.isName(cells[label])
    else { return .none }
    return .row(cells)
  }

  /// A line one word too long or more read with the extra words in the label column: the
  /// words before it one to a column, those after it one to a column from the right.
  func joiningLabel(_ words: SeparatedTextTable.Words) -> Reading {
    let extra = words.texts.count - header.count
    let inside = (label + 1)...(label + extra)
    // A wide gap parts two cells: the label's words are parted by single spaces only.
    guard inside.allSatisfy({ !words.wideBefore[$0] }) else { return .none }
    let texts = words.texts
    let cells =
      Array(texts[..<label])
      + [texts[(label + 1)...(label + extra)].reduce(texts[label], SeparatedTextTable.Words.joined)]
      + Array(texts[(label + extra + 1)...])
    // The extra words might stand in another column of words: read only when every figure
    // column then holds a figure.
    guard figures.allSatisfy({ isFigure(cells[$0]) }) else { return .none }
    return checked(cells)
  }

  /// A row whose name is words and whose figure columns hold figures or short words — a number
  /// among them, or else only marks for none and goals in words (`— | 完成省下达任务 | —`).
  func checked(_ cells: [String]) -> Reading {
    let held = figures.map { cells[$0] }.filter { !$0.isEmpty }
    let numbered = held.contains { Self.number($0) != nil }
    let worded =
      held.contains { !isFigure($0) } && held.allSatisfy { isFigure($0) || $0.count >= 4 }
    guard numbered || worded, Self.isName(cells[label]),
      held.allSatisfy({ isFigure($0) || ($0.count <= 12 && !$0.contains(" ")) })
    else { return .none }
    return .row(cells)
  }

  /// A number or a mark for none (`—`, `/`).
  func isFigure(_ cell: String) -> Bool {
    Self.number(cell) != nil || ["—", "——", "-", "－", "/", "／", "…"].contains(cell)
  }

  /// `418`, `10.9%`, `[8.6]`, `〔12〕`, `≥95`, `300以上`, `1,200` → the number.
  static func number(_ cell: String) -> Double? {
    var text = cell.filter { !"[]〔〕()（）%％≥≤>＞<＜,，+＋约".contains($0) }
    for tail in ["以上", "左右", "以内", "以下"] where text.hasSuffix(tail) {
      text.removeLast(tail.count)
    }
    return text.isEmpty ? nil : Double(text)
  }
}
