import Foundation

/// `沿链发展低空经济,谋划…,加快发展A、B、C等产业`: an economy a verb of developing names
/// (`低空经济`, `海洋经济`), when a later clause of its sentence lists industries, is a cluster
/// and those industries are its parts. Alone (`加快培育数字经济`) it is no cluster.
enum ClusterEconomy {
  static let shortestName = 4
  static let longestName = 6

  /// The economy the clause names, when one of the `later` clauses lists industries.
  static func named(in clause: Substring, later: ArraySlice<Substring>) -> String? {
    let text = PlanTextCharacters.trimmed(clause)
    guard text.hasSuffix("经济"),
      let verb = ClusterLists.developVerbs.compactMap({ text.textRange(of: $0, backwards: true) })
        .max(by: { $0.upperBound < $1.upperBound })
    else { return nil }
    let name = String(text[verb.upperBound...])
    guard (shortestName...longestName).contains(name.count),
      name.allSatisfy(PlanTextCharacters.isHan),
      later.contains(where: { !ClusterPatterns.listedUnder(tierHeading: $0).isEmpty })
    else { return nil }
    return name
  }
}
