/// A 任务分工表 (task-division table) as printed in a Word file or PDF: a header row naming
/// the task column and the 牵头单位 / 责任单位 columns, then one row per task (merged cells
/// arrive spread by the reader, so every row reads whole).
struct TaskTableRow: Hashable {
  /// The row's number in the table, counting the header as row 1.
  var row: Int
  var number: String?
  var task: String
  var units: UnitNotes
  var due: Int?
  /// True for an item of a 任务分工 list in the text (`TaskListReader`), numbered by `row`.
  var listed = false
}

enum TaskTableReader {
  static let taskLabels = [
    "重点任务", "工作任务", "主要任务", "任务内容", "工作内容", "具体任务", "重点工作", "具体工作", "工作事项", "工作名称", "任务",
    "措施", "事项", "内容",
  ]
  /// The unit notes' labels (`UnitNotes`), the lead's checked first (`牵头责任单位` leads).
  static let leadLabels = UnitNotes.leadLabels
  /// The others' labels as a column's header writes them in full (`配合单位`, `协同部门`, `责任主体`;
  /// not the bare `配合` a note may use, which a task's own text can hold).
  static let responsibleLabels = UnitNotes.responsibleLabels.filter { $0.count >= 4 }
  static let dueLabels = ["完成时限", "完成时间", "时间节点", "时限"]
  static let numberLabels = ["序号", "编号"]

  /// The task rows of a table, or none when it is not a task-division table.
  static func rows(of table: DocumentTable) -> [TaskTableRow] {
    guard let headerIndex = table.rows.firstIndex(where: isHeader) else {
      return headerless(table)
    }
    let header = table.rows[headerIndex].map(PlanTextCharacters.trimmed)
    func column(_ labels: [String], besides taken: Int? = nil) -> Int? {
      for label in labels {
        if let index = header.indices.first(where: { $0 != taken && header[$0].contains(label) }) {
          return index
        }
      }
      return nil
    }
    let lead = column(leadLabels)
    // `牵头责任单位` holds `责任单位` too: the lead's column is no responsible column.
    let responsible = column(responsibleLabels, besides: lead)
    let due = column(dueLabels)
    let number = column(numberLabels)
    let taskColumns = header.indices.filter { i in
      taskLabels.contains(where: header[i].contains) && i != lead && i != responsible && i != due
    }
    // The last task column is the most specific (分项任务 after 重点任务).
    guard let task = taskColumns.last else { return [] }
    var found: [TaskTableRow] = []
    for (offset, cells) in table.rows.enumerated() where offset > headerIndex {
      func cell(_ index: Int?) -> String {
        guard let index, index < cells.count else { return "" }
        return PlanTextCharacters.trimmed(cells[index])
      }
      let taskText = cell(task)
      // A row merged across the table (`一、产业提升行动`) heads a group of tasks.
      let filled = Set(cells.map(PlanTextCharacters.trimmed).filter { !$0.isEmpty })
      guard !taskText.isEmpty, taskText != header[task], filled.count > 1 else { continue }
      // A unit marked `(牵头)` in the responsible column leads (`UnitLeadMarks`).
      let marked = UnitLeadMarks.leadsMoved(
        lead: UnitNotes.splitUnits(cell(lead)[...]),
        responsible: UnitNotes.splitUnits(cell(responsible)[...]))
      let units = UnitNotes(lead: marked.lead, responsible: marked.responsible)
      let dueYear = NumberUnitParser.years(in: cell(due)[...]).map(\.year).max()
      found.append(
        TaskTableRow(
          row: offset + 1, number: cell(number).isEmpty ? nil : cell(number), task: taskText,
          units: units, due: dueYear))
    }
    return found
  }

  /// A 任务清单 with no header row: every row a number, a task, its 牵头 and 配合 units and a
  /// deadline, as `TaskColumnLines` reads such lines in a text (at least as many rows as a
  /// run of lines needs, and no row of another shape).
  static func headerless(_ table: DocumentTable) -> [TaskTableRow] {
    let rows = table.rows.map(TaskColumnLines.row(cells:))
    guard rows.count >= TaskColumnLines.shortestRun, rows.allSatisfy({ $0 != nil }) else {
      return []
    }
    return rows.compactMap { $0 }.enumerated().map { offset, row in
      var row = row
      row.row = offset + 1
      row.listed = false
      return row
    }
  }

  private static func isHeader(_ row: [String]) -> Bool {
    let hasTask = row.contains { cell in taskLabels.contains(where: cell.contains) }
    let hasUnits = row.contains { cell in
      (leadLabels + responsibleLabels).contains(where: cell.contains)
    }
    return hasTask && hasUnits
  }
}
