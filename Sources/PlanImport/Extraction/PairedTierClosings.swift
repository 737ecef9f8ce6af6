/// A tier list closed by two tiers joined, or with a quantity before its tier:
/// `培育A、B、C等一批新兴产业和未来产业`, `布局A、B等战略性新兴产业与未来产业` — the names take the
/// first tier (the text does not part them). Not a second tier with a list of its own
/// (`A、B两大主导产业和C特色产业`: `JoinedTierLists`).
enum PairedTierClosings {
  /// Words joining the two tiers.
  static let joiners = ["和", "及", "与", "、"]
  /// Quantities that may stand between a list's `等` and its tier (`等一批新兴产业`).
  static let quantities = ["一批", "一系列"]

  /// True when `after` (what follows the first tier's `产业`) is a second tier joined to it,
  /// and then the industry's clause closes.
  static func closes(_ after: Substring) -> Bool {
    guard let joiner = joiners.first(where: after.hasPrefix) else { return false }
    let rest = after.dropFirst(joiner.count)
    guard let tier = ClusterPatterns.tierWords.first(where: { rest.hasPrefix($0 + "产业") }) else {
      return false
    }
    let tail = rest.dropFirst(tier.count + 2).drop { $0 == "集" || $0 == "群" }
    return ClusterLists.closesIndustry(tail)
  }

  /// The list before its tier without a quantity after its `等` (`A、B等一批` → `A、B等`).
  static func withoutQuantity(_ written: Substring) -> Substring {
    guard let quantity = quantities.first(where: written.hasSuffix),
      written.dropLast(quantity.count).hasSuffix("等")
    else { return written }
    return written.dropLast(quantity.count)
  }
}
