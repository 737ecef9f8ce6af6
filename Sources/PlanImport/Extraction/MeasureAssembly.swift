import PlanModel

/// Measures from their paragraphs, with the units of a 任务分工表 joined in: a row whose
/// task is a measure's title (or holds it, or names it in other words: `RowTaskNames`) gives
/// that measure its units when the text gave none; a row that matches no measure becomes a measure of its own, marked for review.
enum MeasureAssembly {
  static func join(
    _ rows: [TaskTableRow], into measures: inout [DraftMeasure], reviews: inout [Int: [ReviewMark]]
  ) -> [TaskTableRow] {
    var unmatched: [TaskTableRow] = []
    for row in rows {
      let task = PlanTextCharacters.unquoted(row.task)
      let named = TaskItemRange.numbers(in: task).map {
        TaskItemRange.measures(numbered: $0, in: measures)
      }
      let indices =
        named.flatMap { $0.isEmpty ? nil : $0 }
        ?? measures.firstIndex(where: { measure in
          let title = PlanTextCharacters.unquoted(measure.title)
          let short = QuotedSpans.dropped(measure.title)
          return title.count >= 2
            && (task == title || task.hasPrefix(title) || title.hasPrefix(task)
              || (short.count >= 4 && short != measure.title && task == short))
        }).map { [$0] }
        ?? RowTaskNames.measure(named: task, in: measures).map { [$0] } ?? []
      guard !indices.isEmpty else {
        unmatched.append(row)
        continue
      }
      for index in indices {
        if measures[index].units.isEmpty {
          measures[index].units = row.units
          reviews[index, default: []].append(
            row.listed ? .unitsFromList(row.row) : .unitsFromTable(row.row))
        }
        if measures[index].due == nil { measures[index].due = row.due }
      }
    }
    return unmatched
  }

  static func measure(
    _ draft: DraftMeasure, id: String, outputs: [GoalCandidate], review: [ReviewMark],
    horizon: Horizon, language: Language
  ) -> Measure {
    let due = draft.due.flatMap { (horizon.start...horizon.end).contains($0) ? $0 : nil }
    return Measure(
      id: id, section: draft.headingKey, position: draft.position, title: draft.title,
      text: draft.text, leadUnits: draft.units.lead, responsibleUnits: draft.units.responsible,
      outputs: outputs.compactMap { output(of: $0, horizon: horizon) }, due: due,
      source: SourceRef(
        section: draft.headingKey, heading: draft.headingKey,
        review: review.map { $0.text(language) }))
  }

  static func output(of candidate: GoalCandidate, horizon: Horizon) -> MeasureOutput? {
    guard var figure = candidate.goal.target, let unit = candidate.goal.unit else { return nil }
    if let year = figure.year, !(horizon.start...horizon.end).contains(year) { figure.year = nil }
    figure.qualifiers = candidate.goal.qualifiers.filter { $0 != "每年" }
    return MeasureOutput(
      metric: candidate.metric, figure: figure, unit: unit, perYear: candidate.goal.perYear)
  }

  /// A measure made from a programme a paragraph outside the tasks names with its units
  /// (`“X工程”由A牵头,B配合`), placed by its paragraph (`¶11`, the body's 11th).
  static func measure(
    programme: ProgrammeSentences.Programme, id: String, section: String?, paragraph: Int
  ) -> Measure {
    Measure(
      id: id, section: section, position: "¶\(paragraph + 1)", title: programme.title,
      text: programme.text,
      leadUnits: programme.units.lead, responsibleUnits: programme.units.responsible,
      source: SourceRef(section: section, text: programme.text, heading: section))
  }

  /// A measure made from a table row (or list item) no paragraph matched: what its task
  /// counts (`引进亿元以上工业项目25个`, due the row's deadline) are its outputs.
  static func measure(row: TaskTableRow, id: String, horizon: Horizon, language: Language)
    -> Measure
  {
    let mark: ReviewMark =
      row.listed ? .listItemWithoutMeasure(row.row) : .tableRowWithoutMeasure(row.row)
    let due = row.due.flatMap { (horizon.start...horizon.end).contains($0) ? $0 : nil }
    let context = SentenceContext(year: due)
    let outputs =
      TargetPatterns.goals(in: row.task[...], context: context)
      + SpecialGoalPatterns.goals(in: row.task[...], context: context)
    return Measure(
      id: id, section: row.number, position: row.number == nil ? "任务分工表第\(row.row)行" : nil,
      title: MeasurePatterns.leadPhrase(row.task) ?? String(row.task.prefix(24)), text: row.task,
      leadUnits: row.units.lead, responsibleUnits: row.units.responsible,
      outputs: outputs.compactMap { output(of: $0, horizon: horizon) }, due: due,
      source: SourceRef(
        section: row.number, review: [mark.text(language)]))
  }
}
