/// A chain's segments stated as what to do with each, under a label of segments:
/// `重点环节:做强A,推动…;做大B,加快…;补齐C,引进…` — each part (up to `;`) opens with a verb of
/// developing and the segment it develops, a part of the chain's cluster (`A`, `B`, `C`). The
/// segment's name ends before words about its state (`延伸X链条`, `巩固X整机优势`,
/// `提升X绿色生产水平` → `X`).
enum ClusterSegmentClauses {
  /// Labels that open the segments of a chain or cluster.
  static let labels = ["重点环节", "关键环节", "主攻环节", "重点领域", "主攻方向", "重点方向", "发展重点"]

  /// Verbs that open a segment's part.
  static let verbs =
    ClusterHeading.verbs + ["补齐", "补强", "延伸", "攻关", "引育", "拓展", "做深", "强化", "扩大", "完善"]

  /// Words about a segment's state or scope, no part of its name.
  static let stateWords = [
    "链条", "整机", "优势", "绿色", "生产", "水平", "能力", "环节", "规模", "质量", "效益", "短板", "产能",
  ]

  /// The segments a labelled paragraph names, in order; none without the label, or when a
  /// part does not open with a verb of developing.
  static func segments(inParagraph paragraph: String) -> [String] {
    let text = PlanTextCharacters.trimmed(paragraph)[...]
    guard let label = labels.first(where: { text.hasPrefix($0 + ":") }) else { return [] }
    let parts = text.dropFirst(label.count + 1).split(whereSeparator: { ";。".contains($0) })
    let names = parts.map { segment(opening: $0) }
    guard !names.isEmpty, names.allSatisfy({ $0 != nil }) else { return [] }
    return names.compactMap { $0 }
  }

  /// `做强整车制造,推动…` → `整车制造`: the words after the part's opening verbs up to the
  /// first word about their state, in its first clause.
  static func segment(opening part: Substring) -> String? {
    var clause = PlanTextCharacters.trimmed(part.prefix { $0 != "," })[...]
    guard verbs.contains(where: clause.hasPrefix) else { return nil }
    while let verb = verbs.first(where: clause.hasPrefix) { clause = clause.dropFirst(verb.count) }
    let end =
      stateWords.compactMap { clause.textRange(of: $0)?.lowerBound }.min() ?? clause.endIndex
    let name = clause[..<end]
    guard (2...ClusterHeading.longestName).contains(name.count),
      name.allSatisfy(PlanTextCharacters.isHan)
    else { return nil }
    return String(name)
  }
}
