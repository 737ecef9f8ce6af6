/// A ladder written as a chain of upgrades, each a tier's short name, a verb of rising and the
/// next tier's short name, every link starting where the last one ended:
/// `“小升规、规升高、高升专、专升巨”` → 规上工业企业, 高新技术企业, 专精特新中小企业,
/// 专精特新“小巨人”企业. The steps are the tiers risen to; the first link's start is the pool
/// they rise from. A list whose links do not join (`个转企、小升规、规改股、股上市`: 企 is not 小)
/// is a list of reforms, not a ladder.
enum LadderUpgrades {
  /// Verbs of rising between two short names.
  static let verbs: Set<Character> = ["升", "转", "改", "晋", "进", "上"]
  /// The tier each short name stands for.
  static let tiers: [Character: String] = [
    "规": "规上工业企业", "高": "高新技术企业", "专": "专精特新中小企业", "巨": "专精特新“小巨人”企业",
    "冠": "单项冠军企业", "股": "股份制企业", "市": "上市企业", "瞪": "瞪羚企业", "独": "独角兽企业",
  ]

  static func steps(in clause: Substring) -> [String]? {
    let pieces = clause.split(separator: "、").map { PlanTextCharacters.unquoted(String($0)) }
    guard pieces.count >= 3 else { return nil }
    var links: [(from: Character, to: Character)] = []
    for (index, piece) in pieces.enumerated() {
      // The first link ends its piece (`深入实施小升规`), the last opens its piece
      // (`专升巨梯度培育工程`), the others are the whole piece.
      let chars = Array(piece)
      let window: ArraySlice<Character>
      if index == 0 {
        window = chars.suffix(3)
      } else if index == pieces.count - 1 {
        window = chars.prefix(3)
      } else {
        guard chars.count == 3 else { return nil }
        window = chars[...]
      }
      guard window.count == 3 else { return nil }
      let link = Array(window)
      guard verbs.contains(link[1]), PlanTextCharacters.isHan(link[0]),
        PlanTextCharacters.isHan(link[2])
      else { return nil }
      if let previous = links.last, previous.to != link[0] { return nil }
      links.append((link[0], link[2]))
    }
    let steps = links.compactMap { tiers[$0.to] }
    return steps.count == links.count ? steps : nil
  }
}
