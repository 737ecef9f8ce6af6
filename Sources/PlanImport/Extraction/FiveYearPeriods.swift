/// The five-year plan periods a text names (`“十三五”期间`, `十三五时期`, `“十三五”以来`,
/// `十三五末`): a period that ended before the plan starts marks a sentence reporting the
/// starting situation, dated the period's last year (十三五 → 2020).
enum FiveYearPeriods {
  /// 十一五 … 十六五 and the year each ends.
  static let periods: [(name: String, end: Int)] = [
    ("十一五", 2010), ("十二五", 2015), ("十三五", 2020), ("十四五", 2025), ("十五五", 2030),
    ("十六五", 2035),
  ]
  /// Words after the period's name that make it the time things happened in.
  static let spans = ["期间", "时期", "以来", "末", "中期"]
  /// Words before it that make it a base of comparison, not the time reported on.
  static let comparisons = ["较", "比", "相比", "与"]

  /// The last year of the past period the sentence reports on, nil when it names none (or
  /// names it as a base: `较“十三五”末增长30%`).
  static func pastYear(in sentence: Substring, before reference: Int?) -> Int? {
    guard let reference else { return nil }
    for (name, end) in periods where end < reference {
      guard let range = sentence.textRange(of: name) else { continue }
      var before = sentence[..<range.lowerBound]
      if before.last == "“" || before.last == "\"" { before = before.dropLast() }
      var after = sentence[range.upperBound...]
      if after.first == "”" || after.first == "\"" { after = after.dropFirst() }
      guard spans.contains(where: after.hasPrefix),
        !comparisons.contains(where: before.hasSuffix)
      else { continue }
      return end
    }
    return nil
  }
}

extension FiveYearPeriods {
  /// The last year of the five-year plan a title names without its years — `第十五个五年规划纲要`,
  /// `“十五五”工业发展规划` → 2030 (the plan runs 2026—2030).
  static func planEnd(ofTitle title: String) -> Int? {
    guard title.contains("规划") else { return nil }
    return periods.first { name, _ in
      title.contains("第" + name.dropLast() + "个五年") || title.contains(name)
    }?.end
  }

  /// Words after the period's name that make a clause a total over it (`“十五五”期间累计…`).
  static let totalSpans = ["期间", "时期", "内"]

  /// `“十五五”期间累计盘活…6000亩`: a clause opened by the five-year period the plan runs in (one
  /// ending in or after the plan's first year) states a total due the period's last year;
  /// returns that year and the opening phrase.
  static func currentSpan(openingClause clause: Substring, from start: Int) -> (
    end: Int, phrase: Substring
  )? {
    var text = clause.drop(while: { $0 == " " })
    for opener in PlanSpanTotals.openers where text.hasPrefix(opener) {
      text = text.dropFirst(opener.count)
    }
    let phraseStart = text.startIndex
    if text.first == "“" || text.first == "\"" { text = text.dropFirst() }
    guard let (name, end) = periods.first(where: { text.hasPrefix($0.name) }), end >= start
    else { return nil }
    text = text.dropFirst(name.count)
    if text.first == "”" || text.first == "\"" { text = text.dropFirst() }
    guard let span = totalSpans.first(where: text.hasPrefix) else { return nil }
    let rest = text.dropFirst(span.count)
    // `“十五五”期间,规模以上工业煤炭消费量下降10%左右`: the period alone in its clause opens
    // the clauses after it (`SpanReach`).
    if rest.allSatisfy({ $0 == " " || $0 == "\u{3000}" }) {
      return (end, clause[phraseStart..<rest.startIndex])
    }
    guard let next = rest.first, PlanTextCharacters.isHan(next) else { return nil }
    return (end, clause[phraseStart..<rest.startIndex])
  }
}
