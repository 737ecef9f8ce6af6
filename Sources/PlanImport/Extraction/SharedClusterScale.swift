import PlanModel

/// One scale for several clusters: after a list of industries with their count and tier
/// (`培育A、B、C三大新兴产业`), a goal that counts them again with `均` (`到2028年,三大新兴产业
/// 产值均突破100亿元`) gives each of them that scale; it is no goal of the region.
enum SharedClusterScale {
  /// What the group's output is measured by.
  static let outputWords = ["总产值", "产值", "营业收入", "主营业务收入", "规模"]

  /// The count and tier a goal's metric names its group by: `三大新兴产业产值` → (3, `新兴`),
  /// `全市两个主导产业集群营业收入` → (2, `主导`).
  static func group(of metric: String) -> (count: Int, tier: String)? {
    var text = Substring(metric)
    if let last = text.last, sharedWords.contains(last) { text = text.dropLast() }
    if let place = StartingIndustry.regionPrefixes.first(where: text.hasPrefix) {
      text = text.dropFirst(place.count)
    }
    guard let output = outputWords.first(where: text.hasSuffix) else { return nil }
    text = text.dropLast(output.count)
    guard let noun = ["产业集群", "集群", "产业"].first(where: text.hasSuffix) else { return nil }
    text = text.dropLast(noun.count)
    let numerals = text.prefix { ChineseNumber.isNumeral($0) || PlanTextCharacters.isDigit($0) }
    let rest = text.dropFirst(numerals.count)
    guard !numerals.isEmpty, let measure = rest.first, "大个".contains(measure),
      let count = Int(numerals) ?? ChineseNumber.value(numerals), count >= 2
    else { return nil }
    let tier = String(rest.dropFirst())
    guard ClusterPatterns.tierWords.contains(tier) else { return nil }
    return (count, tier)
  }

  static let sharedWords: Set<Character> = ["均", "都"]

  /// Whether the goal's figure is shared (`均`, `都`) among the group its metric names.
  static func isShared(_ candidate: GoalCandidate) -> Bool {
    if let last = candidate.metric.last, sharedWords.contains(last) { return true }
    guard let range = candidate.sourceText.textRange(of: candidate.metric) else { return false }
    return candidate.sourceText[range.upperBound...].first.map(sharedWords.contains) ?? false
  }

  /// The tier lists of the goal's own sentence (`壮大A、B两大支柱产业,到2029年两大支柱产业…均…`), read
  /// before its clusters are.
  static func listed(in sentence: Substring, paragraph: Int) -> [DraftCluster] {
    ClusterPatterns.listed(in: sentence).flatMap { names, tier in
      names.map {
        DraftCluster(name: $0, tier: tier, sourceText: String(sentence), paragraph: paragraph)
      }
    }
  }

  /// The clusters the goal gives its scale, each named by the last list of as many industries
  /// of its tier read before it (`mentions`); empty when the goal is none of that kind or no
  /// such list was read.
  static func clusters(
    for candidate: GoalCandidate, among mentions: [DraftCluster], paragraph: Int
  ) -> [DraftCluster] {
    guard candidate.goal.unit == "亿元", isShared(candidate),
      let group = group(of: candidate.metric), var scale = candidate.goal.target,
      scale.hasNumber
    else { return [] }
    let listed = mentions.filter { $0.tier == group.tier && $0.parentName == nil }
    guard let last = listed.last else { return [] }
    var names: [String] = []
    for mention in listed.reversed() where mention.sourceText == last.sourceText {
      if !names.contains(mention.matchName) { names.insert(mention.matchName, at: 0) }
    }
    guard names.count == group.count else { return [] }
    scale.qualifiers = candidate.goal.qualifiers.filter { $0 != "达到" }
    return names.map { name in
      DraftCluster(
        name: name, tier: group.tier, scale: scale, sourceText: candidate.sourceText,
        paragraph: paragraph, review: [.clusterScaleFromOutput])
    }
  }
}
