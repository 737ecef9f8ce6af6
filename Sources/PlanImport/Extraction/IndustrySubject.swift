/// The industry standing as a clause's subject before what it says of itself:
/// `汽车零部件产业以A、B、C为重点`, `新材料产业集群要以…为主攻方向` — a name ending in an
/// industry's noun, then at most adverbs. Not a clause of anything else before the list
/// (`支持企业以…为重点`: no industry's noun closes `支持企业`), nor a phrase too long for a name.
enum IndustrySubject {
  /// Nouns that close an industry's name, longest first.
  static let industryNouns = ["产业集群", "产业链", "产业", "集群"]
  /// Longest industry name before its noun.
  static let longestName = 12

  /// True when `text` is an industry's name and its noun, with adverbs after it.
  static func isSubject(_ text: Substring) -> Bool {
    var rest = text
    while let adverb = IndustryOwnLists.adverbs.first(where: rest.hasSuffix) {
      rest = rest.dropLast(adverb.count)
    }
    guard let noun = industryNouns.first(where: rest.hasSuffix) else { return false }
    let name = rest.dropLast(noun.count)
    return name.count >= 2 && name.count <= longestName
      && name.allSatisfy(PlanTextCharacters.isHan)
      && !IndustryOwnLists.subjectLeads.contains(where: name.hasPrefix)
  }
}
