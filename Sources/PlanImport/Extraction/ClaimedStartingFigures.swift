/// A starting figure a later goal of the same metric already holds as its own baseline — an
/// indicators' table row with its base-year cell (`规上企业	家	127	250`) — is that goal's: an
/// earlier goal of the metric (`到2028年,规上企业达到180家`) does not take it as well (one
/// starting figure, the last goal's baseline).
enum ClaimedStartingFigures {
  /// Whether a goal later than goal `index`, of the same unit and metric, holds the figure.
  static func isClaimed(
    _ figure: BaselinePatterns.StartingFigure, from index: Int, goals: [GoalCandidate]
  ) -> Bool {
    let goal = goals[index].goal
    guard let year = goal.target?.year else { return false }
    return goals.indices.contains { other in
      guard other != index, let held = goals[other].goal.baseline,
        let later = goals[other].goal.target?.year, later > year,
        goals[other].goal.unit == goal.unit, held.value == figure.value,
        held.year == figure.year
      else { return false }
      return BaselineStages.sameMetric(goals[other].metric, goals[index].metric)
    }
  }
}

extension ClaimedStartingFigures {
  /// Whether another goal holds the figure as its own baseline (an indicators' table row
  /// `工业增加值占地区生产总值比重 % 33.5 38` for the text's `规上工业增加值占地区生产总值比重为33.5%`)
  /// and names it more closely than goal `index` does: the figure is that goal's, not a baseline
  /// of a goal sharing less of its name (`生产性服务业增加值占服务业增加值比重`).
  static func isHeldCloser(
    _ figure: BaselinePatterns.StartingFigure, from index: Int, goals: [GoalCandidate]
  ) -> Bool {
    let own = BaselinePatterns.sharedRun(figure.metric, goals[index].metric)
    return goals.indices.contains { other in
      guard other != index, let held = goals[other].goal.baseline,
        goals[other].goal.unit == figure.unit, held.value == figure.value,
        held.year == figure.year
      else { return false }
      return BaselinePatterns.sharedRun(figure.metric, goals[other].metric) > own
    }
  }
}
