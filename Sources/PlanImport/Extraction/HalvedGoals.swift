import PlanModel

/// A goal stated as a half off a base: `D类企业数量较2025年减少一半`, `低效用地面积下降一半`,
/// `落后产能压减一半`, `排放总量减半` — a reduction of 50 %, from the base year the sentence names.
/// Gates: a base year named, or the clause stands among the goals (`第三年租金减半`, a policy's
/// schedule, is none); the half closes the clause (or a qualifier follows it, `SpecialGoalPatterns.closesGoal`)
/// and a metric of two characters or more stands before the verb; `一半以上的企业` (a share of
/// whom) or `减少一半的用地` (a noun after) is none.
enum HalvedGoals {
  /// Verbs of a half off, each with the word that names the change in the metric.
  static let halvings: [(written: String, verb: String)] = [
    ("减少一半", "减少"), ("下降一半", "下降"), ("降低一半", "降低"), ("压减一半", "压减"),
    ("削减一半", "削减"), ("压缩一半", "压缩"), ("减半", "减少"),
  ]

  static func goal(_ clause: Substring, context: SentenceContext, baseYear: Int?)
    -> GoalCandidate?
  {
    guard baseYear != nil || context.inGoals,
      let (written, verb) = halvings.first(where: { clause.contains($0.written) }),
      let range = clause.textRange(of: written),
      SpecialGoalPatterns.closesGoal(
        clause[range.upperBound...], after: clause[..<range.lowerBound])
    else { return nil }
    var head = MetricText.clean(clause[..<range.lowerBound])
    if head.hasSuffix("实现") { head.removeLast(2) }
    guard head.count >= 2 else { return nil }
    let goal = Goal(
      kind: .reduction, direction: .down, unit: "%", target: Figure(value: 50, year: context.year),
      baseYear: baseYear, qualifiers: [])
    return GoalCandidate(
      metric: head + verb, goal: goal, sourceText: String(clause),
      review: context.yearMark.map { [$0] } ?? [])
  }
}
