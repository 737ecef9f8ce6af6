/// A name that joins two in one word before `分别` (`城乡居民人均可支配收入分别达到A元、B元`):
/// each half a name of its own (`城镇居民人均可支配收入` A, `农村居民人均可支配收入` B), so each
/// figure has its name.
enum CompoundPairs {
  /// The compounds and the two words each stands for, in the order the text gives figures.
  static let compounds: [(compound: String, first: String, second: String)] = [
    ("城乡", "城镇", "农村"), ("进出口", "进口", "出口"),
  ]

  /// The two names a compound name stands for, or nil when it joins none.
  static func split(_ name: String) -> [String]? {
    for pair in compounds {
      guard let range = name.textRange(of: pair.compound) else { continue }
      let before = String(name[..<range.lowerBound])
      // `全县城乡居民…`: only a place may stand before the compound.
      guard before.isEmpty || StartingIndustry.regionPrefixes.contains(before) else { return nil }
      let rest = name[range.upperBound...]
      return [before + pair.first + rest, before + pair.second + rest]
    }
    return nil
  }
}
