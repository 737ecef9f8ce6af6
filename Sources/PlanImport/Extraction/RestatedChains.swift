/// A ladder drafted twice, once as a chain a task quotes (`按照“创新型企业—专精特新企业—‘小巨人’
/// 企业—单项冠军企业”的路径`) and once from the goals that count its steps under fuller names
/// (`创新型企业、省级专精特新企业、国家级专精特新“小巨人”企业分别达到…`): the same number of
/// steps, each step one of the other's or within it. One ladder stands: the chain whose steps
/// name more (the names the counts are filed under).
enum RestatedChains {
  static let fewestSteps = 3

  /// True when the two chains step through the same ladder, one naming its steps more fully.
  static func restate(_ a: [String], _ b: [String]) -> Bool {
    guard a.count == b.count, a.count >= fewestSteps, a != b else { return false }
    return zip(a, b).allSatisfy { first, second in
      let x = plain(first)
      let y = plain(second)
      return x.count >= 2 && y.count >= 2 && (x.contains(y) || y.contains(x))
    }
  }

  /// The chain of the two that names its steps more fully.
  static func fuller(_ a: TextReading.Chain, _ b: TextReading.Chain) -> TextReading.Chain {
    let length = { (chain: TextReading.Chain) in chain.steps.map { plain($0).count }.reduce(0, +) }
    return length(b) > length(a) ? b : a
  }

  /// A step's name without its quotes of either kind (`专精特新‘小巨人’企业`).
  static func plain(_ step: String) -> String {
    String(PlanTextCharacters.unquoted(step).filter { !"‘’“”\"'".contains($0) })
  }
}
