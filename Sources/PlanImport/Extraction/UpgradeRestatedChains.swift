/// A chain of market entities (`“个体工商户—小微企业—规上企业—股份制企业—上市企业”梯次递进`) beside
/// the plan's ladder of the upgrades between them (`“个转企、小升规、规改股、股上市”`) is that ladder
/// said as tiers: the upgrades are counted (`UpgradeLinkCounts`), the chain is dropped. It restates
/// the upgrades when each of its steps is a census's size (`LadderStepGates.censusSizes`) or a
/// tier an upgrade rises to (`规` → 规上工业企业), two such tiers or more — unless the plan counts
/// the chain's tiers and none of the upgrades: then the counted chain is the ladder kept.
enum UpgradeRestatedChains {
  /// The fewest tiers the plan's upgrades rise to for a chain of entities to restate them.
  static let fewestRisen = 2

  /// The chains without those that restate the plan's upgrades as tiers; `counts`: the plan's
  /// counts.
  static func without(_ chains: [TextReading.Chain], counts: [GoalCandidate])
    -> [TextReading.Chain]
  {
    let slogans = chains.filter { chain in
      chain.steps.map(RestatedChains.plain).contains(where: LadderLinkLists.isLink)
    }
    let risen = Set(
      slogans.flatMap(\.steps).map(RestatedChains.plain).filter(LadderLinkLists.isLink)
        .compactMap { $0.last.flatMap { LadderUpgrades.tiers[$0] } }.map(normalized))
    guard risen.count >= fewestRisen else { return chains }
    // An upgrade's count counts enterprises making it, not a level of the tier it rises to.
    let slogansCounted = slogans.contains { slogan in
      counts.contains { count in
        UpgradeLinkCounts.step(for: count.metric, among: slogan.steps).map {
          UpgradeLinkCounts.counts(count, step: $0)
        } ?? false
      }
    }
    return chains.filter { chain in
      let steps = chain.steps.map(RestatedChains.plain)
      guard !steps.contains(where: LadderLinkLists.isLink) else { return true }
      let tiers = steps.filter { !LadderStepGates.censusSizes.contains($0) }
      let restated =
        tiers.count >= fewestRisen && tiers.allSatisfy { risen.contains(normalized($0)) }
      guard restated, !slogansCounted else { return !restated }
      // The upgrades counted by none of the plan's counts: the chain stays where they count it.
      return counts.contains { GoalFiling.step(for: $0.metric, among: chain.steps) != nil }
    }
  }

  /// `规上工业企业` and `规模以上企业` alike: `规上企业`.
  static func normalized(_ tier: String) -> String {
    RestatedChains.plain(tier).replacingOccurrences(of: "工业企业", with: "企业")
      .replacingOccurrences(of: "规模以上", with: "规上")
  }
}
