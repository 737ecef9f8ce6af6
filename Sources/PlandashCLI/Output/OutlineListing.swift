import PlanModel

/// `plandash list outline`: each plan's outline as an indented tree — every heading with its
/// number and title as printed — and beside each heading its measures' roll-up as of one
/// year: done of total and how many are overdue, counting everything under it.
enum OutlineListing {
  /// Every plan's line, its headings under it.
  static func rows(
    _ plans: [Plan], snapshot: ProgressSnapshot, asOf: Int, _ language: Language
  ) -> [[String]] {
    plans.flatMap { plan in
      [[CLIText.outlineOf(plan)(language), "", ""]]
        + rows(of: plan, snapshot: snapshot, asOf: asOf, language)
    }
  }

  /// One plan's headings, indented by level under the plan's own line.
  static func rows(
    of plan: Plan, snapshot: ProgressSnapshot, asOf: Int, _ language: Language
  ) -> [[String]] {
    let outline = PlanOutline(plan)
    let rollup = OutlineRollup(plan, outline: outline, asOf: asOf, status: snapshot.status(of:))
    var rows: [[String]] = []
    if rollup.unplaced.total > 0 || outline.headings.isEmpty {
      let label = outline.headings.isEmpty ? CLIText.noOutline : CLIText.beforeFirstHeading
      rows.append(["  " + label(language)] + cells(rollup.unplaced))
    }
    for (index, heading) in outline.headings.enumerated() {
      let indent = String(repeating: "  ", count: heading.level)
      let untitled = heading.inText ? "" : CLIText.untitledInText(language)
      rows.append([indent + heading.printed + untitled] + cells(rollup.byHeading[index]))
    }
    return rows
  }

  /// `3/5` done of total and the overdue count; "—" under a heading with no measures.
  static func cells(_ counts: OutlineRollup.Counts) -> [String] {
    guard counts.total > 0 else { return [ListCommand.open, ListCommand.open] }
    return ["\(counts.done)/\(counts.total)", "\(counts.overdue)"]
  }
}
