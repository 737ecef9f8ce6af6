import PlanModel

/// A ladder step counted twice with the same figure and year — once where the ladder is built
/// (`构建“规上企业—亿元企业—…”梯次培育体系。…到2030年,规上企业突破400家`) and once in another paragraph
/// (the goals' `规上工业企业突破400家`): the count of the ladder's own paragraph is the step's,
/// under the step's own name; the other stays the target the goals state (convention C). A
/// count of another figure or year is left to the other rules (`GoalFiling`).
enum LadderOwnCounts {
  static func prefers(
    _ candidate: TextReading.PlacedGoal, over held: TextReading.PlacedGoal,
    ladderParagraphs: Set<Int>
  ) -> Bool {
    candidate.candidate.goal.sameFigure(as: held.candidate.goal)
      && candidate.candidate.goal.target?.year != nil
      && ladderParagraphs.contains(candidate.paragraph)
      && !ladderParagraphs.contains(held.paragraph)
  }

  /// The baseline a step's count takes from the target restating it (the same figure and
  /// year, of a metric naming the step), when no starting figure was left for the step.
  static func restatedBaseline(
    of step: String, count: GoalCandidate, targets: [GoalCandidate], steps: [String]
  ) -> Figure? {
    targets.first { target in
      target.goal.baseline != nil && target.goal.sameFigure(as: count.goal)
        && GoalFiling.step(for: target.metric, among: steps) == step
    }?.goal.baseline
  }
}
