/// The year each clause of a sentence reporting where things stand states its figures for: the
/// sentence's, until a clause opens with a year of its own — `2025年以来引进A项目4个,总投资86亿元,
/// 2026年产业实现产值23亿元`: the last figure is 2026's, whatever year the sentence opened with. A
/// year that opens a period (`2025年以来`) is no figure's year: what the clauses it opens count
/// is a total since then, of no one year.
enum ReportClauseYears {
  /// For each clause of the sentence, its range and the year its figures are of.
  static func years(of sentence: Substring, reported: Int?, before reference: Int?)
    -> [(range: Range<String.Index>, year: Int?)]
  {
    var current = reported
    return SentenceSegmenter.clauses(of: sentence).enumerated().map { index, clause in
      if let first = NumberUnitParser.years(in: clause).first, opensPeriod(first, in: clause),
        ClauseYears.openingYear(clause, first: index == 0) == first.year
      {
        current = nil
      } else if index > 0, let year = ClauseYears.openingYear(clause, first: false),
        year < (reference ?? Int.max)
      {
        current = year
      }
      return (clause.startIndex..<clause.endIndex, current)
    }
  }

  /// True for a year opening a period up to now (`2025年以来`).
  static func opensPeriod(_ year: YearReading, in clause: Substring) -> Bool {
    clause[year.range.upperBound...].hasPrefix("以来")
  }

  /// The figures read with the sentence's year, each given its clause's instead.
  static func redate(
    _ figures: [BaselinePatterns.StartingFigure], in sentence: Substring, reported: Int?,
    before reference: Int?
  ) -> [BaselinePatterns.StartingFigure] {
    let clauses = years(of: sentence, reported: reported, before: reference)
    guard clauses.contains(where: { $0.year != reported }) else { return figures }
    return figures.map { figure in
      guard figure.year == reported,
        let clause = clauses.first(where: { String(sentence[$0.range]) == figure.sourceText })
      else { return figure }
      var dated = figure
      dated.year = clause.year
      return dated
    }
  }
}
