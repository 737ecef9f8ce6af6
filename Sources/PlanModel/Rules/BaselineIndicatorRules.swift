extension SinglePlanChecker {
  /// Baseline indicators: ids well formed and unique in the plan, a kind a starting figure can
  /// have, a known unit (`位` for a rank), a number, and a rank's group only on a rank.
  mutating func baselineIndicators() {
    var ids = Set(plan.targets.map(\.id) + plan.clusters.map(\.id) + plan.indicators.map(\.id))
    ids.formUnion(plan.measures.map(\.id))
    for ladder in plan.ladders { ids.formUnion([ladder.id] + ladder.tiers.map(\.id)) }
    for (i, item) in plan.baselineIndicators.enumerated() {
      let path = { ["baseline_indicators", "\(i)"] }
      id(item.id, at: path())
      if !ids.insert(item.id).inserted {
        fail(path() + ["id"], RuleText.duplicateID(item.id))
      }
      if !BaselineIndicator.kinds.contains(item.kind) {
        fail(path() + ["kind"], RuleText.baselineKind(item.kind, BaselineIndicator.kinds))
      }
      unit(item.unit, at: path() + ["unit"])
      if item.kind == .rank, item.unit != RuleText.rankUnit {
        fail(path() + ["unit"], RuleText.rankNeedsRankUnit)
      } else if item.unit == nil, item.kind != .absolute {
        fail(path() + ["unit"], RuleText.numberWithoutUnit)
      }
      if !item.baseline.hasNumber {
        fail(path() + ["baseline"], RuleText.baselineWithoutNumber)
      }
      figure(item.baseline, at: path() + ["baseline"], targetYear: false)
      if item.among != nil, item.kind != .rank {
        fail(path() + ["among"], RuleText.amongWithoutRank)
      }
    }
  }
}
