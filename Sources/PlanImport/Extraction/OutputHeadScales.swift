import Foundation

/// Industries' output goals under a head that names the output once
/// (`四大主导产业全年产值目标:A产业突破150亿元,B产业达到90亿元`, `重点产业营业收入:A产业集群
/// 突破500亿元`): each figure is its industry's output, the cluster's scale — the metric is
/// read with the head's output word (`A产业产值`), and the tier the head names (`主导`) is the
/// cluster's. A head naming no industry (`全年目标:…`) or no output (`主导产业项目:…`) reads
/// nothing; a figure in 亿元 of what is no industry (`工业投资突破80亿元`) neither.
enum OutputHeadScales {
  /// The output words a head may name, longest first.
  static let outputWords = ["主营业务收入", "营业收入", "产值", "规模"]
  /// What an industry's name may end with in a goal after the head.
  static let industryEnds = ["产业集群", "产业", "集群"]
  static let longestHead = 20

  /// The head before the sentence's first `:` (its last clause: `到2028年,三大支柱产业产值目标:`)
  /// when it names industries and their output: the output word and the tier it names, if any.
  static func head(of sentence: Substring) -> (output: String, tier: String?)? {
    guard let colon = sentence.firstIndex(where: { $0 == ":" || $0 == "\u{FF1A}" }) else {
      return nil
    }
    var head = sentence[..<colon]
    if let stop = head.lastIndex(where: {
      PlanTextCharacters.clauseEnds.contains($0) || PlanTextCharacters.sentenceEnds.contains($0)
    }) {
      head = head[head.index(after: stop)...]
    }
    guard head.count <= longestHead, head.contains("产业"),
      // `规模以上企业` names enterprises, no output.
      let output = outputWords.first(where: {
        head.replacingOccurrences(of: "规模以上", with: "").contains($0)
      })
    else { return nil }
    return (output, ClusterPatterns.tier(ofHeading: String(head)))
  }

  /// `A材料产业` under a head of 产值 → `A材料产业产值`; nil when the goal is not an
  /// industry's figure in 亿元 or stands before the head's colon.
  static func metric(_ candidate: GoalCandidate, in sentence: Substring, output: String) -> String?
  {
    let metric = candidate.metric
    guard candidate.goal.unit == "亿元", candidate.goal.kind == .absolute,
      let end = industryEnds.first(where: metric.hasSuffix),
      metric.count - end.count >= 2,
      !metric.contains(where: { "、和及与".contains($0) || PlanTextCharacters.isDigit($0) }),
      let colon = sentence.firstIndex(where: { $0 == ":" || $0 == "\u{FF1A}" }),
      let at = sentence.textRange(of: candidate.sourceText), at.lowerBound > colon
    else { return nil }
    return metric + output
  }
}

extension OutputHeadScales {
  /// Reads `candidate` under the sentence's head, if it has one: its metric with the head's
  /// output word, and the cluster it names with the head's tier (the scale is filed with the
  /// goal, `GoalFiling`).
  static func read(_ candidate: inout GoalCandidate, in sentence: Substring, paragraph: Int)
    -> DraftCluster?
  {
    guard let head = head(of: sentence),
      let metric = metric(candidate, in: sentence, output: head.output)
    else { return nil }
    candidate.metric = metric
    guard let tier = head.tier, let name = ClusterAssembly.scaleName(of: candidate) else {
      return nil
    }
    return DraftCluster(
      name: name, tier: tier, sourceText: candidate.sourceText, paragraph: paragraph)
  }
}
