/// A count a task states again in other words, without the year its goal has: `新增上市企业3家以上`
/// in the goals, `推动3家以上企业上市` in a task — the same count, unit and qualifier, the task's
/// words (`企业上市`) the goal's in another order. One goal, filed once (as the target).
enum RestatedCounts {
  static func restates(_ later: GoalCandidate, _ earlier: GoalCandidate, apart: Bool) -> Bool {
    guard apart, later.isCount, earlier.isCount, later.goal.target?.year == nil,
      earlier.goal.target?.year != nil, later.goal.unit == earlier.goal.unit,
      later.goal.target?.value != nil, later.goal.target?.value == earlier.goal.target?.value,
      Set(later.goal.qualifiers) == Set(earlier.goal.qualifiers), !later.goal.qualifiers.isEmpty
    else { return false }
    return sameWords(later.metric, earlier.metric)
  }

  /// Every pair of characters the shorter metric is cut into stands in the longer (`企业上市` in
  /// `新增上市企业`), and the shorter has two pairs or more.
  static func sameWords(_ a: String, _ b: String) -> Bool {
    let (short, long) = a.count <= b.count ? (Array(a), b) : (Array(b), a)
    guard short.count >= 4, short.count % 2 == 0 else { return false }
    return stride(from: 0, to: short.count, by: 2).allSatisfy {
      long.contains(String(short[$0..<$0 + 2]))
    }
      && !long.contains(String(short))
  }
}
