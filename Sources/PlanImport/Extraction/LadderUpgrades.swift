/// A ladder written as a chain of upgrades, each a tier's short name, a verb of rising and the
/// next tier's short name, every link starting where the last one ended:
/// `“小升规、规升高、高升专、专升巨”` → 规上工业企业, 高新技术企业, 专精特新中小企业,
/// 专精特新“小巨人”企业. The steps are the tiers risen to; the first link's start is the pool
/// they rise from. A list whose links do not join (`个转企、小升规、规改股、股上市`: 企 is not 小)
/// is a list of reforms, not a ladder. A class by size is said short by its amount in 亿
/// (`UpgradeAmounts`): `“小升规、规升亿、亿升十亿”` → 规上工业企业, 亿元企业, 十亿元企业.
enum LadderUpgrades {
  /// Verbs of rising between two short names.
  static let verbs: Set<Character> = ["升", "转", "改", "晋", "进", "上"]
  /// The tier each short name stands for.
  static let tiers: [Character: String] = [
    "规": "规上工业企业", "高": "高新技术企业", "专": "专精特新中小企业", "巨": "专精特新“小巨人”企业",
    "冠": "单项冠军企业", "股": "股份制企业", "市": "上市企业", "瞪": "瞪羚企业", "独": "独角兽企业",
  ]

  /// One upgrade: the short name risen from and the one risen to.
  struct Link: Equatable {
    var from: String
    var to: String
  }

  static func steps(in clause: Substring) -> [String]? {
    let pieces = clause.split(separator: "、").map { PlanTextCharacters.unquoted(String($0)) }
    guard pieces.count >= 3 else { return nil }
    var links: [Link] = []
    for (index, piece) in pieces.enumerated() {
      // The first link ends its piece (`深入实施小升规`), the last opens its piece
      // (`专升巨梯度培育工程`), the others are the whole piece.
      let chars = Array(piece)
      let lengths = chars.count < 3 ? [] : Array(3...min(chars.count, longestLinkLength))
      let link: Link?
      if index == 0 {
        link = longestLink(in: lengths.map { chars.suffix($0) })
      } else if index == pieces.count - 1 {
        link = longestLink(in: lengths.map { chars.prefix($0) })
      } else {
        link = self.link(chars[...])
      }
      guard let link, tier(named: link.to) != nil else { return nil }
      if let previous = links.last, previous.to != link.from { return nil }
      links.append(link)
    }
    let steps = links.compactMap { tier(named: $0.to) }
    return steps.count == links.count ? steps : nil
  }

  /// The most characters a link may take (`五十亿升百亿元`).
  static let longestLinkLength = 9

  /// Of the windows (each a piece's end or start, shortest first), the longest that is one link
  /// rising to a tier — `亿升十亿`, not `亿升十` of `亿升十亿企业梯度培育计划`.
  private static func longestLink(in windows: [ArraySlice<Character>]) -> Link? {
    guard windows.first?.count == 3 else { return nil }
    return windows.reversed().lazy.compactMap { link($0) }.first { tier(named: $0.to) != nil }
  }

  /// `小升规`, `规升亿`, `亿升十亿`: two short names with a verb of rising between.
  static func link(_ chars: ArraySlice<Character>) -> Link? {
    let all = Array(chars)
    guard all.count >= 3 else { return nil }
    for position in 1..<(all.count - 1) where verbs.contains(all[position]) {
      let from = all[..<position]
      let to = all[(position + 1)...]
      if isShortName(from), isShortName(to) { return Link(from: String(from), to: String(to)) }
    }
    return nil
  }

  /// One Chinese character, or an amount in 亿 (`亿`, `十亿`, `50亿元`).
  static func isShortName(_ chars: ArraySlice<Character>) -> Bool {
    if chars.count == 1, let only = chars.first { return PlanTextCharacters.isHan(only) }
    return UpgradeAmounts.tier(named: String(chars)) != nil
  }

  /// The tier a short name stands for (`规` → 规上工业企业, `十亿` → 十亿元企业).
  static func tier(named name: String) -> String? {
    if name.count == 1, let only = name.first, let tier = tiers[only] { return tier }
    return UpgradeAmounts.tier(named: name)
  }
}
