import PlanModel

/// A table of goals by year, one row per year and one column per indicator
/// (`年度 | 规上工业总产值(亿元) | 工业投资(亿元)`, then `2025年 | 560 | 145`, …): each cell a goal of
/// its column's indicator for its row's year, the unit from the column's brackets; a row marked
/// as the base (`2024年(基期)`, `基数`, `基准`) states no goal (its figures are the starting
/// situation, which the text states and files once); `1000以上` keeps its qualifier.
enum YearRowTableGoals {
  static let yearLabels = ["年度", "年份"]
  static let baseMarks = ["基期", "基数", "基准", "现状", "实际"]

  static func goals(in table: DocumentTable) -> [GoalCandidate] {
    guard let header = table.rows.first, header.count >= 2,
      yearLabels.contains(PlanTextCharacters.trimmed(header[0]))
    else { return [] }
    let rows = table.rows.dropFirst().compactMap { row in
      year(row.first ?? "").map { (year: $0.year, base: $0.base, cells: row) }
    }
    var found: [GoalCandidate] = []
    for column in header.indices.dropFirst() {
      let (metric, unit) = IndicatorTableGoals.nameAndUnit(header[column])
      guard metric.count >= 2, let unit else { continue }
      for row in rows where !row.base {
        guard let (value, qualifiers) = cell(row.cells, column) else { continue }
        let kind = GoalKindRules.kind(unit: unit, clause: metric[...])
        let goal = Goal(
          kind: kind, direction: GoalKindRules.direction(kind: kind, clause: metric[...]),
          unit: unit, target: Figure(value: value, year: row.year),
          qualifiers: qualifiers)
        var candidate = GoalCandidate(
          metric: metric, goal: goal, sourceText: row.cells.joined(separator: " "))
        // The earlier years are steps on the way: the starting figure goes to the last.
        candidate.midSeries = row.year < (rows.last?.year ?? row.year)
        found.append(candidate)
      }
    }
    return found
  }

  /// `2025年` → 2025; `2024年(基期)` → 2024, the base.
  static func year(_ cell: String) -> (year: Int, base: Bool)? {
    let text = PlanTextCharacters.trimmed(cell)
    guard let found = NumberUnitParser.years(in: text[...]).first,
      found.range.lowerBound == text.startIndex
    else { return nil }
    return (found.year, baseMarks.contains(where: text.contains))
  }

  /// `560` → 560; `1000以上` → 1000 and `以上`; nil for `—` or words.
  static func cell(_ cells: [String], _ column: Int) -> (value: Double, qualifiers: [String])? {
    guard column < cells.count else { return nil }
    var text = PlanTextCharacters.trimmed(cells[column])[...]
    var qualifiers: [String] = []
    for (written, qualifier) in QualifierWords.trailing where text.hasSuffix(written) {
      text = text.dropLast(written.count)
      qualifiers.append(qualifier)
    }
    return IndicatorTableGoals.number(String(text)).map { ($0, qualifiers) }
  }
}
