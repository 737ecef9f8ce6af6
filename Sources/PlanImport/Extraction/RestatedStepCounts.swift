/// A ladder step's count stated twice, once without a year — a definition of the ladder
/// (`即重点培育10家…、100家…、1000家营业收入超亿元的成长型企业`) — and once with one (the step's
/// row or goal for 2028): the same count, filed once as the dated one.
enum RestatedStepCounts {
  /// True when the two counts of one step are the same figure, exactly one of them dated.
  static func same(_ a: GoalCandidate, _ b: GoalCandidate) -> Bool {
    a.isCount && b.isCount && a.goal.unit == b.goal.unit && a.goal.target?.value != nil
      && a.goal.target?.value == b.goal.target?.value && isDated(a) != isDated(b)
  }

  /// True for the dated one of two such counts.
  static func isDated(_ count: GoalCandidate) -> Bool {
    count.goal.target?.year != nil
  }
}
