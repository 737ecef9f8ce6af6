import PlanModel

extension DraftItems {
  /// The clusters, every mention merged (`ClusterAssembly.merge`) and each one's scale chosen
  /// among the figures the text links to it (`ClusterScaleResolution`); the targets that became
  /// a scale or a part are taken out of `filing`, and those of them with a starting figure of
  /// their own (a table's first year) returned: a scale keeps no baseline, its start is a
  /// baseline indicator.
  func resolvedClusters(
    measures: [DraftMeasure], groups: Set<String>, filing: inout GoalFiling
  ) -> (clusters: [DraftCluster], starts: [TextReading.PlacedGoal]) {
    let placedTables = tables.indices.compactMap { index in
      tablePlace(index).map { (tables[index], $0) }
    }
    let mentions =
      (reading.clusters + filing.clusterScales
      + ClusterAssembly.leadPhraseClusters(measures, outline: outline, paragraphs: paragraphs)
      // `产业链 | 链长 | 2028年目标 | 牵头部门`: each row's chain with its goal's output.
      + ChainGoalTable.clusters(in: placedTables))
      .filter { !groups.contains($0.matchName) }
    let resolution = ClusterScaleResolution(
      paragraphs: paragraphs, outline: outline, endYear: horizon.end,
      outlooks: OutlookGoals.paragraphs(in: paragraphs), planIndustry: planIndustry,
      // A table whose place in the text is unknown gives no parts (its rows would be matched
      // against the first paragraph's goals).
      tables: placedTables)
    let resolved = resolution.resolve(ClusterAssembly.merge(mentions), targets: filing.targets)
    let taken = resolved.consumed.sorted().map { filing.targets[$0] }
    filing.targets = filing.targets.indices.filter { !resolved.consumed.contains($0) }.map {
      filing.targets[$0]
    }
    return (resolved.clusters, taken.filter { $0.candidate.goal.baseline?.value != nil })
  }

  /// The body paragraph the table at `index` is printed after; nil when its place is unknown.
  func tablePlace(_ index: Int) -> Int? {
    index < tablePlaces.count ? tablePlaces[index] : nil
  }

  /// The goals filed as a scale that state their start (`由2025年的136亿元增长到300亿元`), but
  /// those whose start another goal keeps as its baseline (a table row's first year): each left
  /// a baseline indicator of its own.
  static func ownStarts(_ starts: [TextReading.PlacedGoal], besides goals: [GoalCandidate])
    -> [TextReading.PlacedGoal]
  {
    let held = goals.compactMap(\.goal.baseline)
    return starts.filter { placed in
      let start = placed.candidate.goal.baseline
      return !held.contains { $0.value == start?.value && $0.year == start?.year }
    }
  }

  /// The starting figure a goal taken as a scale stated: a baseline indicator of its metric.
  func scaleStart(_ placed: TextReading.PlacedGoal, ids: inout DraftIDs) -> BaselineIndicator {
    let goal = placed.candidate.goal
    return BaselineIndicator(
      id: ids.make("baseline", name: placed.candidate.metric), name: placed.candidate.metric,
      kind: goal.kind, unit: goal.unit,
      baseline: Figure(value: goal.baseline?.value, year: goal.baseline?.year),
      source: source(placed.candidate.sourceText, paragraph: placed.paragraph, review: []))
  }
}
