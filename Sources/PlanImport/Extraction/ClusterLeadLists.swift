import Foundation

/// A sentence that closes by forming one named industrial cluster
/// (`…,形成整车带动、配套拉动的X产业集群`) names that cluster's parts in its earlier clauses
/// when they say what leads it or supplies it:
/// - `以A、B为牵引` / `为引领` / `为龙头` / `为核心`: the industries leading it;
/// - `加快发展A、B、C等配套产业` / `等关联产业` / `等上下游产业`: the industries supplying it.
/// A sentence closing with anything else (`…产业生态链`, `…基地`) names no parts this way.
enum ClusterLeadLists {
  /// What `以…为` says the listed industries are to the cluster.
  static let leadingRoles = ["牵引", "引领", "龙头", "核心"]
  /// The words after a list's 等 that call its names the cluster's suppliers.
  static let supplyingEnds = ["配套产业", "关联产业", "上下游产业"]

  /// The cluster the sentence forms and the parts its earlier clauses list.
  static func parts(inSentence sentence: Substring) -> [(parent: String, names: [String])] {
    guard sentence.contains("集群") else { return [] }
    let clauses = SentenceSegmenter.clauses(of: sentence)
    guard clauses.count >= 2, let last = clauses.last, let cluster = formed(in: last) else {
      return []
    }
    return clauses.dropLast().compactMap { clause in
      (leading(clause) ?? supplying(clause)).map { (cluster, $0) }
    }
  }

  /// `形成…的X产业集群`, `打造X产业集群`: the one cluster a clause of building closes with.
  static func formed(in clause: Substring) -> String? {
    let text = PlanTextCharacters.trimmed(clause)
    guard text.hasSuffix("产业集群"),
      ClusterLists.buildVerbs.contains(where: { text.contains($0) })
    else { return nil }
    if let name = ClusterPatterns.named(in: Substring(text)).last { return name }
    // `建设X产业集群`: a verb `named(in:)` does not know, the one cluster the clause builds.
    let built = ClusterLists.explicit(in: Substring(text))
    return built.count == 1 ? built[0] : nil
  }

  /// `以A、B为牵引`: the names, when the clause is only that phrase.
  static func leading(_ clause: Substring) -> [String]? {
    let text = Substring(PlanTextCharacters.trimmed(clause))
    guard text.hasPrefix("以"),
      let role = leadingRoles.first(where: { text.hasSuffix("为" + $0) })
    else { return nil }
    return listNames(text.dropFirst().dropLast(role.count + 1))
  }

  /// `加快发展A、B、C等配套产业`: the names, when a verb of developing opens the list.
  static func supplying(_ clause: Substring) -> [String]? {
    let text = Substring(PlanTextCharacters.trimmed(clause))
    guard let end = supplyingEnds.first(where: { text.hasSuffix("等" + $0) }) else { return nil }
    return ClusterPartLists.openedList(text.dropLast(end.count))
  }

  /// Two or more names joined by `、`, each a cluster's name.
  private static func listNames(_ list: Substring) -> [String]? {
    guard list.contains("、"), !list.contains(where: PlanTextCharacters.isDigit) else { return nil }
    let names = ClusterLists.names(list)
    let kept = names.compactMap(ClusterLists.listedName)
    return kept.count >= 2 && kept.count == names.count ? kept : nil
  }
}
