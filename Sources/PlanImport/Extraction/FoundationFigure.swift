import PlanModel

/// `在2024年规上工业营业收入856亿元的基础上,到2027年…突破1200亿元`: the figure a sentence's goal
/// builds on, stated before it in a clause opened by `在` and closed by `(的)基础上` — the starting
/// figure (with that clause's year) of the sentence's first goal of the same unit that has none.
enum FoundationFigure {
  static let closings = ["的基础上", "基础上"]

  /// The figures the sentence builds on, each with its year.
  static func figures(in sentence: Substring) -> [(
    figure: FigureReading, year: Int?, clause: Substring
  )] {
    SentenceSegmenter.clauses(of: sentence).compactMap { clause in
      let text = PlanTextCharacters.trimmed(clause)
      guard text.hasPrefix("在"), closings.contains(where: text.hasSuffix),
        let figure = NumberUnitParser.figures(in: clause).last, figure.value != nil,
        figure.unit != nil
      else { return nil }
      var after = clause[figure.range.upperBound...]
      for (written, _) in QualifierWords.trailing where after.hasPrefix(written) {
        after = after.dropFirst(written.count)
      }
      guard closings.contains(where: { PlanTextCharacters.trimmed(after) == $0 }) else {
        return nil
      }
      return (figure, NumberUnitParser.years(in: clause).first?.year, clause)
    }
  }

  /// Gives each figure the sentence builds on to its first goal of the same unit; the figure
  /// is no goal of its own (as a figure in the goals part would be).
  static func attach(to goals: inout [GoalCandidate], in sentence: Substring) {
    for (figure, year, clause) in figures(in: sentence) {
      goals.removeAll {
        $0.sourceText == String(clause) && $0.goal.target?.value == figure.value
      }
      guard
        let index = goals.firstIndex(where: {
          $0.goal.unit == figure.unit && $0.goal.baseline == nil && $0.goal.target?.value != nil
        })
      else { continue }
      goals[index].goal.baseline = Figure(value: figure.value, year: year)
    }
  }
}
