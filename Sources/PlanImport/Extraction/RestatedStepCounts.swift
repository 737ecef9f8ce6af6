/// A ladder step's count stated twice, once without a year — a definition of the ladder
/// (`即重点培育10家…、100家…、1000家营业收入超亿元的成长型企业`) — and once with one (the step's
/// row or goal for 2028): the same count, filed once as the dated one.
enum RestatedStepCounts {
  /// True when the two counts of one step are the same figure, exactly one of them dated.
  static func same(_ a: GoalCandidate, _ b: GoalCandidate) -> Bool {
    guard a.isCount, b.isCount, a.goal.unit == b.goal.unit,
      let value = a.goal.target?.value, value == b.goal.target?.value,
      (a.goal.target?.year == nil) != (b.goal.target?.year == nil)
    else { return false }
    return true
  }

  /// Of two such counts, the dated one.
  static func dated(_ a: GoalCandidate, _ b: GoalCandidate) -> Bool {
    a.goal.target?.year != nil
  }
}
