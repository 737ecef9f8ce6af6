import PlanModel

/// What a heading's row and page sum up of everything under it: its measures done of total,
/// how many are overdue (past their due year, not done, as the pane flags them), and the
/// worst assessment among the targets, indicators and ladder tiers under it (nil when none
/// stands under it).
struct HeadingRollUp: Hashable, Sendable {
  var done: Int
  var total: Int
  var overdue: Int
  var worst: AssessmentStatus?

  init(_ outline: MeasureOutline, _ index: Int, _ data: DashboardData, asOf year: Int) {
    let measures = outline.measures(under: index)
    var done = 0
    var overdue = 0
    for measure in measures {
      let status = data.snapshot.status(of: measure.id)
      if status == .done { done += 1 }
      if MeasuresTable.isOverdue(measure, status, asOf: year, data.catalog) { overdue += 1 }
    }
    self.done = done
    self.total = measures.count
    self.overdue = overdue
    let figures = outline.figureIDs(under: index)
    worst = figures.isEmpty ? nil : AssessmentBadge.worst(figures, data, asOf: year)
  }

  /// Done of total as a fraction; nil when no measure stands under the heading.
  var fraction: Double? { total == 0 ? nil : Double(done) / Double(total) }
}
