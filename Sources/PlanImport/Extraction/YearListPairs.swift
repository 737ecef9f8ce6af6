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
      // `2026年、2027年、2028年产业产值分别达到…`: the metric after the last year.
      if index == names.count - 1, index > 0, metric.isEmpty,
        let (year, after) = leadingYear(name), !after.isEmpty
      {
        return (MetricText.clean(after), years + [year])
      }
      // `2026年底`: the year's end is the year.
      let name = yearEnds.contains { name.hasSuffix("年" + $0) } ? String(name.dropLast()) : name
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

  /// A name opened by a year (`2028年产业产值`, `2028年底工业投资`): the year and the words after
  /// it (the year's end, `底`/`末`, no part of them).
  static func leadingYear(_ name: String) -> (Int, Substring)? {
    let digits = name.prefix(while: PlanTextCharacters.isDigit)
    guard digits.count == 4, name.dropFirst(4).hasPrefix("年") else { return nil }
    let year = digits.reduce(0) { $0 * 10 + (PlanTextCharacters.digit($1) ?? 0) }
    var after = name.dropFirst(5)
    if let end = after.first, yearEnds.contains(String(end)) { after = after.dropFirst() }
    return (year, after)
  }

  /// What may follow a year for its end (`2028年底`, `2027年末`).
  static let yearEnds = ["底", "末"]

}

extension YearListPairs {
  /// `其中2026年1500亩、2027年1800亩、2028年1700亩`: in a clause where two figures or more each
  /// stand right after a year, each figure's year (nil for the others); empty when the clause is
  /// no such list.
  static func leadingYears(of figures: [FigureReading], in clause: Substring) -> [Int?] {
    let years = figures.map { figure -> Int? in
      let before = clause[..<figure.range.lowerBound]
      guard
        let year = NumberUnitParser.years(in: before).last,
        year.role == .plain || year.role == .due, year.range.upperBound == before.endIndex
      else { return nil }
      return year.year
    }
    return years.compactMap { $0 }.count >= 2 ? years : []
  }
}

extension YearListPairs {
  /// True for a year that leads a figure of a list by year (`其中2026年1500亩、2027年1800亩`):
  /// the year of that step, not the year of the sentence.
  static func leadsListedFigure(_ year: YearReading, in sentence: Substring) -> Bool {
    let leading = NumberUnitParser.years(in: sentence).filter { reading in
      reading.role == .plain && reading.range.upperBound < sentence.endIndex
        && PlanTextCharacters.isDigit(sentence[reading.range.upperBound])
    }
    return leading.count >= 2 && leading.contains(year)
  }
}
