/// The directions a clause gives its subject, a verb of focus and a list running to the
/// clause's end:
/// - an industry's (`X产业重点发展A、B和C`, `X产业聚焦A、B和C`): A, B and C are X's parts,
///   X a cluster;
/// - a park's (`X工业集中区重点发展A`, `X开发区重点发展A和B`, `园区聚焦A、B`): the park's leading
///   industries, clusters of tier 主导.
/// - a park's line of them (`X开发区:A(420亿元)、B(320亿元)`): the same, with their scales.
/// Where the text gives a park's line, that line names its leading industries: a name the
/// park's clause adds (`X集中区重点发展A和B`, the line `X集中区:A`) is one of A's products.
/// A list may close with `等` and a class word (`A、B等产业`, `A、B等领域`).
/// Every name of the list must name an industry (not `高端化、智能化`, `公共平台`); a list
/// closing with its count and tier (`A、B两大主导产业`) is read by `ClusterPatterns.listed`.
enum ClusterDirections {
  struct Directions {
    /// The industry the list belongs to; nil for a park's leading industries.
    var parent: String?
    var names: [String]
    /// The clause's subject: the industry's name with `产业`, or the park's.
    var subject: String
  }

  static let verbs = [
    "重点发展", "主要发展", "聚焦发展", "着力发展", "重点培育", "重点布局", "主攻", "聚焦",
    // `X产业做精A、B、C`: a bare list the industry's own verb of refining opens.
    "做精", "做优", "做强", "做大",
  ]
  /// How a park's name ends.
  static let parkEnds = ["园区", "开发区", "集中区", "高新区", "经开区", "工业园", "产业园"]
  /// The tier a park's leading industries have.
  static let parkTier = "主导"
  static let longestSubject = 16
  /// The nouns an industry's (or a part's) name closes with as the clause's subject.
  static let industryNouns = ["产业链", "产业", "板块"]
  /// How a place's name ends: `全县产业重点发展…` gives no industry its parts.
  static let placeEnds = "省市县区镇乡村园"

  static func lists(inSentence sentence: Substring) -> [Directions] {
    SentenceSegmenter.clauses(of: sentence).compactMap(directions(in:))
  }

  static func directions(in clause: Substring) -> Directions? {
    let text = PlanTextCharacters.unquoted(PlanTextCharacters.trimmed(clause))
    guard
      let verb = verbs.compactMap({ text.textRange(of: $0) }).min(by: {
        $0.lowerBound < $1.lowerBound
      })
    else { return nil }
    let subject = text[..<verb.lowerBound]
    guard (2...longestSubject).contains(subject.count),
      subject.allSatisfy(PlanTextCharacters.isHan), let names = names(text[verb.upperBound...])
    else { return nil }
    // `X板块重点发展A、B等细分领域`: a part of an industry, with parts of its own.
    if let noun = industryNouns.first(where: subject.hasSuffix) {
      let industry = String(subject.dropLast(noun.count))
      guard industry.count >= 2, industry.count <= ClusterAssembly.longestName,
        ClusterLists.cleanName(industry) == industry,
        !placeEnds.contains(where: { industry.hasSuffix(String($0)) })
      else { return nil }
      // `X陶瓷产业重点发展A陶瓷、B陶瓷`: kinds of X's product, no parts.
      let parts = ProductKinds.areProducts(names, of: industry) ? [] : names
      return Directions(parent: industry, names: parts, subject: String(subject))
    }
    guard parkEnds.contains(where: subject.hasSuffix) else { return nil }
    return Directions(parent: nil, names: names, subject: String(subject))
  }

  /// A line giving a park its leading industries, each with the scale in brackets where it
  /// has one (`X开发区:A(420亿元)、B(320亿元)`, `Y工业集中区:C`, a 专栏's lines): the names and
  /// their scales, in 亿元.
  static func parkLine(_ sentence: Substring) -> (
    park: String, industries: [(name: String, scale: FigureReading?)]
  )? {
    let text = PlanTextCharacters.unquoted(PlanTextCharacters.trimmed(sentence))
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let subject = text[..<colon]
    guard (2...longestSubject).contains(subject.count),
      subject.allSatisfy(PlanTextCharacters.isHan), parkEnds.contains(where: subject.hasSuffix)
    else { return nil }
    var found: [(name: String, scale: FigureReading?)] = []
    for piece in text[text.index(after: colon)...].split(separator: "、") {
      var name = PlanTextCharacters.trimmed(piece)[...]
      var scale: FigureReading?
      if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
        let figures = NumberUnitParser.figures(
          in: name[name.index(after: open)..<name.index(before: name.endIndex)])
        guard figures.count == 1, let figure = figures.first, figure.unit == "亿元" else {
          return nil
        }
        scale = figure
        name = name[..<open]
      }
      found.append((String(name), scale))
    }
    guard let names = names(found.map(\.name).joined(separator: "、")[...]),
      names.count == found.count
    else { return nil }
    return (String(subject), zip(names, found).map { ($0, $1.scale) })
  }

  /// The mentions to drop (by their positions in `mentions`): those a park's clause names
  /// (`directed`) that the park's own line (`lines`) does not.
  static func offLine(
    directed: [(park: String, mention: Int)], lines: [String: [String]],
    mentions: [DraftCluster]
  ) -> Set<Int> {
    Set(
      directed.filter { park, mention in
        guard let listed = lines[park] else { return false }
        return !listed.contains { DraftCluster.matchName($0) == mentions[mention].matchName }
      }.map(\.mention))
  }

  /// The words a list may close with after `等` (`A、B等领域`, `A、B等产业`).
  static let etcEnds = ["产业", "领域", "方向", "赛道", "板块", "细分领域", ""]

  /// The list without a closing `等` and the class word after it; unchanged otherwise.
  static func listBeforeEtc(_ list: Substring) -> Substring {
    guard let etc = list.textRange(of: "等", backwards: true),
      list[..<etc.lowerBound].contains("、"),
      etcEnds.contains(String(list[etc.upperBound...]))
    else { return list }
    return list[..<etc.lowerBound]
  }

  /// The list's names, each an industry's: cut at `、`, and a last `和` or `及` parting two
  /// names of three characters or more (`A和B`, `A、B和C`).
  static func names(_ list: Substring) -> [String]? {
    guard !list.isEmpty, !list.contains(where: PlanTextCharacters.isDigit) else { return nil }
    var written = ClusterLists.names(listBeforeEtc(CountClosedLists.withoutCount(list)))
    if written.count == 1, let split = ClusterLists.splitAtAnd(written[0], joints: ["和", "及"]),
      split.allSatisfy({ $0.count >= 3 })
    {
      written = split
    }
    let names = written.compactMap(ClusterLists.listedName)
    guard names.count == written.count,
      names.allSatisfy({
        $0.count <= ClusterPatterns.longestName && !$0.hasSuffix("化") && !$0.contains("产业")
          && !$0.contains("集群") && $0.allSatisfy(PlanTextCharacters.isHan)
      })
    else { return nil }
    return names
  }
}
