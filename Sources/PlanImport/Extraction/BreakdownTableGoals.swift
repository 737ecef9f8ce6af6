import PlanModel

/// A 目标任务分解表: one task shared out among units or places by year, under a title that
/// names the task (`XX县盘活低效工业用地目标任务分解表`) and a unit line (`(单位:亩)`) —
/// `单位 | 2026年 | 2027年 | 2028年`, then `XX经济开发区 | 700 | 850 | 800`, …: each cell a goal
/// of its row's unit or place for its column's year, named by the row and the task
/// (`XX经济开发区盘活低效工业用地`). The 合计 row repeats what the text states for the whole
/// region and is not read; neither is a table whose title or unit cannot be found.
enum BreakdownTableGoals {
  static let titleEnds = ["目标任务分解表", "任务分解表", "目标分解表", "指标分解表", "分解表"]
  static let totalRows = ["合计", "总计", "小计", "全县", "全市", "全区", "总量"]

  /// `before`: the paragraphs printed just before the table, the nearest last.
  static func goals(in table: DocumentTable, before: [String]) -> [GoalCandidate] {
    guard let header = table.rows.first, header.count >= 3,
      !header[0].isEmpty, IndicatorTableGoals.year(header[0]) == nil,
      header.dropFirst().allSatisfy({ IndicatorTableGoals.year($0) != nil }),
      let task = task(before), let unit = unit(before + [header[0]])
    else { return [] }
    let years = header.dropFirst().compactMap(IndicatorTableGoals.year)
    var found: [GoalCandidate] = []
    for row in table.rows.dropFirst() where row.count == header.count {
      let place = PlanTextCharacters.trimmed(row[0])
      guard place.count >= 2, !totalRows.contains(where: place.hasPrefix) else { continue }
      let metric = place + task
      for (offset, year) in years.enumerated() {
        guard let (value, qualifiers) = YearRowTableGoals.cell(row, offset + 1) else { continue }
        let kind = GoalKindRules.kind(unit: unit, clause: metric[...])
        let goal = Goal(
          kind: kind, direction: GoalKindRules.direction(kind: kind, clause: metric[...]),
          unit: unit, target: Figure(value: value, year: year), qualifiers: qualifiers)
        found.append(
          GoalCandidate(metric: metric, goal: goal, sourceText: row.joined(separator: " ")))
      }
    }
    return found
  }

  /// The task a title names: `XX县盘活低效工业用地目标任务分解表` → `盘活低效工业用地` (the
  /// region's name, up to its 省/市/县/区, goes).
  static func task(_ before: [String]) -> String? {
    for paragraph in before.reversed().prefix(3) {
      let text = PlanTextCharacters.trimmed(paragraph)
      guard let end = titleEnds.first(where: text.hasSuffix) else { continue }
      var task = text.dropLast(end.count)
      if let cut = task.prefix(8).firstIndex(where: { "省市县区旗".contains($0) }),
        task[task.index(after: cut)...].count >= 4
      {
        task = task[task.index(after: cut)...]
      }
      return task.count >= 2 ? String(task) : nil
    }
    return nil
  }

  /// The unit a line names (`(单位:亩)`, `单位：万元`), if the plan format knows it.
  static func unit(_ lines: [String]) -> String? {
    for line in lines.reversed() {
      let text = PlanTextCharacters.trimmed(line).filter { !"()（）".contains($0) }
      guard let range = text.textRange(of: "单位") else { continue }
      let rest = text[range.upperBound...].drop { ":：".contains($0) || $0 == " " }
      let unit = PlanTextCharacters.trimmed(rest)
      if KnownUnits.contains(unit) { return unit }
    }
    return nil
  }
}
