/// Ranks stated as the starting situation: `在全国所有城市中排名第6`, `位列第8`,
/// `居全国第9`, `上云率全国第6` — a rank (unit `位`) of the metric named before it.
enum StartingRankPatterns {
  /// Words before `第N` that make it a place in a ranking.
  static let rankWords = ["排名", "排位", "位列", "位居", "居", "列", "全国", "全省", "全球", "全市"]

  /// The ranks in one clause, each with the metric before it (else `fallback`, the metric of
  /// the figure before it in the sentence).
  static func ranks(in clause: Substring, fallback: String?) -> [(metric: String, value: Double)] {
    var found: [(String, Double)] = []
    var start = clause.startIndex
    var index = clause.startIndex
    while let mark = clause[index...].firstIndex(of: "第") {
      let numberStart = clause.index(after: mark)
      index = numberStart
      guard numberStart < clause.endIndex,
        let number = NumberUnitParser.readNumber(clause, from: numberStart),
        number.start == numberStart, number.value == number.value.rounded(), number.value > 0
      else { continue }
      let after = clause[number.end...]
      guard after.isEmpty || after.hasPrefix("位") || after.hasPrefix("名") else { continue }
      let before = clause[start..<mark]
      guard rankWords.contains(where: before.contains) else { continue }
      let name = metric(before)
      if let chosen = name ?? fallback.map({ $0 + "排位" }) { found.append((chosen, number.value)) }
      start = number.end
      index = number.end
    }
    // `位居全省前十位`: a place among the first (`TopPlaces`).
    if found.isEmpty, let top = TopPlaces.standing(in: clause),
      let name = metric(clause[..<top.lead]) ?? fallback.map({ $0 + "排位" })
    {
      found.append((name, top.value))
    }
    return found
  }

  /// The metric named before the rank (`上云率` in `上云率全国`), nil when only the ranking's
  /// scope is there (`在全国所有城市中排名`).
  private static func metric(_ before: Substring) -> String? {
    var text = Substring(MetricText.clean(before))
    for word in rankWords {
      if let range = text.textRange(of: word) { text = text[..<range.lowerBound] }
    }
    for lead in ["在", "居", "排名"] where text.hasSuffix(lead) { text = text.dropLast(lead.count) }
    let name = PlanTextCharacters.trimmed(text)
    return name.count >= 2 ? name + "排位" : nil
  }
}
