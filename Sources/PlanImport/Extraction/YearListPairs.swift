/// A 分别 clause whose names are years: `规上工业企业2025年、2026年、2027年分别达到155家、170家、
/// 185家` states one thing's figure for each year, so every figure takes the metric before the
/// first year and its own year — not one name per figure. Years with nothing before them
/// (`…,2026年、2027年分别完成…`) give an empty metric: the clause before has the subject.
enum YearListPairs {
  /// The metric (empty when none stands before the first year) and the years, when every
  /// paired name is a year (the first after the metric).
  static func read(_ names: [String]) -> (metric: String, years: [Int])? {
    guard names.count > 1 else { return nil }
    var years: [Int] = []
    var metric = ""
    for (index, name) in names.enumerated() {
      guard name.hasSuffix("年") else { return nil }
      let digits = Array(name.dropLast().reversed().prefix(while: PlanTextCharacters.isDigit))
      guard digits.count == 4 else { return nil }
      let year = digits.reversed().reduce(0) { $0 * 10 + (PlanTextCharacters.digit($1) ?? 0) }
      let before = name.dropLast(digits.count + 1)
      if index == 0 {
        metric = MetricText.clean(before)
      } else if !before.isEmpty {
        return nil
      }
      years.append(year)
    }
    return (metric, years)
  }

  /// A name that is a year and nothing else (`2026年`).
  static func isYear(_ name: String) -> Bool {
    name.count == 5 && name.hasSuffix("年") && name.dropLast().allSatisfy(PlanTextCharacters.isDigit)
  }
}
