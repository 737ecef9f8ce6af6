import PlanModel

/// The scales a goal gives a counted group of clusters named elsewhere — in its item's title
/// (`6．A、B、C产业。…到2030年,三大新兴产业产值分别达到200亿元、150亿元、120亿元`) or in a list of
/// its sentence (`重点培育A、B、C、D等特色集群,…每个特色集群营业收入均突破100亿元`):
/// - `分别` after the group: the figures in the order the names stand;
/// - `各`, `均`, `都`, or `每个` before the group: the one figure for each.
/// The group must count as many names as were listed (`四个集群…各` after four); a group that
/// says `每个` takes the list whatever its length. No goal of the region.
enum GroupedClusterScales {
  static let outputWords = ListedOutputNames.outputWords
  static let nouns = ["产业集群", "产业链", "集群", "产业"]
  static let everyWords = ["每个", "每条", "每一个"]
  static let shareMarks: Set<Character> = ["各", "均", "都"]
  static let respectiveMark = "分别"

  /// A group as a goal names it: how many (nil for `每个`), its tier, whether it shares one figure.
  struct Group {
    var count: Int?
    var tier: String?
    var shared: Bool
  }

  static func clusters(
    for candidate: GoalCandidate, title: String?, in sentence: Substring, paragraph: Int
  ) -> [DraftCluster] {
    guard candidate.goal.unit == "亿元", var scale = candidate.goal.target, scale.hasNumber,
      let value = scale.value, let group = group(of: candidate)
    else { return [] }
    let names = listedNames(title: title, sentence: sentence, before: candidate.metric)
    guard names.count >= 2, group.count.map({ $0 == names.count }) ?? true else { return [] }
    scale.qualifiers = candidate.goal.qualifiers.filter { $0 != "达到" && $0 != respectiveMark }
    let given: [String]
    if group.shared {
      given = names
    } else {
      let figures = respectiveFigures(in: candidate.sourceText)
      // A figure given twice (`分别达到100亿元、100亿元、80亿元`) says not which name it is.
      guard figures.count == names.count, figures.filter({ $0 == value }).count == 1,
        let index = figures.firstIndex(of: value)
      else { return [] }
      given = [names[index]]
    }
    return given.map { name in
      DraftCluster(
        name: name, tier: group.tier, scale: scale, sourceText: candidate.sourceText,
        paragraph: paragraph, review: [.clusterScaleFromOutput])
    }
  }

  /// `三大新兴产业产值` before `分别`, `四个集群营业收入各`, `每个特色集群营业收入均`: the group.
  static func group(of candidate: GoalCandidate) -> Group? {
    var text = Substring(candidate.metric)
    var shared = false
    if let last = text.last, shareMarks.contains(last) {
      text = text.dropLast()
      shared = true
    }
    if let place = StartingIndustry.regionPrefixes.first(where: text.hasPrefix) {
      text = text.dropFirst(place.count)
    }
    let every = everyWords.first(where: text.hasPrefix)
    if let every { text = text.dropFirst(every.count) }
    guard let output = outputWords.first(where: text.hasSuffix) else { return nil }
    text = text.dropLast(output.count)
    guard let noun = nouns.first(where: text.hasSuffix) else { return nil }
    text = text.dropLast(noun.count)
    let tier = ClusterPatterns.tierWords.first(where: text.hasSuffix)
    if let tier { text = text.dropLast(tier.count) }
    let after = after(candidate.metric, in: candidate.sourceText)
    if after.hasPrefix(respectiveMark) {
      shared = false
    } else if every != nil || after.first.map(shareMarks.contains) == true {
      shared = true
    }
    if every != nil {
      return text.isEmpty && shared ? Group(count: nil, tier: tier, shared: true) : nil
    }
    guard let measure = text.last, "大个条".contains(measure) else { return nil }
    let numerals = text.dropLast()
    guard !numerals.isEmpty,
      let count = Int(numerals) ?? ChineseNumber.value(numerals), count >= 2,
      shared || after.hasPrefix(respectiveMark)
    else { return nil }
    return Group(count: count, tier: tier, shared: shared)
  }

  /// The text right after the metric in its source.
  static func after(_ metric: String, in source: String) -> Substring {
    guard let range = source.textRange(of: metric) else { return "" }
    return source[range.upperBound...]
  }

  /// The names the group counts: the item title's list (`A、B、C产业`), else the last list of
  /// the sentence before the goal (`A、B、C等特色集群`, `A、B、C三大新兴产业`).
  static func listedNames(title: String?, sentence: Substring, before metric: String) -> [String] {
    if let title, let names = titleList(title) { return names }
    let head = sentence.textRange(of: metric).map { sentence[..<$0.lowerBound] } ?? sentence
    var found: [String] = []
    for clause in SentenceSegmenter.clauses(of: head) {
      let etc = ClusterPatterns.listedUnder(tierHeading: clause)
      let counted = ClusterPatterns.listed(in: clause).last?.names ?? []
      if !etc.isEmpty {
        found = etc
      } else if !counted.isEmpty {
        found = counted
      }
    }
    return found
  }

  /// `新一代信息技术、生物医药、节能环保产业` → the three names; nil for a title of one.
  static func titleList(_ title: String) -> [String]? {
    var text = Substring(PlanTextCharacters.unquoted(title))
    guard let noun = nouns.first(where: text.hasSuffix) else { return nil }
    text = text.dropLast(noun.count)
    guard text.contains("、") else { return nil }
    let names = ClusterLists.names(text)
    guard names.count >= 2,
      names.allSatisfy({
        $0.count >= 2 && $0.count <= ClusterAssembly.longestName
          && $0.allSatisfy(PlanTextCharacters.isHan)
      })
    else { return nil }
    return names
  }

  /// `分别达到200亿元、150亿元、120亿元` → [200, 150, 120]: the figures `分别` gives, in order.
  static func respectiveFigures(in source: String) -> [Double] {
    guard let mark = source.textRange(of: respectiveMark) else { return [] }
    var clause = source[mark.upperBound...]
    if let end = clause.firstIndex(where: { "。;；,，".contains($0) }) {
      clause = clause[..<end]
    }
    return NumberUnitParser.figures(in: clause).filter { $0.unit == "亿元" }.compactMap(\.value)
  }
}
