import PlanModel

/// What a drafted ladder keeps of its steps: a step is a tier the plan cultivates, so a step
/// without a count is dropped when it is only a word of the ladder's slogan — a census's size
/// of market entity (`个体工商户`, `小微企业`: the pool the ladder starts from, never a goal), or,
/// beside steps the plan counts, an upgrade's label (`小升规`) or a role of a ladder by size
/// (`百亿龙头`) no count names. A ladder left with no step is none.
enum LadderStepGates {
  /// Sizes of market entity a census counts, the pool a ladder of entities starts from.
  static let censusSizes: Set<String> = ["个体工商户", "个体户", "小微企业", "微型企业", "小型企业", "市场主体", "经营主体"]

  /// The ladders, each without the steps its slogan only names.
  static func gated(_ ladders: [Ladder]) -> [Ladder] {
    ladders.compactMap { ladder in
      let counted = ladder.tiers.contains { $0.target != nil }
      var kept = ladder
      kept.tiers = ladder.tiers.filter { tier in
        guard tier.target == nil else { return true }
        let name = RestatedChains.plain(tier.name)
        if censusSizes.contains(name) { return false }
        return !(counted && isSloganWord(name))
      }
      return kept.tiers.isEmpty ? nil : kept
    }
  }

  /// An upgrade's label (`规改股`) or a role opening with an amount (`十亿重点`), not a tier's name.
  static func isSloganWord(_ name: String) -> Bool {
    LadderLinkLists.isLink(name)
      || (AmountStepNames.leadingAmount(name) != nil && !name.hasSuffix("企业"))
  }
}
