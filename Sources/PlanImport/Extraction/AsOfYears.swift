/// `截至2025年底,全市境内外上市公司9家`, `2024年底,全市…`: a year reached with `截至`/`截止`, or
/// opening its sentence as a date, that lies before the
/// year the plan starts from dates where things stood — the sentence reports the starting
/// situation, and the year is no due year of a goal.
enum AsOfYears {
  static let leads = ["截至", "截止", "截至到", "截止到"]

  /// True when the year is written after `截至`/`截止`, or opens the sentence as a date of its
  /// own (`2024年底,全市民营经济市场主体38.6万户`), and lies before `reference`.
  static func isPast(_ year: YearReading, in sentence: Substring, reference: Int?) -> Bool {
    guard year.role == .due, let reference, year.year < reference else { return false }
    let before = sentence[..<year.range.lowerBound]
    return leads.contains(where: before.hasSuffix) || opensAsDate(year, in: sentence)
  }

  /// `2024年底,…`, `2024年末,…`: the year, with its end, is the sentence's first words and a
  /// comma closes them.
  static func opensAsDate(_ year: YearReading, in sentence: Substring) -> Bool {
    guard sentence[..<year.range.lowerBound].allSatisfy(PlanTextCharacters.isSpace) else {
      return false
    }
    var rest = sentence[year.range.upperBound...]
    if rest.hasPrefix("年") { rest = rest.dropFirst() }
    guard let end = rest.first, "底末".contains(end) else { return false }
    return rest.dropFirst().first.map { ",:".contains($0) } ?? false
  }
}
