import PlanModel

/// `A、B两个产业集群营业收入均已超过千亿元`, `A、B、C三大产业产值均突破100亿元`: one figure that
/// `均` gives each of the names a count stands for — a starting figure each, of the name with
/// the words after the count (`A产业集群营业收入`, `B产业集群营业收入`). `均` inside a word
/// (`人均`, `亩均`, `年均`, `均衡`) is no such mark.
enum SharedStartingFigures {
  /// Characters that make `均` after them part of a word (`人均`, `亩均`, `年均`, `平均`).
  static let wordStarts: Set<Character> = ["人", "亩", "年", "平", "户", "地", "日", "月"]
  /// How the words after a sharing `均` open: a verb of reaching, or `已` before one.
  static let verbOpenings = ["已", "达", "超", "突破", "实现", "在", "为", "保持"]

  /// The names a goal's figure is shared by, from the words before it
  /// (`确保到2027年两大集群产值均突破300亿元` after a clause naming the two: `A集群产值`,
  /// `B集群产值`); nil when `均` does not close them before a verb of reaching.
  static func goalNames(before: Substring) -> [String]? {
    // The sentence's words before the figure's clause, which a due year may have cut off
    // (`实施A、B集群提升工程,确保到2027年两大集群产值均…`).
    let text = before.base
    let sentenceStart =
      text[..<before.startIndex].lastIndex(where: { "。!?".contains($0) }).map {
        text.index(after: $0)
      } ?? text.startIndex
    let earlier = text[sentenceStart..<before.startIndex]
    guard let each = before.textRange(of: "均", backwards: true),
      each.lowerBound > before.startIndex,
      !wordStarts.contains(before[before.index(before: each.lowerBound)])
    else { return nil }
    let verb = before[each.upperBound...]
    guard verb.count <= 4, verbOpenings.contains(where: verb.hasPrefix) else { return nil }
    return CountedIndustryNames.names(head: before[..<each.lowerBound], earlier: earlier, after: "")
  }

  static func figures(
    in clause: Substring, year: Int?, paragraph: Int, earlier: Substring? = nil
  ) -> [BaselinePatterns.StartingFigure]? {
    guard let each = clause.textRange(of: "均"), each.lowerBound > clause.startIndex,
      !wordStarts.contains(clause[clause.index(before: each.lowerBound)])
    else { return nil }
    let after = clause[each.upperBound...]
    guard verbOpenings.contains(where: after.hasPrefix),
      let names = CountedIndustryNames.names(
        head: clause[..<each.lowerBound], earlier: earlier, after: after)
    else { return nil }
    let figures = (NumberUnitParser.figures(in: after) + ChineseAmounts.figures(in: after)).filter {
      !$0.isScale && $0.value != nil && $0.unit != nil
    }
    guard figures.count == 1, let figure = figures.first, let value = figure.value,
      let unit = figure.unit
    else { return nil }
    let kind = GoalKindRules.kind(unit: unit, clause: clause)
    guard BaselineIndicator.kinds.contains(kind) else { return nil }
    return names.map { name in
      BaselinePatterns.StartingFigure(
        metric: name, value: value, unit: unit, year: year, kind: kind,
        sourceText: String(clause), paragraph: paragraph)
    }
  }
}
