import PlanModel

/// `A、B产业产值各达到50亿元以上`, `A、B、C产业营业收入各突破100亿元`: a list of industries joined
/// straight to their output, then `各` and a sum in 亿元 — each industry's scale, no goal of the
/// region. (A group counted with `均` is `SharedClusterScale`'s; `各县区…各培育` is a share per place.)
enum ListedEachScale {
  static let eachMark: Character = "各"
  /// The outputs a list's industries are measured by, joined to `产业`.
  static let outputs = ["产业总产值", "产业产值", "产业营业收入", "产业规模"]

  /// The clusters the goal gives its figure to, when its clause states it so; else empty.
  static func clusters(for candidate: GoalCandidate, in sentence: Substring, paragraph: Int)
    -> [DraftCluster]
  {
    guard candidate.goal.unit == "亿元", var scale = candidate.goal.target, scale.hasNumber,
      let value = scale.value
    else { return [] }
    for clause in SentenceSegmenter.clauses(of: sentence) {
      guard let each = clause.firstIndex(of: eachMark), let names = names(before: clause[..<each]),
        NumberUnitParser.figures(in: clause[each...]).first(where: { $0.unit == "亿元" })?.value
          == value
      else { continue }
      scale.qualifiers = candidate.goal.qualifiers.filter { $0 != "达到" }
      return names.map { name in
        DraftCluster(
          name: name, scale: scale, sourceText: String(clause), paragraph: paragraph,
          review: [.clusterScaleFromOutput])
      }
    }
    return []
  }

  /// `A、B产业产值` → [A, B]: two names or more, each an industry's.
  static func names(before each: Substring) -> [String]? {
    guard let output = outputs.first(where: each.hasSuffix) else { return nil }
    let list = ClusterPatterns.listStart(each.dropLast(output.count))
    guard list.contains("、") else { return nil }
    let written = ClusterLists.names(list)
    let names = written.compactMap(ClusterLists.listedName).filter {
      $0.count <= ClusterAssembly.longestName && $0.allSatisfy(PlanTextCharacters.isHan)
    }
    return names.count >= 2 && names.count == written.count ? names : nil
  }
}
