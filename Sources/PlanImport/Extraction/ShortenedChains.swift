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

  /// Whether each of `steps` names, in order, a step of `longer` (one within the other).
  static func isWithin(_ steps: [String], _ longer: [String]) -> Bool {
    guard steps.count >= fewestSteps else { return false }
    var rest = longer.map(RestatedChains.plain)[...]
    for step in steps.map(RestatedChains.plain) {
      guard step.count >= 2,
        let found = rest.firstIndex(where: {
          $0.count >= 2 && ($0.contains(step) || step.contains($0))
        })
      else { return false }
      rest = rest[(found + 1)...]
    }
    return true
  }
}
