/// `推动建材、化工、冶炼等传统产业实施…改造`, `聚焦A、B、C等传统产业,实施设备更新`: a list closed by
/// `等` and the tier `传统` names, by example, the old industries a plan transforms — no clusters
/// it develops. (A heading's 传统 tier still gives the clusters its paragraphs name, and a counted
/// list, `A、B两大传统产业`, is still read.)
enum TransformedIndustries {
  static let tier = "传统"

  /// True when the words right after a list's `等` name the 传统 tier.
  static func afterEtc(_ rest: Substring) -> Bool {
    rest.hasPrefix(tier + "产业")
  }

  /// True when a list written before `tier + 产业` closes with `等` and the tier is 传统.
  static func closesList(_ written: Substring, tier listTier: String) -> Bool {
    listTier == tier && written.hasSuffix("等")
  }
}
