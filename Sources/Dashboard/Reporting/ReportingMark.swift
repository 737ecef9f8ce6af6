import PlanModel

/// How a measure stands in the reporting cycle, as its colour in the lists (documented in
/// docs/team.md; a role in every theme): red when its report for this period is overdue,
/// yellow when it is behind 序时进度, blue when its report is due within 7 days; nothing
/// when it has reported this period (or is done) and is on schedule. The worst one shows.
public enum ReportingMark: Hashable, Sendable {
  case dueSoon
  case behind
  case overdue

  /// The days before the due day from which an unreported measure shows blue.
  public static let dueSoonDays = 7

  public var role: StyleRole {
    switch self {
    case .dueSoon: .reportDue
    case .behind: .reportBehind
    case .overdue: .reportOverdue
    }
  }

  /// The mark of a measure, or nil. A done measure owes no more reports.
  public static func of(
    _ measure: Measure, document: PlanDocument, cycle: ReportingCycle,
    snapshot: ProgressSnapshot, asOf: Int
  ) -> ReportingMark? {
    let status = snapshot.status(of: measure.id)
    guard status != .done else { return nil }
    let reported = cycle.hasReported(measure.id, snapshot)
    let schedule = Schedule.measure(measure, document: document, status: status, asOf: asOf)
    if (!reported && cycle.daysToDue < 0) || schedule.isOverdue { return .overdue }
    if schedule.isBehind { return .behind }
    if !reported && cycle.daysToDue <= dueSoonDays { return .dueSoon }
    return nil
  }

  /// The mark of a measure in the dashboard's data, when a reporting cycle is known.
  static func of(_ id: String, _ state: DashboardState, _ data: DashboardData) -> ReportingMark? {
    guard let cycle = state.reporting, let measure = data.catalog.measure(id),
      let plan = data.plan(data.catalog.regionID(of: id))
    else { return nil }
    return of(
      measure, document: plan.document, cycle: cycle, snapshot: data.snapshot,
      asOf: state.currentYear)
  }
}
