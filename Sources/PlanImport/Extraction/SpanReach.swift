/// A total over the plan's years reaching on: in a sentence that names no year (or names one
/// only after it), the span phrase opening one clause (`三年内推动…300户以上`, `“十五五”期间累计…`)
/// holds for the clauses after it too — `三年内推动A
/// 300户以上、B60家,力争新增上市企业1—2家,实现…零突破`: each is due the plan's last year — up to
/// a clause of a yearly figure (`每年`: no total) or one naming a year of its own; an average rate
/// over the span (`年均增长15%`) is due its last year too.
struct SpanReach {
  var range: Range<String.Index>
  var year: Int
  var years: Int

  /// Words that make a clause a yearly figure, where a span's reach stops.
  static let yearlyWords = ["年均", "每年", "逐年", "年度"]
  /// How an average rate over the span is written (`年均增长15%`), which a span reaches — not a
  /// yearly count (`年均实施…项目40个`: each year's).
  static let averageRates = ["年均增长", "年均提高", "年均下降", "年均降低"]

  static func isAverageRate(_ clause: Substring) -> Bool {
    averageRates.contains(where: clause.contains)
      && !yearlyWords.filter { $0 != "年均" }.contains(where: clause.contains)
  }

  /// The clauses after the one a span phrase opens that it reaches, and the span's year.
  static func reach(in sentence: Substring, period: PlanPeriod?) -> SpanReach? {
    let clauses = SentenceSegmenter.clauses(of: sentence)
    guard let period,
      let opened = clauses.firstIndex(where: { period.total(openingClause: $0) != nil }),
      !yearlyWords.contains(where: clauses[opened].contains),
      clauses[...opened].allSatisfy({ NumberUnitParser.years(in: $0).isEmpty }),
      let (year, years, _) = period.total(openingClause: clauses[opened])
    else { return nil }
    // `“十五五”期间新建…20个,X年均增长15%以上`: an average rate over the span is due its end.
    let later = clauses[(opened + 1)...].prefix { clause in
      (isAverageRate(clause) || !yearlyWords.contains(where: clause.contains))
        && NumberUnitParser.years(in: clause).isEmpty
    }
    guard let first = later.first, let last = later.last else { return nil }
    return SpanReach(range: first.startIndex..<last.endIndex, year: year, years: years)
  }
}
