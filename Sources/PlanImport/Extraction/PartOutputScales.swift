import PlanModel

/// `…产值突破1000亿元。其中，整车产值达到450亿元，动力电池产值达到350亿元` or `其中光电显示营业收入达到
/// 500亿元`: in the paragraph of one industry, the outputs a `其中` clause gives its parts are the
/// scales of clusters under that industry (sub-chains, sub-clusters) — no goals of the region.
/// Not a count of firms or projects, an investment, exports or products (`其中10亿元以上项目`,
/// `其中出口额`): what the part names must be an industry's output.
enum PartOutputScales {
  static let partMark = "其中"
  static let outputWords = ListedOutputNames.outputWords
  /// Words no part industry's name holds.
  static let notParts = [
    "企业", "项目", "投资", "产品", "出口", "规上", "规模以上", "税收", "增加值", "新增", "累计", "年均",
  ]
  /// Endings of a place's name (`高新区`, `某某县`, `经开区`, `园区`): a part of the region, no industry.
  static let placeEnds = ["区", "县", "市", "镇", "乡", "街道", "园"]

  /// The cluster a `其中` clause's output makes of a part under `parent`; nil for any other goal.
  static func cluster(
    for candidate: GoalCandidate, in sentence: Substring, parent: String?, paragraph: Int
  ) -> DraftCluster? {
    guard let parent, candidate.goal.unit == "亿元", candidate.goal.kind == .absolute,
      var scale = candidate.goal.target, scale.hasNumber,
      let mark = sentence.textRange(of: partMark),
      let at = sentence.textRange(of: candidate.metric), at.lowerBound >= mark.upperBound,
      let name = name(of: candidate.metric)
        ?? subjectPart(of: candidate.metric, in: sentence[mark.upperBound..<at.lowerBound]),
      DraftCluster.matchName(name) != DraftCluster.matchName(parent)
    else { return nil }
    scale.qualifiers = candidate.goal.qualifiers.filter { $0 != "达到" }
    return DraftCluster(
      name: name, parentName: parent, scale: scale, sourceText: candidate.sourceText,
      paragraph: paragraph, review: [.clusterScaleFromOutput])
  }

  /// The nouns a part opening a `其中` clause as its subject is named with.
  static let subjectNouns = ["板块", "环节", "产业链", "产业"]

  /// `其中,X板块重点发展A、B等细分领域,到2030年产值达到60亿元`: a bare output (`产值`) after a
  /// `其中` clause whose subject is a part (`X板块`, `X环节`, `X产业`) is that part's; nil when the
  /// metric names more than the output or the clause opens with no part.
  static func subjectPart(of metric: String, in between: Substring) -> String? {
    guard outputWords.contains(metric) else { return nil }
    let clause = between.drop { !PlanTextCharacters.isHan($0) }
    guard
      let noun = subjectNouns.compactMap({ clause.textRange(of: $0) }).min(by: {
        $0.lowerBound < $1.lowerBound
      }),
      clause[..<noun.lowerBound].allSatisfy(PlanTextCharacters.isHan)
    else { return nil }
    return name(of: String(clause[..<noun.lowerBound]) + metric)
  }

  /// `整车产值` → `整车`, `光电显示产业营业收入` → `光电显示`; nil when no part's output.
  static func name(of metric: String) -> String? {
    guard let output = outputWords.first(where: metric.hasSuffix) else { return nil }
    var name = metric.dropLast(output.count)
    if let noun = ["产业", "板块", "环节"].first(where: name.hasSuffix) {
      name = name.dropLast(noun.count)
    }
    guard name.count >= 2, name.count <= ClusterAssembly.longestName,
      name.allSatisfy(PlanTextCharacters.isHan), !notParts.contains(where: name.contains),
      !name.hasPrefix("全"), !placeEnds.contains(where: name.hasSuffix),
      !ClusterNameGate.namesAClass(name), let gated = ClusterNameGate.gated(String(name))
    else { return nil }
    return gated
  }
}
