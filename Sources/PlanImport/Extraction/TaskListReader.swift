/// A 任务分工 list written as numbered paragraphs rather than a table, each a task's title and
/// its units without brackets: `1.做强绿色食品加工产业。牵头单位:县工信局;责任单位:县农业农村局、
/// 县商务局;完成时限:2030年。` Each item is read as a table row: it gives the task of the same
/// title in the body its units and due year, and is no task of its own.
enum TaskListReader {
  /// The rows of every such item, and the paragraphs they stand in.
  static func rows(paragraphs: [String], outline: OutlineRecogniser) -> (
    rows: [TaskTableRow], paragraphs: Set<Int>
  ) {
    var rows: [TaskTableRow] = []
    var items: Set<Int> = []
    for (index, line) in outline.lines.enumerated() {
      guard let line, line.runIn,
        let row = row(line, key: outline.placeKeys[index], number: rows.count + 1)
      else { continue }
      rows.append(row)
      items.insert(index)
    }
    // A 任务清单 of lines parted into columns, with no labels (`TaskColumnLines`).
    let columns = TaskColumnLines.rows(paragraphs)
    return (rows + columns.rows, items.union(columns.paragraphs))
  }

  /// The item's row when everything after its title is a labelled note of units (and due
  /// date) with at least one unit named; `key` is the item's place in the outline.
  static func row(_ line: HeadingLine, key: String?, number: Int) -> TaskTableRow? {
    guard line.body.hasPrefix(line.title) else { return nil }
    let rest = line.body.dropFirst(line.title.count).drop { c in
      PlanTextCharacters.sentenceEnds.contains(c) || PlanTextCharacters.clauseEnds.contains(c)
        || PlanTextCharacters.isSpace(c)
    }
    let labels = UnitNotes.leadLabels + UnitNotes.responsibleLabels
    guard labels.contains(where: rest.hasPrefix) else { return nil }
    var units = UnitNotes()
    var due: Int?
    for part in UnitNotes.labelledParts(rest) {
      if UnitNotes.leadLabels.contains(part.label) {
        units.lead += UnitNotes.splitUnits(part.names)
      } else if UnitNotes.responsibleLabels.contains(part.label) {
        units.responsible += UnitNotes.splitUnits(part.names)
      } else if TaskTableReader.dueLabels.contains(part.label) {
        due = NumberUnitParser.years(in: part.names).map(\.year).max()
      } else {
        return nil
      }
    }
    guard !units.isEmpty else { return nil }
    return TaskTableRow(
      row: number, number: key, task: line.title, units: units, due: due,
      listed: true)
  }
}
