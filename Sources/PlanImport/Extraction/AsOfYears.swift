/// `截至2025年底,全市境内外上市公司9家`: a year reached with `截至`/`截止` that lies before the
/// year the plan starts from dates where things stood — the sentence reports the starting
/// situation, and the year is no due year of a goal.
enum AsOfYears {
  static let leads = ["截至", "截止", "截至到", "截止到"]

  /// True when the year is written after `截至`/`截止` and lies before `reference`.
  static func isPast(_ year: YearReading, in sentence: Substring, reference: Int?) -> Bool {
    guard year.role == .due, let reference, year.year < reference else { return false }
    return leads.contains(where: sentence[..<year.range.lowerBound].hasSuffix)
  }
}
