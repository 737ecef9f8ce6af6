/// A span of the plan's years written after the subject, right before `累计` —
/// `单位工业增加值能耗五年累计下降14%`, `工业投资三年累计完成1500亿元` — states a total over the plan's
/// years as a span opening the clause does (`PlanSpanTotals`): due the plan's end, 累计, the span
/// no part of the metric. Not the years before the plan (`近三年累计`, `过去五年累计`, `前三年累计`),
/// and it reaches no later clause.
enum SpanBeforeTotal {
  /// Words before the span that put it in the past.
  static let pastLeads = ["近", "过去", "前", "这"]

  /// The number of years and the phrase (`五年`) standing between a subject and `累计`.
  static func span(in clause: Substring) -> (years: Int, phrase: Substring)? {
    var searched = clause[...]
    while let total = searched.textRange(of: "年累计") {
      defer { searched = clause[total.upperBound...] }
      let before = clause[..<total.lowerBound]
      let numerals = before.reversed().prefix(while: ChineseNumber.isNumeral)
      guard !numerals.isEmpty,
        let years = ChineseNumber.value(Substring(String(numerals.reversed()))),
        (2...10).contains(years)
      else { continue }
      let start = clause.index(total.lowerBound, offsetBy: -numerals.count)
      let subject = clause[..<start]
      guard let last = subject.last, PlanTextCharacters.isHan(last),
        !pastLeads.contains(where: subject.hasSuffix)
      else { continue }
      return (years, clause[start..<clause.index(after: total.lowerBound)])
    }
    return nil
  }
}

extension PlanPeriod {
  /// The year a total stated with a span before `累计` (`SpanBeforeTotal`) is due.
  func total(spannedInside clause: Substring) -> (year: Int, years: Int, phrase: Substring)? {
    guard let span = SpanBeforeTotal.span(in: clause), let year = end(ofYears: span.years) else {
      return nil
    }
    return (year, span.years, span.phrase)
  }
}
