/// A goal of the plan's goals a task states again without the year (`到2028年,…培育绿色供应链
/// 管理企业3家` in 主要目标, then `…,培育绿色供应链管理企业3家。` in a task): the same count and
/// unit of the same metric (or one holding the other), not yearly — one goal, filed once.
enum UndatedRestatements {
  static let shortestMetric = 4

  static func restates(_ later: GoalCandidate, _ earlier: GoalCandidate, apart: Bool) -> Bool {
    guard apart, later.isCount, earlier.isCount, !later.goal.perYear,
      later.goal.target?.year == nil, earlier.goal.target?.year != nil,
      later.goal.unit == earlier.goal.unit, let value = later.goal.target?.value,
      value == earlier.goal.target?.value
    else { return false }
    let (short, long) =
      later.metric.count <= earlier.metric.count
      ? (later.metric, earlier.metric) : (earlier.metric, later.metric)
    return short.count >= shortestMetric && long.contains(short)
  }
}
