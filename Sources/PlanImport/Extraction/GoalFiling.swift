import PlanModel

/// Files each goal where the format keeps it: a count in a measure's paragraph is that
/// measure's output (unless it has a baseline, `零突破`: an output cannot keep one); `X产业产值突破N亿元` is cluster X's scale; a count of a ladder step's
/// enterprises is that step's target; a land or energy goal is an indicator; the rest are
/// targets. A goal without a number naming what a goal with a number already states
/// (`亩均税收达15万元以上`, then `将投资强度、亩均税收等列入准入指标`) is that goal again: not filed;
/// nor is a goal a later paragraph states again with its figure (`restates`).
struct GoalFiling {
  var targets: [TextReading.PlacedGoal] = []
  var indicators: [(TextReading.PlacedGoal, IndicatorCategory)] = []
  var outputs: [Int: [GoalCandidate]] = [:]
  var clusterScales: [DraftCluster] = []
  /// The goals filed as a cluster's scale that state their own start (`集群营业收入由2025年的
  /// 136亿元增长到300亿元`): a scale keeps no baseline, so the start is a baseline indicator.
  var scaleStarts: [TextReading.PlacedGoal] = []
  var stepGoals: [String: GoalCandidate] = [:]
  private var stepPlaced: [String: TextReading.PlacedGoal] = [:]

  /// `planIndustry`: the one industry the plan is about (`PlanIndustry`), and `groups`: the
  /// groups of industries the text counts (`CountedGroups`), whose own output goals stay targets;
  /// `outlooks`: the paragraphs looking beyond the plan's years (`OutlookGoals`), whose goals
  /// are no scale.
  init(
    goals: [TextReading.PlacedGoal], measureParagraphs: Set<Int>, ladderSteps: [String],
    ladderSentences: [String] = [], ladderParagraphs: Set<Int> = [], planIndustry: String? = nil,
    groups: Set<String> = [],
    outlooks: Set<Int> = [], tierOf: (String?) -> String?
  ) {
    let scaleYears = Self.latestScaleYears(goals, outlooks: outlooks)
    let stated = goals.map(\.candidate).filter { $0.goal.target?.hasNumber == true }.map(\.metric)
    for (index, placed) in goals.enumerated() {
      let candidate = placed.candidate
      // A comparator (`…达到1.8%,力争达到全省平均水平`) is a goal of its own beside the figure.
      if candidate.goal.target?.hasNumber != true, candidate.goal.kind != .comparator,
        stated.contains(where: { $0.hasSuffix(candidate.metric) })
          || Self.namesStatedGoal(candidate.metric, stated: stated)
      {
        continue
      }
      if goals[..<index].contains(where: { earlier in
        Self.restates(placed, earlier)
          && !ElsewhereStepCounts.countsAgain(
            placed, restating: earlier, steps: ladderSteps, ladderParagraphs: ladderParagraphs)
      }) {
        continue
      }
      if let name = ClusterAssembly.scaleName(of: candidate)
        ?? ServicePartScales.name(of: candidate, among: goals, paragraph: placed.paragraph),
        !OutlookGoals.isOutlook(placed, outlooks: outlooks),
        DraftCluster.matchName(name) != planIndustry,
        !groups.contains(DraftCluster.matchName(name)),
        let target = candidate.goal.target,
        (target.year ?? 0) >= (scaleYears[DraftCluster.matchName(name)] ?? 0)
      {
        var scale = target
        scale.qualifiers = candidate.goal.qualifiers.filter { $0 != "达到" }
        clusterScales.append(
          DraftCluster(
            name: name, tier: tierOf(placed.key), scale: scale, sourceText: candidate.sourceText,
            paragraph: placed.paragraph, review: [.clusterScaleFromOutput]))
        if candidate.goal.baseline?.value != nil { scaleStarts.append(placed) }
        continue
      }
      if candidate.isCount, !candidate.midSeries,
        let step = Self.step(for: candidate.metric, among: ladderSteps),
        UpgradeLinkCounts.counts(candidate, step: step),
        fileStepCount(
          placed, step: step, measureParagraphs: measureParagraphs,
          ladderSentences: ladderSentences, ladderParagraphs: ladderParagraphs)
      {
        continue
      }
      file(placed, measureParagraphs: measureParagraphs)
    }
  }

