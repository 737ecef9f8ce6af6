/// A table of tiers (its first column headed `梯队`, `层级` …) printed as lines of cells (tabs, or two spaces or more), its figures
/// under year columns and its unit in the title above (`专栏1 企业梯队培育目标(单位:家)`, then
/// `梯队 | 培育标准 | 2025年 | 2028年` and rows `骨干企业 | 年营业收入10亿元以上 | 41 | 100`):
/// each row is a tier's line of figures by year, read as `LadderRows` reads
/// `骨干企业 | 2025年 41家 | 2028年 100家` — the columns between the name and the years
/// (a tier's standard, a threshold) are no goals. The rows are a ladder, each naming an
/// enterprise tier by its header (`LadderRows.steps`, `graded`: `成长型企业`, `百亿级企业`).
enum YearColumnRows {
  /// What the name column of a table of tiers is headed by.
  /// (Not `类别`, `等级`: indicator tables are headed so too.)
  static let tierHeaders = ["梯队", "梯次", "层级", "梯度", "企业类型", "培育层级"]
  /// How far above the header the unit's title may stand.
  static let titleReach = 2
  static let fewestYears = 2

  /// For each row line of such a table, the line as `LadderRows` reads it, by paragraph.
  static func lines(_ paragraphs: [String]) -> [Int: String] {
    var found: [Int: String] = [:]
    var index = 0
    while index < paragraphs.count {
      guard let years = yearColumns(paragraphs[index]),
        let unit = unit(above: index, in: paragraphs)
      else {
        index += 1
        continue
      }
      let width = LadderRows.cells(of: paragraphs[index]).count
      let base = TierTableHeaders.baseYear(paragraphs[index])
      var row = index + 1
      while row < paragraphs.count,
        let line = line(paragraphs[row], width: width, years: years, unit: unit, baseYear: base)
      {
        found[row] = line
        row += 1
      }
      index = row
    }
    return found
  }

  /// The years of a header whose last columns are years (`梯队 | 培育标准 | 2025年 | 2028年`,
  /// one of them perhaps the base year's: `2026年（基数）`, `TierTableHeaders`), its first a
  /// name's column; nil for any other line.
  static func yearColumns(_ line: String) -> [Int]? {
    guard line.contains("\t") || line.contains("  ") else { return nil }
    let cells = LadderRows.cells(of: line)
    guard cells.count >= fewestYears + 1, let first = cells.first,
      TierTableHeaders.isNameLabel(first)
    else { return nil }
    let years = cells.reversed().prefix { TierTableHeaders.column($0) != nil }
      .compactMap { TierTableHeaders.column($0)?.year }
    guard years.count >= fewestYears,
      cells.dropLast(years.count).allSatisfy({ !$0.contains(where: PlanTextCharacters.isDigit) })
    else { return nil }
    return years.reversed()
  }

  /// The unit a title line above the header gives (`(单位:家)` in brackets of either width).
  static func unit(above header: Int, in paragraphs: [String]) -> String? {
    unit(in: paragraphs[max(0, header - titleReach)..<header])
  }

  /// The unit the last of these lines to give one gives (`(单位:家)`).
  static func unit(in lines: ArraySlice<String>) -> String? {
    for text in lines.reversed() {
      guard let label = text.textRange(of: "单位:") ?? text.textRange(of: "单位\u{FF1A}") else {
        continue
      }
      let unit = text[label.upperBound...].prefix { PlanTextCharacters.isHan($0) }
      if (1...3).contains(unit.count) { return String(unit) }
    }
    return nil
  }

  /// The row as `name | 2025年 41家 | 2028年 100家`, or nil when it is no row of the table: as
  /// many cells as the header, a name without figures, a number (or `—`) under each year; the
  /// base year's cell marked so (`2026年基数 512家`).
  static func line(
    _ line: String, width: Int, years: [Int], unit: String, baseYear: Int? = nil
  ) -> String? {
    guard line.contains("\t") || line.contains("  ") else { return nil }
    let cells = LadderRows.cells(of: line)
    guard cells.count == width, let name = cells.first,
      !name.contains(where: PlanTextCharacters.isDigit)
    else { return nil }
    let figures = cells.suffix(years.count)
    var parts = [name]
    for (year, cell) in zip(years, figures) {
      if cell.allSatisfy({ "—-－/".contains($0) }) {
        parts.append("\(year)年 —")
      } else if let value = Double(cell), value >= 0 {
        let mark = year == baseYear ? TierTableHeaders.baseWords[0] : ""
        parts.append("\(year)年\(mark) \(cell)\(unit)")
      } else {
        return nil
      }
    }
    return parts.joined(separator: " | ")
  }
}
