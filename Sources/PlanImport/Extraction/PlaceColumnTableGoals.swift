import PlanModel

/// A 目标任务分解表 by column: a row to each place or unit the region's tasks are shared out to,
/// a column to each task with its unit in brackets, under a title naming the share-out and its
/// year (`2027年度各乡镇(街道)、开发区工业经济主要目标任务分解表`, then `单位 | 规上工业总产值(亿元) |
/// 规上工业总产值增长(%) | 工业投资(亿元) | …` and `X镇 | 48 | 10 | 10 | …`): each cell a goal of
/// its row's place for the title's year, named by the place and the column (`X镇工业投资`). The
/// 合计 row repeats the region's own goals and is not read; a table with no such title (a table
/// of where each town stands) is none.
enum PlaceColumnTableGoals {
  /// Words a title of a share-out names.
  static let titleWords = ["分解", "目标任务", "任务表"]

  /// `before`: the paragraphs printed just before the table, the nearest last.
  static func goals(in table: DocumentTable, before: [String]) -> [GoalCandidate] {
    guard let header = table.rows.first, TabPartedTable.namesMeasures(header),
      let title = before.reversed().prefix(2).first(where: { line in
        titleWords.contains(where: line.contains)
      }),
      let year = NumberUnitParser.years(in: title[...]).first?.year
    else { return [] }
    let columns = header.map(TabPartedTable.unit(of:))
    var found: [GoalCandidate] = []
    for row in table.rows.dropFirst() {
      let place = PlanTextCharacters.trimmed(row.first ?? "")
      guard place.count >= 2, !BreakdownTableGoals.totalRows.contains(where: place.hasPrefix)
      else { continue }
      for (index, column) in columns.enumerated() {
        guard let column, KnownUnits.contains(column.unit),
          let (value, qualifiers) = YearRowTableGoals.cell(row, index)
        else { continue }
        let metric = place + column.name
        let kind = GoalKindRules.kind(unit: column.unit, clause: column.name[...])
        let goal = Goal(
          kind: kind, direction: GoalKindRules.direction(kind: kind, clause: column.name[...]),
          unit: column.unit, target: Figure(value: value, year: year), qualifiers: qualifiers)
        found.append(
          GoalCandidate(
            metric: metric, goal: goal, sourceText: row.joined(separator: "\t"), place: place))
      }
    }
    return found
  }
}