  /// A count of a ladder's step: kept as the step's count, or filed in place of the one held
  /// before it; false when it is to be filed as any other goal.
  private mutating func fileStepCount(
    _ placed: TextReading.PlacedGoal, step: String, measureParagraphs: Set<Int>,
    ladderSentences: [String], ladderParagraphs: Set<Int>
  ) -> Bool {
    let candidate = placed.candidate
    guard let held = stepPlaced[step] else {
      guard ElsewhereStepCounts.counts(placed, step: step, ladderParagraphs: ladderParagraphs)
      else { return false }
      stepGoals[step] = candidate
      stepPlaced[step] = placed
      return true
    }
    // An upgrade's count its own task names by the upgrade's label (`UpgradeTaskLadders`)
    // before one another sentence gives by the tier risen to; the same count where the
    // ladder is built before one elsewhere (`LadderOwnCounts`).
    if LadderLinkLists.isLink(RestatedChains.plain(step)) && candidate.metric == step
      && held.candidate.metric != step
      || LadderOwnCounts.prefers(placed, over: held, ladderParagraphs: ladderParagraphs)
    {
      stepGoals[step] = candidate
      stepPlaced[step] = placed
      file(held, measureParagraphs: measureParagraphs)
      return true
    }
    // The step's count restated with or without its year: one count (`RestatedStepCounts`).
    if RestatedStepCounts.same(candidate, held.candidate) {
      if RestatedStepCounts.isDated(candidate) {
        stepGoals[step] = candidate
        stepPlaced[step] = placed
      }
      return true
    }
    // The step's level (`总数达到1200家以上`), not a yearly or new count before it; of two
    // levels, the later year's (the 2027 count stays a target of its own); a count the
    // ladder's own sentence gives before one from elsewhere (`StepSentences`).
    // An upgrade (`小升规`) counts the enterprises making it, not a level of a tier.
    if Self.isLevel(candidate), !LadderLinkLists.isLink(RestatedChains.plain(step)),
      !Self.isLevel(held.candidate) || Self.isLater(candidate, than: held.candidate)
        || StepSentences.prefers(candidate, over: held.candidate, ladders: ladderSentences)
    {
      stepGoals[step] = candidate
      stepPlaced[step] = placed
      file(held, measureParagraphs: measureParagraphs)
      return true
    }
    return false
  }

  /// `确保完成“十四五”单位工业增加值能耗下降目标`: a goal without a number that names a goal as
  /// one (`…目标`) whose metric a goal with a number holds — that goal, restated.
  static func namesStatedGoal(_ metric: String, stated: [String]) -> Bool {
    guard metric.hasSuffix("目标") else { return false }
    let named = metric.dropLast(2)
    return named.count >= 4 && stated.contains { $0.contains(named) }
  }

  /// Whether a count is due a later year than another (both with a year).
  static func isLater(_ candidate: GoalCandidate, than held: GoalCandidate) -> Bool {
    guard let year = candidate.goal.target?.year, let other = held.goal.target?.year else {
      return false
    }
    return year > other
  }

  /// A goal neither a cluster's scale nor a step's count: an indicator, an output or a target.
  private mutating func file(_ placed: TextReading.PlacedGoal, measureParagraphs: Set<Int>) {
    let candidate = placed.candidate
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

  /// True when `later` states again, in another paragraph, the goal `earlier` states: the same
  /// figure, unit and year, of a metric one of the two names holds the other's
  /// (`新增规上工业企业120家` in the goals, then `全年新增规上工业企业120家` in a task;
  /// `完成单位工业增加值能耗下降3%的年度目标`) — one goal, filed once.
  static func restates(_ later: TextReading.PlacedGoal, _ earlier: TextReading.PlacedGoal) -> Bool {
    let (a, b) = (later.candidate, earlier.candidate)
    if RestatedCounts.restates(a, b, apart: later.paragraph != earlier.paragraph) { return true }
    // `培育…企业3家` again in a task, without the goals' year (`UndatedRestatements`).
    if UndatedRestatements.restates(a, b, apart: later.paragraph != earlier.paragraph) {
      return true
    }
    guard later.paragraph != earlier.paragraph, a.goal.target?.hasNumber == true,
      a.goal.sameFigure(as: b.goal), a.goal.kind == b.goal.kind, a.place == b.place
    else { return false }
    let (short, long) =
      a.metric.count <= b.metric.count ? (a.metric, b.metric) : (b.metric, a.metric)
    return short.count >= 4 && long.contains(short)
  }

  /// Words that open a count of new ones (`新增`, `新培育`): an increment, not a level.
  static let incrementWords = ["新增", "新培育", "新认定", "新引进", "累计新增", "每年新增"]

  /// A count of where a step should stand: not per year, not an increment, not a range (a
  /// range counts new ones to cultivate: `新培育…2—3家`).
  static func isLevel(_ candidate: GoalCandidate) -> Bool {
    !candidate.goal.perYear && !incrementWords.contains(where: candidate.metric.hasPrefix)
      && !IncrementCounts.isIncrement(candidate) && candidate.goal.target?.min == nil
  }

  /// The latest year each cluster's output is stated for: `2025年…达到95亿元,2026年达到115亿元,
  /// 2027年…突破140亿元` gives the cluster its 2027 scale; the earlier figures stay its targets.
  static func latestScaleYears(_ goals: [TextReading.PlacedGoal], outlooks: Set<Int> = [])
    -> [String: Int]
  {
    var years: [String: Int] = [:]
    for placed in goals {
      guard let name = ClusterAssembly.scaleName(of: placed.candidate),
        !OutlookGoals.isOutlook(placed, outlooks: outlooks),
        let year = placed.candidate.goal.target?.year
      else { continue }
      let key = DraftCluster.matchName(name)
      years[key] = max(years[key] ?? year, year)
    }
    return years
  }

  /// The ladder step a count's metric names (`专精特新“小巨人”企业` for step `“小巨人”`).
  static func step(for metric: String, among steps: [String]) -> String? {
    LadderLists.step(for: metric, among: steps)
  }
}
