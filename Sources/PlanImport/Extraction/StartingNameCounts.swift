/// Enterprises the starting situation names in a list as having joined a ranking or won a
/// title: `甲集团、乙股份上榜中国500强` → 2 (家), `丙公司、丁公司获评国家级“绿色工厂”` → 2.
/// Not a list of industries approved as clusters (`A、B获批…产业集群`, read as clusters).
enum StartingNameCounts {
  static let verbs = ["上榜", "入选", "获评", "入围", "荣获", "获批", "跻身", "认定为"]
  /// What the title must name: a ranking of enterprises or a kind of enterprise or factory.
  static let titleWords = ["强", "工厂", "企业", "冠军", "小巨人", "独角兽", "瞪羚", "领跑者"]
  /// The longest enterprise name read in such a list.
  static let longestName = 10

  /// The count of the names before the verb, as a starting figure of the title they won.
  static func count(in clause: Substring) -> (title: String, value: Double)? {
    guard
      let verb = verbs.compactMap({ clause.textRange(of: $0) }).min(by: {
        $0.lowerBound < $1.lowerBound
      })
    else { return nil }
    let title = PlanTextCharacters.trimmed(clause[verb.upperBound...])
    guard title.count >= 2, titleWords.contains(where: title.contains),
      !title.contains("集群"), !title.contains("产业")
    else { return nil }
    let names = MetricText.splitNames(PlanTextCharacters.trimmed(clause[..<verb.lowerBound]))
    guard names.count >= 2,
      names.allSatisfy({
        $0.count >= 2 && $0.count <= longestName
          && !$0.contains(where: { PlanTextCharacters.isDigit($0) || "等的和及".contains($0) })
      })
    else { return nil }
    return (title, Double(names.count))
  }
}
