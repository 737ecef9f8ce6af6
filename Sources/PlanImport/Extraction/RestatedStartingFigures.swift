/// A starting figure the text states twice — in the starting situation (`2025年,…规模以上工业企业
/// 288家`) and again as where a goal starts (`规模以上工业企业:由288家增加到500家`, a box line naming
/// no year; `规模以上工业总产值:2025年为612亿元`) — is one figure: the goal's start takes the
/// report's year, and the restatement is no baseline indicator of its own.
/// Gates: the same value and unit, metrics sharing a run of four characters (or equal), and,
/// to date a start, a report of a year before the plan's.
enum RestatedStartingFigures {
  /// The goals whose start (`由288家…`) names no year, dated by the report of the same figure.
  static func dated(
    _ goals: [TextReading.PlacedGoal], starting: [BaselinePatterns.StartingFigure],
    before start: Int
  ) -> [TextReading.PlacedGoal] {
    goals.map { placed in
      var placed = placed
      let goal = placed.candidate.goal
      guard let baseline = goal.baseline, baseline.year == nil, let value = baseline.value,
        let report = starting.first(where: { figure in
          figure.value == value && figure.unit == goal.unit && !figure.isPastChange
            && (figure.year ?? start) < start
            && BaselinePatterns.sharesName(figure.metric, placed.candidate.metric)
        })
      else { return placed }
      placed.candidate.goal.baseline?.year = report.year
      return placed
    }
  }

  /// True when a goal's baseline is this figure, stated again.
  static func isRestated(
    _ figure: BaselinePatterns.StartingFigure, among goals: [GoalCandidate]
  ) -> Bool {
    !figure.isPastChange
      && goals.contains { goal in
        goal.goal.baseline?.value == figure.value && goal.goal.baseline?.year == figure.year
          && goal.goal.unit == figure.unit
          && BaselinePatterns.sharesName(goal.metric, figure.metric)
      }
  }
}
