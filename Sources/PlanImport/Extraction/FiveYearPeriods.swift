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
      guard let range = sentence.range(of: name) else { continue }
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
