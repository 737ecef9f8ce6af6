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
    let counts = OutlineRollup.Counts(
      outline.measures(under: index), document: outline.plan.document, asOf: year,
      status: data.snapshot.status(of:))
    done = counts.done
    total = counts.total
    overdue = counts.overdue
    let figures = outline.figureIDs(under: index)
    worst = figures.isEmpty ? nil : AssessmentBadge.worst(figures, data, asOf: year)
  }

  /// Done of total as a fraction; nil when no measure stands under the heading.
  var fraction: Double? { total == 0 ? nil : Double(done) / Double(total) }
}
