import PlanModel

/// A 专栏 of main indicators read as a table (`指标 | 2025年 | 2030年 | 年均增长 | 属性`): each
/// row an indicator with its unit in the brackets of its name (`规上工业总产值(亿元)`), the
/// first year's figure its baseline and the last year's its target; a 年均增长 cell a yearly
/// rate of its own; `[8.6]` (a five-year average) read as its number; words for a target
/// (`完成市下达任务`) a goal without a number; `—` nothing. A name without its unit in brackets
/// takes the unit of a 单位 column, or, without one, the unit the table gives all its rows in its
/// year labels or its caption (`TableUnit`: `表1 …分年度目标(单位:亿元)`); a row `其中:X` is X's. The 属性 column (预期性/约束性) and a category column are not
/// read.
enum IndicatorTableGoals {
  static func goals(in table: DocumentTable, before: [String] = []) -> [GoalCandidate] {
    guard let header = table.rows.first else { return [] }
    guard let (first, last) = startAndGoalColumns(header),
      let label = header.firstIndex(where: { $0.contains("指标") })
        ?? (first.0 > 0 ? first.0 - 1 : nil)
    else { return [] }
    let rate = header.firstIndex { $0.contains("年均") }
    let middle = middleGoalColumns(header, after: first.1, before: last.1)
    let unitColumn = header.firstIndex { PlanTextCharacters.trimmed($0).hasSuffix("单位") }
    let shared = unitColumn == nil ? TableUnit.shared(header: header, before: before) : nil
    var found: [GoalCandidate] = []
    for row in table.rows.dropFirst() where row.count == header.count {
      let (metric, named) = nameAndUnit(TableUnit.partName(row[label]))
      let unit = named ?? unitColumn.flatMap { unitCell(row[$0]) } ?? shared
      guard metric.count >= 2 else { continue }
      let words = metric[...]
      let target = YearRowTableGoals.cell(row, last.0)
      let start = number(row[first.0]).map { Figure(value: $0, year: first.1) }
      if let target, let unit {
        let kind = GoalKindRules.kind(unit: unit, clause: words)
        let goal = Goal(
          kind: kind, direction: GoalKindRules.direction(kind: kind, clause: words), unit: unit,
          baseline: start, target: Figure(value: target.value, year: last.1),
          qualifiers: target.qualifiers)
        found.append(GoalCandidate(metric: metric, goal: goal, sourceText: row[label]))
        found += yearlySteps(row, columns: middle, metric: metric, unit: unit, kind: kind)
      } else if row[last.0].contains(where: PlanTextCharacters.isHan) {
        let down = GoalKindRules.downWords.contains(where: words.contains)
        let goal = Goal(
          kind: down ? .reduction : .absolute, direction: down ? .down : .up,
          target: Figure(year: last.1))
        found.append(GoalCandidate(metric: metric, goal: goal, sourceText: row[label]))
      }
      if let rate, let (value, qualifiers) = YearRowTableGoals.cell(row, rate) {
        // A row of a rate alone (`工业增加值增长 % [9.1] — 7以上`): its first figure is the
        // rate's starting one.
        let goal = Goal(
          kind: .annualRate, direction: .up, unit: "%",
          baseline: target == nil && row[last.0].allSatisfy({ !PlanTextCharacters.isHan($0) })
            ? start : nil,
          target: Figure(value: value, year: last.1), qualifiers: qualifiers)
        found.append(GoalCandidate(metric: rateName(metric), goal: goal, sourceText: row[label]))
      }
    }
    return found
  }

  /// The goal columns between the starting one and the last (`2026年`, `2027年` of `2025年基数 |
  /// 2026年 | 2027年 | 2028年`): each a year's step of the row's goal.
  static func middleGoalColumns(_ header: [String], after start: Int, before end: Int) -> [(
    Int, Int
  )] {
    header.indices.compactMap { index in
      guard let column = YearColumn.reading(header[index]), column.role != .actual,
        column.year > start, column.year < end
      else { return nil }
      return (index, column.year)
    }
  }

  /// A row's figures in the middle goal columns, each a goal of its year (no baseline: the
  /// row's starting figure is the last goal's).
  static func yearlySteps(
    _ row: [String], columns: [(Int, Int)], metric: String, unit: String, kind: GoalKind
  ) -> [GoalCandidate] {
    columns.compactMap { column, year in
      guard let cell = YearRowTableGoals.cell(row, column) else { return nil }
      let goal = Goal(
        kind: kind, direction: GoalKindRules.direction(kind: kind, clause: metric[...]),
        unit: unit, target: Figure(value: cell.value, year: year), qualifiers: cell.qualifiers)
      return GoalCandidate(metric: metric, goal: goal, sourceText: row[0])
    }
  }

  /// `地区生产总值` → `地区生产总值年均增长`; `工业增加值增长` → `工业增加值年均增长`.
  static func rateName(_ metric: String) -> String {
    (metric.hasSuffix("增长") ? String(metric.dropLast(2)) : metric) + "年均增长"
  }

  /// `2030年` → 2030.
  static func year(_ cell: String) -> Int? {
    let text = PlanTextCharacters.trimmed(cell)
    guard text.count == 5, text.hasSuffix("年") else { return nil }
    return Int(text.dropLast())
  }

  /// The columns of the starting figures and of the goals, each with its year: the first
  /// and the last year's column (`指标 | 2025年 | 2030年`), or, where the labels say what their
  /// figures are (`指标 | 2020年基数 | 2025年目标 | 2023年完成`: `YearColumn`), the 基数 and the
  /// 目标 column — a column of what was done (`完成`, `实际`) is no goal and no start.
  static func startAndGoalColumns(_ header: [String]) -> ((Int, Int), (Int, Int))? {
    let columns = header.indices.compactMap { index in
      YearColumn.reading(header[index]).map { (index: index, column: $0) }
    }
    let roles = columns.filter { $0.column.role != .actual }
    let goal = roles.last { $0.column.role == .goal } ?? roles.last
    let start = roles.first { $0.column.role == .start } ?? roles.first
    guard let start, let goal, start.column.year < goal.column.year else { return nil }
    return ((start.index, start.column.year), (goal.index, goal.column.year))
  }

  /// `规上工业总产值(亿元)` → (`规上工业总产值`, `亿元`); a name without a known unit in its
  /// brackets has none.
  static func nameAndUnit(_ cell: String) -> (String, String?) {
    let text = PlanTextCharacters.trimmed(cell)
    guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return (text, nil) }
    let unit = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
    guard KnownUnits.contains(unit) else { return (text, nil) }
    return (PlanTextCharacters.trimmed(text[..<open]), unit)
  }

  /// A 单位 column's cell, when it is a unit the plan format knows.
  static func unitCell(_ cell: String) -> String? {
    let text = PlanTextCharacters.trimmed(cell)
    return KnownUnits.contains(text) ? text : nil
  }

  /// `418`, `10.9%`, `[8.6]`, `〔10〕` (a total over the plan's years) → the number; nil for `—` or words.
  static func number(_ cell: String) -> Double? {
    let text = cell.filter { !"[]〔〕%".contains($0) && !PlanTextCharacters.isSpace($0) }
    return text.isEmpty ? nil : Double(text)
  }
}
