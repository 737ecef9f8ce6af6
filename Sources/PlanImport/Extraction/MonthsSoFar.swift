import Foundation

/// The months of a year gone by so far — `1—8月,全县规上工业增加值同比增长6.1%`, `1-11月,…`,
/// `前三季度,…`, `今年以来,…`, `2027年1—8月,…` — opening a sentence: it reports where that year
/// stands, not what the year is to reach. Its figures (and those of the sentences cut from it
/// at `;`) are starting figures of the year the document is written in (or the one it names),
/// never goals, and never the baselines of that year's goals (a part of the year is not where
/// the year started: `BaselinePatterns.attach` gives a goal only an earlier year's figure).
enum MonthsSoFar {
  /// Words that open a report on the year so far, with no figure of months.
  static let openings = ["今年以来", "年初以来", "今年前三季度", "前三季度"]

  /// `1—8月`, `1-11月`, `1至8月`, `1～8月份`, `前8个月`, `前八个月`: months counted from January.
  static let monthsSpan = #"^(1[—\-–~～至到]([1-9]|1[01])月份?|前([2-9]|1[01]|[二三四五六七八九十]|十一)个月)"#

  /// The year whose months so far the sentence opens with a report on, or nil: the year it
  /// writes before the months (`2027年1—8月,`), else `documentYear`.
  static func year(of sentence: Substring, documentYear: Int?) -> Int? {
    var rest = sentence.drop(while: PlanTextCharacters.isSpace)
    var named: Int?
    if let first = NumberUnitParser.years(in: rest).first,
      rest[..<first.range.lowerBound].allSatisfy(PlanTextCharacters.isSpace)
    {
      named = first.year
      rest = rest[first.range.upperBound...]
      if rest.hasPrefix("年") { rest = rest.dropFirst() }
    }
    guard let opening = opening(rest) else { return nil }
    let after = rest[opening...]
    // A comma closes the months: `1—8月,…`; `1—8月完成…` without one may set a part's goal.
    guard let mark = after.first, ",，:".contains(mark) else { return nil }
    return named ?? documentYear
  }

  /// The end of the months-so-far words the text opens with, or nil.
  static func opening(_ text: Substring) -> String.Index? {
    if let word = openings.first(where: text.hasPrefix) {
      return text.index(text.startIndex, offsetBy: word.count)
    }
    guard let range = text.range(of: monthsSpan, options: .regularExpression) else { return nil }
    return range.upperBound
  }
}
