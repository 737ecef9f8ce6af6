/// A total over the plan's years reaching on: in a sentence that names no year (or names one
/// only after it), the span phrase opening one clause (`三年内推动…300户以上`, `“十五五”期间累计…`)
/// holds for the clauses after it too — `三年内推动A
/// 300户以上、B60家,力争新增上市企业1—2家,实现…零突破`: each is due the plan's last year — up to
/// a clause of a yearly figure (`年均`, `每年`: no total) or one naming a year of its own.
struct SpanReach {
  var range: Range<String.Index>
  var year: Int
  var years: Int

  /// Words that make a clause a yearly figure, where a span's reach stops.
  static let yearlyWords = ["年均", "每年", "逐年", "年度"]

  /// The clauses after the one a span phrase opens that it reaches, and the span's year.
  static func reach(in sentence: Substring, period: PlanPeriod?) -> SpanReach? {
    let clauses = SentenceSegmenter.clauses(of: sentence)
    guard let period,
      let opened = clauses.firstIndex(where: { period.total(openingClause: $0) != nil }),
      !yearlyWords.contains(where: clauses[opened].contains),
      clauses[...opened].allSatisfy({ NumberUnitParser.years(in: $0).isEmpty }),
      let (year, years, _) = period.total(openingClause: clauses[opened])
    else { return nil }
    let later = clauses[(opened + 1)...].prefix { clause in
      !yearlyWords.contains(where: clause.contains) && NumberUnitParser.years(in: clause).isEmpty
    }
    guard let first = later.first, let last = later.last else { return nil }
    return SpanReach(range: first.startIndex..<last.endIndex, year: year, years: years)
  }
}
