/// A ladder stated twice, once in full (`构建“创新型中小企业→专精特新中小企业→专精特新‘小巨人’企业→
/// 制造业单项冠军企业”梯度培育体系`) and once as the first of its steps (`建立“创新型中小企业—专精特新
/// 中小企业—‘小巨人’企业”三级培育库`), is one ladder: a chain whose every step is, in order, a step of
/// a longer chain (the one within the other) is dropped for it.
enum ShortenedChains {
  /// The fewest steps a chain has to be dropped for a longer one.
  static let fewestSteps = 2

  /// The chains without those another, longer chain holds in order.
  static func without(_ chains: [TextReading.Chain]) -> [TextReading.Chain] {
    chains.filter { chain in
      !chains.contains { longer in
        longer.steps.count > chain.steps.count && isWithin(chain.steps, longer.steps)
      }
    }
  }

  /// Whether each of `steps` names, in order, a step of `longer` (`sameStep`).
  static func isWithin(_ steps: [String], _ longer: [String]) -> Bool {
    guard steps.count >= fewestSteps else { return false }
    var rest = longer.map(RestatedChains.plain)[...]
    for step in steps.map(RestatedChains.plain) {
      guard let found = rest.firstIndex(where: { sameStep(step, $0) }) else { return false }
      rest = rest[(found + 1)...]
    }
    return true
  }

  /// Whether two steps' names name one step: the same name, or a whole tier's name the other
  /// ends with, a qualifier before it (`专精特新“小巨人”企业` for `“小巨人”企业`) — not a name
  /// inside another (`亿元企业` in `十亿元企业`, `上市企业` in `拟上市企业`, `规上企业` in
  /// `规上企业后备库`).
  static func sameStep(_ a: String, _ b: String) -> Bool {
    if a == b { return a.count >= 2 }
    let (short, long) = a.count < b.count ? (a, b) : (b, a)
    guard LadderLists.isTier(short), long.hasSuffix(short) else { return false }
    let qualifier = long.dropLast(short.count)
    return !qualifier.contains { ChineseNumber.isNumeral($0) || PlanTextCharacters.isDigit($0) }
      && !UpgradeLinkCounts.poolWords.contains(where: qualifier.contains)
  }
}
