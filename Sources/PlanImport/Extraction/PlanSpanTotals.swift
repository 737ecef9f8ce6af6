/// The years a plan runs over, for a total stated over them: `三年建成标准化厂房12万平方米` in a
/// 2025—2027 plan is due 2027, `五年新建…` in a plan starting 2026 is due 2030.
struct PlanPeriod: Hashable {
  var start: Int
  /// The title's last year, when the title gives a span.
  var end: Int?
  /// The year the document is written in, when it stands inside the span after its start (a
  /// review of the plan in its course): a total over the years left counts from it.
  var written: Int?

  /// The year a total over the plan's first `years` years is due: the span's end when the
  /// span is that long, else (no span) `years` years on from the start; nil when they disagree.
  /// In a review written in the plan's course, a total over the years left (`两年盘活…` in
  /// 2024, of a plan ending 2025) is due the span's end too.
  func end(ofYears years: Int) -> Int? {
    guard years >= 2 else { return nil }
    guard let end else { return start + years - 1 }
    if let written, written > start, written <= end, end - written + 1 == years { return end }
    return end - start + 1 == years ? end : nil
  }

  /// The year a clause opened by a span of the plan's years (`三年新增…`) or by the five-year
  /// period the plan runs in (`“十五五”期间累计…`, `FiveYearPeriods`) is due, the span's length
  /// and its phrase; nil for any other clause.
  func total(openingClause clause: Substring) -> (year: Int, years: Int, phrase: Substring)? {
    if let span = PlanSpanTotals.span(openingClause: clause), let year = end(ofYears: span.years) {
      return (year, span.years, span.phrase)
    }
    guard let current = FiveYearPeriods.currentSpan(openingClause: clause, from: start) else {
      return nil
    }
    return (current.end, 5, current.phrase)
  }
}

/// A clause opened by a number of years — `三年新建…`, `三年内…共建…3个`, `五年间累计…`, after who
/// pays, `市财政三年安排…` — states a
/// total over those years: a goal due at the plan's end, with the qualifier 累计. Not `三年年均增长`
/// (a rate), `三年行动` (a name), `每年`.
enum PlanSpanTotals {
  /// Words that may stand before the span phrase: a hope, the effort it takes (`通过三年创建,…`),
  /// or who pays (`县财政三年安排…3亿元`).
  static let openers = [
    "力争", "争取", "计划", "预计", "确保", "通过", "经过", "省财政", "市财政", "县财政", "区财政", "财政", "省级", "市级", "县级",
    "区级",
  ]
  /// What may not follow `N年` for it to be a span of totals.
  static let notTotals = ["年均", "年", "行动", "计划", "规划", "来", "前", "以来", "后"]

  /// The number of years the clause's opening phrase totals over, and the phrase (`三年内`).
  static func span(openingClause clause: Substring) -> (years: Int, phrase: Substring)? {
    var text = clause.drop(while: { $0 == " " })
    for opener in openers where text.hasPrefix(opener) { text = text.dropFirst(opener.count) }
    let numerals = text.prefix(while: ChineseNumber.isNumeral)
    guard let years = ChineseNumber.value(numerals), years >= 2, years <= 10 else { return nil }
    var rest = text[numerals.endIndex...]
    guard rest.hasPrefix("年") else { return nil }
    rest = rest.dropFirst()
    guard !notTotals.contains(where: rest.hasPrefix) else { return nil }
    for word in ["内", "间", "中"] where rest.hasPrefix(word) { rest = rest.dropFirst() }
    guard let next = rest.first, PlanTextCharacters.isHan(next) else { return nil }
    return (years, clause[numerals.startIndex..<rest.startIndex])
  }
}
