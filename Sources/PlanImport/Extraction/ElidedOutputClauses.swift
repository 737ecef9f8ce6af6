/// `A产业链营业收入达到560亿元，B产业链达到280亿元，C产业链达到220亿元`: in a run of clauses, the
/// first names the output and the later ones leave it out; each later metric that is only an
/// industry's name (`B产业链`, `C产业`, `D集群`, `E板块`) takes the output the sentence named
/// before it for the same kind, and so reads as B's output (its scale, `ClusterAssembly.scaleName`).
enum ElidedOutputClauses {
  static let nouns = ["产业集群", "产业链", "集群", "产业", "板块"]
  static let outputWords = ListedOutputNames.outputWords

  /// Whether the figure can be an output left out: an amount of money at a level
  /// (`B产业链达到280亿元`), not a count (`新培育百亿级产业集群2个`) or a rate.
  static func isOutputFigure(_ candidate: GoalCandidate) -> Bool {
    candidate.goal.kind == .absolute && ["亿元", "万元"].contains(candidate.goal.unit ?? "")
  }

  /// The metric with its output restored; nil when it names one or the sentence names none.
  static func metric(_ metric: String, in sentence: Substring) -> String? {
    guard let noun = nouns.first(where: metric.hasSuffix), metric.count > noun.count + 1,
      let at = sentence.textRange(of: metric)
    else { return nil }
    let before = sentence[..<at.lowerBound]
    let named = outputWords.compactMap { word -> (String, String.Index)? in
      before.textRange(of: noun + word, backwards: true).map { (word, $0.lowerBound) }
    }
    guard let (output, at) = named.max(by: { $0.1 < $1.1 }), namesOne(before[..<at]) else {
      return nil
    }
    return metric + output
  }

  /// Whether the clause naming the output names one industry, not a group or a head
  /// (`三大支柱产业产值目标:A产业突破260亿元,B产业达到120亿元` is `OutputHeadScales`').
  static func namesOne(_ head: Substring) -> Bool {
    guard let last = head.last, PlanTextCharacters.isHan(last) else { return false }
    return !(ClusterPatterns.tierWords + ["重点"]).contains(where: head.hasSuffix)
  }
}
