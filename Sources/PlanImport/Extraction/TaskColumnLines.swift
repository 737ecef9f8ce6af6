/// A 任务清单 printed as lines of columns parted by tabs or runs of spaces, with no header:
/// `1	低效用地再开发攻坚	县自然资源和规划局	X开发区管委会、县经信局	2027年12月底` — number,
/// task, 牵头单位, 责任单位 (or 配合单位), deadline. Each line is read as a row of a 任务分工表
/// (`TaskTableReader`): it gives the body's task of the same title its units and due year, and
/// is no task of its own. Three such lines or more in a run make a list.
enum TaskColumnLines {
  /// What a unit's name ends with.
  static let unitEnds = [
    "局", "委", "办", "厅", "政府", "管委会", "中心", "公司", "集团", "银行", "部", "院", "会", "处", "站", "所",
  ]
  static let shortestRun = 3

  /// The rows of every run of such lines, and the paragraphs they stand in.
  static func rows(_ paragraphs: [String]) -> (rows: [TaskTableRow], paragraphs: Set<Int>) {
    let read = paragraphs.map(row)
    var rows: [TaskTableRow] = []
    var places: Set<Int> = []
    var index = 0
    while index < read.count {
      let run = read[index...].prefix { $0 != nil }.count
      if run >= shortestRun {
        rows += read[index..<index + run].compactMap { $0 }
        places.formUnion(index..<index + run)
      }
      index += max(run, 1)
    }
    return (rows, places)
  }

  /// One line's row: a number, a task, then two cells of units, and a deadline or nothing.
  static func row(_ line: String) -> TaskTableRow? {
    row(
      cells: line.split(whereSeparator: { $0 == "\t" || $0 == " " || $0 == "\u{3000}" })
        .map(String.init))
  }

  /// The row of a table's cells read the same way (a 任务清单 printed as a table with no
  /// header row, `TaskTableReader`); empty cells do not count.
  static func row(cells given: [String]) -> TaskTableRow? {
    let cells = given.map(PlanTextCharacters.trimmed).filter { !$0.isEmpty }
    guard cells.count == 4 || cells.count == 5, let number = Int(cells[0]),
      cells[1].count >= 2, !cells[1].contains(where: PlanTextCharacters.isDigit),
      isUnitList(cells[2]), isUnitList(cells[3])
    else { return nil }
    let due = cells.count == 5 ? NumberUnitParser.years(in: cells[4][...]).first?.year : nil
    return TaskTableRow(
      row: number, number: cells[0], task: cells[1],
      units: UnitNotes(
        lead: UnitNotes.splitUnits(cells[2][...]),
        responsible: UnitNotes.splitUnits(cells[3][...])),
      due: due, listed: true)
  }

  /// A cell that names units: every name of it ends as a unit's name does.
  static func isUnitList(_ cell: String) -> Bool {
    let names = UnitNotes.splitUnits(cell[...]).filter { !$0.isEmpty }
    return !names.isEmpty
      && names.allSatisfy { name in unitEnds.contains(where: name.hasSuffix) || name.hasSuffix(")")
      }
  }
}
