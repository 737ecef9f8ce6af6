import PlanModel

/// How many measures stand at each status.
public struct StatusCounts: Hashable, Sendable {
  public var byStatus: [MeasureStatus: Int] = [:]

  public init() {}

  public init(_ measures: [Measure], in snapshot: ProgressSnapshot) {
    for measure in measures { byStatus[snapshot.status(of: measure.id), default: 0] += 1 }
  }

  public subscript(status: MeasureStatus) -> Int { byStatus[status] ?? 0 }

  public var total: Int { byStatus.values.reduce(0, +) }
}
