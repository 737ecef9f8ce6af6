/// The order enterprises grow through the tiers of the usual cultivation ladders, lowest first:
/// `科技型中小企业` → `创新型中小企业` → `专精特新中小企业` → `专精特新“小巨人”企业` → `单项冠军企业`
/// (and the level before a tier: `省级` below `国家级`). A paragraph that grades enterprises but
/// names them in another order — a reward schedule printed from the top down (`对新认定的国家级
/// 专精特新“小巨人”企业、省级专精特新中小企业、省级创新型中小企业,分别给予…`) — gives its steps in
/// this order.
enum TierGrowthOrder {
  /// Tier words, lowest first; a name holding several takes the highest.
  static let marks = [
    "科技型", "创新型", "高新技术", "专精特新", "小巨人", "瞪羚", "隐形冠军", "单项冠军", "独角兽", "领航", "链主",
  ]

  /// The tier's place in the order (higher grows later), or nil for a name no mark is in.
  static func rank(of name: String) -> Int? {
    guard let tier = marks.lastIndex(where: name.contains) else { return nil }
    let level = LadderLists.levels.firstIndex(where: name.hasPrefix).map { levelRank($0) } ?? 0
    return tier * 10 + level
  }

  /// `国家级` above `省级` above `市级`…: the levels list the highest first.
  private static func levelRank(_ index: Int) -> Int { LadderLists.levels.count - index }

  /// The steps in the order of growth when every one has a rank; else as they are.
  static func sorted(_ steps: [String]) -> [String] {
    let ranked = steps.map { ($0, rank(of: $0)) }
    guard ranked.allSatisfy({ $0.1 != nil }) else { return steps }
    return ranked.enumerated().sorted { a, b in
      (a.element.1!, a.offset) < (b.element.1!, b.offset)
    }.map(\.element.0)
  }
}
