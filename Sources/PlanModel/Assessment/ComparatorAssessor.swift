/// 高于全省平均水平: the own series against the comparator series (`<id>.comparator`), year
/// by year, in the years both have.
enum ComparatorAssessor {
  static func assess(_ goal: Goal, own: [Actual], comparator: [Actual], asOf: Int) -> Assessment {
    let others = Dictionary(
      comparator.filter { $0.year <= asOf }.map { ($0.year, $0.value) }, uniquingKeysWith: { $1 })
    if own.isEmpty { return .notAssessable(AssessmentReason.noActual(by: asOf), asOf: asOf) }
    if others.isEmpty {
      return .notAssessable(AssessmentReason.noComparator(by: asOf), asOf: asOf)
    }
    let d = GrowthMath.sign(goal)
    // Gap in the desired direction: > 0 means the own figure beats the comparator.
    let gaps = own.compactMap { a in
      others[a.year].map { (a.year, d * (a.value - $0), a.value, $0) }
    }
    guard let first = gaps.first, let last = gaps.last else {
      return .notAssessable(AssessmentReason.noCommonYear, asOf: asOf)
    }
    let status: AssessmentStatus
    if last.1 > 0 {
      status = .achieved
    } else if gaps.count < 2 || last.1 == first.1 {
      status = .limitedProgress
    } else {
      status = last.1 > first.1 ? .accelerationNeeded : .deterioration
    }
    // The target is the comparator's figure in the latest common year (`latestYear`), to
    // be beaten by the item's own target year: the schedule and every view run to that year.
    return Assessment(
      status: status, method: .comparator, asOf: asOf, baseYear: first.0, baseValue: first.2,
      latestYear: last.0, latestValue: last.2, targetYear: goal.target?.year,
      targetValue: last.3, gap: last.1)
  }
}
