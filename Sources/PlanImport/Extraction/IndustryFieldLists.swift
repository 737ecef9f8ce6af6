/// In the paragraph of an item that develops one industry (`5.智能装备产业。聚焦工程机械、农机装备、
/// 电力装备等领域,…`), a list closed by `等领域` names, by example, the fields that industry works
/// in: none is a cluster of the tier the heading above names (the list is no `A、B等优势领域`, a
/// class of industries; nor a counted `A、B、C三大领域`, read as the industry's parts).
enum IndustryFieldLists {
  /// The noun a list of an industry's fields closes with, right after its `等`.
  static let fieldNoun = "领域"

  /// True when the clause's last `等` is followed straight by `领域`.
  static func namesFields(_ clause: Substring) -> Bool {
    guard let etc = clause.textRange(of: "等", backwards: true) else { return false }
    return clause[etc.upperBound...].hasPrefix(fieldNoun)
  }
}
