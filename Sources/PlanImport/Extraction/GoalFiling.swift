import PlanModel

/// Files each goal where the format keeps it: a count in a measure's paragraph is that
/// measure's output (unless it has a baseline, `零突破`: an output cannot keep one); `X产业产值突破N亿元` is cluster X's scale; a count of a ladder step's
/// enterprises is that step's target; a land or energy goal is an indicator; the rest are
/// targets. A goal without a number naming what a goal with a number already states
/// (`亩均税收达15万元以上`, then `将投资强度、亩均税收等列入准入指标`) is that goal again: not filed.
struct GoalFiling {
  var targets: [TextReading.PlacedGoal] = []
  var indicators: [(TextReading.PlacedGoal, IndicatorCategory)] = []
  var outputs: [Int: [GoalCandidate]] = [:]
  var clusterScales: [DraftCluster] = []
  var stepGoals: [String: GoalCandidate] = [:]

  init(
    goals: [TextReading.PlacedGoal], measureParagraphs: Set<Int>, ladderSteps: [String],
    tierOf: (String?) -> String?
  ) {
    let stated = goals.map(\.candidate).filter { $0.goal.target?.hasNumber == true }.map(\.metric)
    for placed in goals {
      let candidate = placed.candidate
      if candidate.goal.target?.hasNumber != true,
        stated.contains(where: { $0.hasSuffix(candidate.metric) })
      {
        continue
      }
      if let name = ClusterAssembly.scaleName(of: candidate), let target = candidate.goal.target {
        var scale = target
        scale.qualifiers = candidate.goal.qualifiers.filter { $0 != "达到" }
        clusterScales.append(
          DraftCluster(
            name: name, tier: tierOf(placed.key), scale: scale, sourceText: candidate.sourceText,
            paragraph: placed.paragraph, review: [.clusterScaleFromOutput]))
        continue
      }
      if candidate.isCount, !candidate.midSeries,
        let step = Self.step(for: candidate.metric, among: ladderSteps),
        stepGoals[step] == nil
      {
        stepGoals[step] = candidate
        continue
      }
      if let category = IndicatorPatterns.category(
        metric: candidate.metric, unit: candidate.goal.unit)
      {
        indicators.append((placed, category))
      } else if candidate.isCount, candidate.goal.target?.hasNumber == true,
        candidate.goal.baseline == nil, measureParagraphs.contains(placed.paragraph)
      {
        outputs[placed.paragraph, default: []].append(candidate)
      } else {
        targets.append(placed)
      }
    }
  }

  /// The ladder step a count's metric names (`专精特新“小巨人”企业` for step `“小巨人”`).
  static func step(for metric: String, among steps: [String]) -> String? {
    LadderLists.step(for: metric, among: steps)
  }
}
