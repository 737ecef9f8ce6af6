/// In the paragraph of an item that develops one industry (`5.智能装备产业。聚焦工程机械、农机装备、
/// 电力装备等领域,…`, `…等重点领域`, `…等细分领域`), a list closed by `等…领域` names, by example, the
/// fields that industry works in: none is a cluster of the tier the heading above names. (A
/// counted `A、B、C三大领域` is read as the industry's parts; under a tier heading with no industry
/// of its own, `A、B等优势领域` still names clusters of the tier.)
enum IndustryFieldLists {
  /// The noun a list of an industry's fields closes with.
  static let fieldNoun = "领域"
  /// Words that may stand between `等` and `领域` (`等重点领域`, `等细分领域`).
  static let fieldQualifiers = ClusterLists.categoryWords + ["细分", "关键", "重要"]

  /// True when the clause's last `等` is followed by `领域`, with at most its qualifiers between.
  static func namesFields(_ clause: Substring) -> Bool {
    guard let etc = clause.textRange(of: "等", backwards: true) else { return false }
    var after = clause[etc.upperBound...]
    while let word = fieldQualifiers.first(where: after.hasPrefix) {
      after = after.dropFirst(word.count)
    }
    return after.hasPrefix(fieldNoun)
  }
}
