/// A sentence that opens by reporting a year before the plan's start and goes on to its goal,
/// cut at a comma only (`2024年X营业收入402亿元,到2027年达到580亿元`): the clauses before the one
/// its due year opens report the starting situation, the rest state the goal — which, with no
/// subject of its own, is about what the report measured (`TextReading.readGoals`).
enum StartingHead {
  /// The text's sentences, each split where it goes on from its report to its goal.
  static func sentences(of text: String, reference: Int?) -> [Substring] {
    SentenceSegmenter.sentences(of: text).flatMap { split($0, reference: reference) }
  }

  /// The sentence as the piece reporting the past and the piece stating goals, or whole.
  static func split(_ sentence: Substring, reference: Int?) -> [Substring] {
    let clauses = SentenceSegmenter.clauses(of: sentence)
    // A label may stand before (`发展目标:2024年…`).
    guard let reference,
      let opening = clauses.firstIndex(where: holdsFigure),
      let past = NumberUnitParser.years(in: clauses[opening]).first, past.role == .plain,
      past.year < reference, ClauseYears.openingYear(clauses[opening], first: true) == past.year,
      let dated = clauses.indices.dropFirst(opening + 1).first(where: {
        opensWithDueYear(clauses[$0]) || opensWithPlanYearGoal(clauses[$0], reference: reference)
      }),
      !clauses[..<dated].contains(where: { clause in
        NumberUnitParser.years(in: clause).contains { $0.role == .due }
      })
    else { return [sentence] }
    let start = clauses[dated].startIndex
    return [sentence[..<start], sentence[start...]]
  }

  /// A clause holding a figure or a year, not only a box line's number (`1.规模以上工业总产值`).
  static func holdsFigure(_ clause: Substring) -> Bool {
    let text = PlanTextCharacters.trimmed(clause)
    let number = MetricText.leadingListNumber(text)
    return text.dropFirst(number?.count ?? 0).contains(where: PlanTextCharacters.isDigit)
  }

  /// `2030年达到1000亿元` after `2025年为568亿元`: a clause opened by a plain year of the plan's
  /// and a goal word right after it.
  static func opensWithPlanYearGoal(_ clause: Substring, reference: Int) -> Bool {
    guard let year = NumberUnitParser.years(in: clause).first, year.role == .plain,
      year.year >= reference, ClauseYears.openingYear(clause, first: false) == year.year
    else { return false }
    let rest = clause[year.range.upperBound...]
    return TargetPatterns.cues.contains(where: rest.hasPrefix)
  }

  /// `到2027年…`, `力争到2027年…`: a clause opened by its due year.
  static func opensWithDueYear(_ clause: Substring) -> Bool {
    guard let year = NumberUnitParser.years(in: clause).first, year.role == .due else {
      return false
    }
    return ClauseYears.openingYear(clause, first: false) == year.year
  }
}
