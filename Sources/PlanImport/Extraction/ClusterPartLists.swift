import Foundation

/// Lists of clusters read from what the text says of them next:
/// - `聚焦A、B等,打造X产业集群`, `加快培育A、B,打造X产业集群`: a list a verb of developing
///   opens, running to its clause's end, just before a clause that builds one named industrial
///   cluster, names that cluster's parts;
/// - `A、B获批国家战略性新兴产业集群`, `A、B入选…集群`: a list that is approved or selected as
///   clusters names clusters.
enum ClusterPartLists {
  /// Adverbs that may stand before the verb opening a list.
  static let longestAdverb = 2
  /// Verbs of being approved or selected.
  static let approvalVerbs = ["获批", "入选", "获评", "列入", "纳入"]

  /// Each list that names the parts of the cluster the next clause builds, with that cluster.
  static func parts(inSentence sentence: Substring) -> [(parent: String, names: [String])] {
    guard sentence.contains("集群") else { return [] }
    let clauses = SentenceSegmenter.clauses(of: sentence)
    var found: [(parent: String, names: [String])] = []
    for (clause, next) in zip(clauses, clauses.dropFirst()) {
      let built = ClusterLists.explicit(in: next)
      guard built.count == 1, let names = openedList(clause) else { continue }
      found.append((built[0], names))
    }
    return found
  }

  /// `加快培育A、B等`: the names, when a verb of developing opens the clause and the list runs
  /// to its end.
  static func openedList(_ clause: Substring) -> [String]? {
    var text = Substring(PlanTextCharacters.trimmed(clause))
    if text.hasSuffix("等") { text = text.dropLast() }
    guard
      let verb = ClusterLists.developVerbs.compactMap({ text.textRange(of: $0) }).min(by: {
        // The first verb, and of two starting together the longer (`培育壮大`, not `培育`).
        ($0.lowerBound, text.distance(from: $0.upperBound, to: text.endIndex))
          < ($1.lowerBound, text.distance(from: $1.upperBound, to: text.endIndex))
      }), text[..<verb.lowerBound].count <= longestAdverb
    else { return nil }
    return listNames(text[verb.upperBound...])
  }

  /// `A、B获批…集群`: the names before the verb of approval, when what they are approved as is
  /// a cluster.
  static func approved(in clause: Substring) -> [String] {
    let text = Substring(PlanTextCharacters.trimmed(clause))
    guard
      let verb = approvalVerbs.compactMap({ text.textRange(of: $0) }).min(by: {
        $0.lowerBound < $1.lowerBound
      }), text[verb.upperBound...].hasSuffix("集群"),
      let names = listNames(text[..<verb.lowerBound])
    else { return [] }
    return names
  }

  /// `approved(in:)` for each clause of the sentence.
  static func approved(inSentence sentence: Substring) -> [String] {
    guard sentence.contains("集群") else { return [] }
    return SentenceSegmenter.clauses(of: sentence).flatMap(approved(in:))
  }

  /// Two or more names joined by `、`, each a cluster's name, no figure among them.
  private static func listNames(_ list: Substring) -> [String]? {
    guard list.contains("、") else { return nil }
    let names = ClusterLists.names(list)
    let kept = names.compactMap(ClusterLists.listedName)
    // A name holding a figure is a count closing the list (`…4个产业入选`), read by the count rule.
    guard kept.count >= 2, kept.count == names.count,
      !list.contains(where: PlanTextCharacters.isDigit)
    else { return nil }
    return kept
  }
}
