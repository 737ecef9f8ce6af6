import Foundation

/// In a cluster's own paragraph (`——新型材料产业。…`), the parts a clause names by the class
/// that closes it:
/// - `加快形成A、B等新增长点`: a list a verb opens, closed by a word of growth, names parts;
/// - `加快发展A、B、C等X`, X closing the clause (`等新能源`, `等食品制造业`): X is a part, A,
///   B, C its products — not a field word (`等特色领域`), not a class holding an industry the
///   sentence named before (`发展碳材料产业,…重点发展A、B等先进碳材料`: that industry's products),
///   nor one ending as the paragraph's cluster ends (`…汽车零部件。…等关键零部件`: its own products);
/// - `发展以A、B等为代表的X`: X is a part;
/// - `构建食品级、医用级、高端专用型X产业`: grades of one industry — X is a part.
enum ClusterPartClasses {
  /// Words of growth a list of parts may close with.
  static let growthWords = ["新的增长点", "新增长点", "增长点", "新增长极", "增长极"]
  /// Class words that name a field or a thing, not an industry.
  static let fieldEnds = ["领域", "板块", "赛道", "方向", "环节", "项目", "平台", "产品", "产业"]
  /// What a `以…为` phrase before a class calls the listed names.
  static let exampleRoles = ["为代表的", "为主要原料的", "为重点的", "为主的"]
  static let longestClass = 8

  /// The parts the clause names, in the paragraph of the cluster `own`.
  static func parts(in clause: Substring, sentence: Substring, own: String) -> [String] {
    let text = Substring(PlanTextCharacters.trimmed(clause))
    if let growth = growthPoints(text) { return growth }
    let before = sentence[..<clause.startIndex]
    let closing = closingClass(text, before: before).flatMap { name in
      name.hasSuffix(String(DraftCluster.matchName(own).suffix(3))) ? nil : name
    }
    return [closing, exampled(text), graded(text)].compactMap { $0 }
  }

  /// `加快形成A、B等新增长点`: the names.
  static func growthPoints(_ text: Substring) -> [String]? {
    guard let etc = text.textRange(of: "等", backwards: true),
      growthWords.contains(String(text[etc.upperBound...]))
    else { return nil }
    return ClusterPartLists.openedList(text[..<etc.lowerBound])
  }

  /// `加快发展A、B等X`: X, when a verb of developing opens the list and X closes the clause.
  /// `before`: the sentence before the clause.
  static func closingClass(_ text: Substring, before: Substring) -> String? {
    guard let etc = text.textRange(of: "等", backwards: true),
      products(text[..<etc.lowerBound]) != nil,
      let name = className(String(text[etc.upperBound...]))
    else { return nil }
    // `发展碳材料产业,…等先进碳材料`: the products of the industry the sentence named.
    let named = SentenceSegmenter.clauses(of: before).flatMap { ClusterPatterns.named(in: $0) }
    guard !named.contains(where: { name.contains(DraftCluster.matchName($0)) }) else { return nil }
    return name
  }

  /// `因地制宜发展A、B、C`: the names after the verb of developing that opens the list (any
  /// words before the verb: `因地制宜`, `积极`).
  static func products(_ text: Substring) -> [String]? {
    guard let comma = text.firstIndex(of: "、"),
      let verb = ClusterLists.developVerbs.compactMap({
        text[..<comma].textRange(of: $0, backwards: true)
      }).max(by: { $0.upperBound < $1.upperBound })
    else { return nil }
    let list = text[verb.upperBound...]
    let names = ClusterLists.names(list)
    let kept = names.compactMap(ClusterLists.listedName)
    return kept.count >= 2 && kept.count == names.count ? kept : nil
  }

  /// `发展以A、B等为代表的X`: X, when it is not an industry already read as one (`…产业`).
  static func exampled(_ text: Substring) -> String? {
    guard let role = exampleRoles.compactMap({ text.textRange(of: $0, backwards: true) }).first,
      let opening = text.textRange(of: "以"),
      ClusterLists.developVerbs.contains(where: text[..<opening.lowerBound].hasSuffix)
    else { return nil }
    return className(String(text[role.upperBound...]))
  }

  /// `构建食品级、医用级、高端专用型X产业`: X产业, when every name before the last is a grade.
  static func graded(_ text: Substring) -> String? {
    guard text.hasSuffix("产业"),
      let verb = ClusterLists.developVerbs.compactMap({ text.textRange(of: $0) }).min(by: {
        $0.lowerBound < $1.lowerBound
      }), text[..<verb.lowerBound].count <= ClusterPartLists.longestAdverb
    else { return nil }
    let items = text[verb.upperBound...].split(separator: "、")
    guard items.count >= 2, items.dropLast().allSatisfy({ $0.hasSuffix("级") || $0.hasSuffix("型") }),
      let grade = items[items.count - 1].lastIndex(where: { $0 == "级" || $0 == "型" })
    else { return nil }
    let name = String(items[items.count - 1][grade...].dropFirst())
    return name.count >= 4 ? ClusterLists.listedName(name) : nil
  }

  /// A class word read as a part's name: short, no list, no tier or field word.
  private static func className(_ text: String) -> String? {
    guard text.count >= 2, text.count <= longestClass,
      !text.contains(where: { "等和与的、".contains($0) }),
      !fieldEnds.contains(where: text.hasSuffix),
      !ClusterLists.categoryWords.contains(where: text.contains)
    else { return nil }
    return ClusterLists.listedName(text)
  }
}
