/// `实施A、B产业集群提升工程,着力延伸a1、a2和b1、b2产业链条`: a clause extending the chains of the
/// clusters the clause before lists, its names grouped by `和` into as many groups as there are
/// clusters — each group the parts of its cluster, in order (a1, a2 of A; b1, b2 of B).
enum ClusterChainGroups {
  /// Verbs of extending a chain.
  static let verbs = ["延伸", "拉长", "做长", "补齐", "完善"]
  /// Adverbs that may stand before the verb.
  static let adverbs = ["着力", "加快", "重点", "积极", "大力"]
  /// How the clause ends: the chains.
  static let chainEnds = ["产业链条", "产业链", "链条"]

  static func parts(inSentence sentence: Substring) -> [(parent: String, names: [String])] {
    guard sentence.contains("和") else { return [] }
    let clauses = SentenceSegmenter.clauses(of: sentence)
    for (clause, next) in zip(clauses, clauses.dropFirst()) {
      let clusters = ClusterLists.counted(in: clause)
      guard clusters.count >= 2, let groups = groups(in: next), groups.count == clusters.count
      else { continue }
      return zip(clusters, groups).map { (parent: $0, names: $1) }
    }
    return []
  }

  /// `着力延伸a1、a2和b1、b2产业链条` → [[a1, a2], [b1, b2]]; nil when the clause is not so, or a
  /// group holds a name no industry's.
  static func groups(in clause: Substring) -> [[String]]? {
    var text = Substring(PlanTextCharacters.trimmed(clause))
    if let adverb = adverbs.first(where: text.hasPrefix) { text = text.dropFirst(adverb.count) }
    guard let verb = verbs.first(where: text.hasPrefix),
      let end = chainEnds.first(where: text.hasSuffix)
    else { return nil }
    text = text.dropFirst(verb.count).dropLast(end.count)
    guard !text.contains(where: PlanTextCharacters.isDigit) else { return nil }
    let groups = text.split(separator: "和").map { group in
      group.split(separator: "、").map(String.init)
    }
    guard groups.count >= 2 else { return nil }
    let kept = groups.map { $0.compactMap(ClusterLists.listedName) }
    guard zip(kept, groups).allSatisfy({ !$0.isEmpty && $0.count == $1.count }) else { return nil }
    return kept
  }
}
