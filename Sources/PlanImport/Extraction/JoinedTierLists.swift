/// A second tier list joined to a first: `聚焦A、B、C三大主导产业和D特色产业`,
/// `A、B两大支柱产业及C、D等新兴产业` — after the first list's `主导产业` a joint (`和`, `及`,
/// `以及`, `与`, `、`) and names closed by another tier and 产业 (a count or 等 before it, or
/// none for a single name). The second list's names keep their own tier.
enum JoinedTierLists {
  static let joints = ["以及", "和", "及", "与", "、"]

  /// The names and tier of the list joined after a first tier list; `after` is the text after
  /// the first list's `X产业` (`和家居建材特色产业`). Nil when no such list follows.
  static func list(after: Substring) -> (names: [String], tier: String)? {
    guard let joint = joints.first(where: after.hasPrefix) else { return nil }
    let rest = after.dropFirst(joint.count)
    for tier in ClusterPatterns.tierWords {
      guard let range = rest.range(of: tier + "产业"),
        ClusterLists.closesIndustry(rest[range.upperBound...].drop { $0 == "集" || $0 == "群" })
      else { continue }
      let written = rest[..<range.lowerBound]
      let head = ClusterPatterns.withoutTrailingCount(written)
      let names = ClusterLists.names(head).compactMap(ClusterLists.listedName)
      // One name alone, or a list closed by its count or 等.
      guard !names.isEmpty, names.count == 1 || head.count < written.count,
        names.allSatisfy({ $0.count <= ClusterPatterns.longestName })
      else { return nil }
      return (names, tier)
    }
    return nil
  }
}
