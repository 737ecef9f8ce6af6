/// A goal counting new ones (`新增规模以上工业企业60家`, `净增规上企业40家`) adds to a stock; the
/// stock as it stands (`规模以上工业企业达到1712家`) is no start of it. Only a figure of new ones
/// (`2026年新增规上企业52家`) starts such a goal.
enum IncrementStarts {
  /// Words that open a count of new ones.
  static let incrementWords = ["新增", "净增", "新培育", "新认定", "新引进", "新招引"]

  /// False when the goal counts new ones and the figure is a level.
  static func allows(_ figure: BaselinePatterns.StartingFigure, for goal: GoalCandidate) -> Bool {
    guard countsNew(goal) else { return true }
    return counts(figure.metric, in: figure.sourceText)
  }

  /// True when the goal counts new ones: its metric opens with an increment word, or the
  /// clause its figure closes does (`规上工业企业达到300家、新增规上工业企业60家`: 60 new ones,
  /// 300 a level, though both name the same metric).
  static func countsNew(_ goal: GoalCandidate) -> Bool {
    if incrementWords.contains(where: goal.metric.hasPrefix) { return true }
    guard let value = goal.goal.target?.value, let unit = goal.goal.unit else {
      return counts(goal.metric, in: goal.sourceText)
    }
    let written = value == value.rounded() ? String(Int(value)) : String(value)
    let text = goal.sourceText
    guard let at = text.textRange(of: written + unit) else {
      return counts(goal.metric, in: goal.sourceText)
    }
    let before = text[..<at.lowerBound]
    let clause = before.lastIndex(where: clauseMarks.contains).map { before[$0...] } ?? before
    return incrementWords.contains(where: clause.contains)
  }

  /// Marks that close a clause within a sentence.
  static let clauseMarks: Set<Character> = ["、", ",", "，", ";", "；", "。"]

  /// True when an increment word stands right before the metric's first characters, or opens
  /// the metric.
  static func counts(_ metric: String, in text: String) -> Bool {
    if incrementWords.contains(where: metric.hasPrefix) { return true }
    let head = String(metric.prefix(2))
    guard head.count == 2 else { return false }
    return incrementWords.contains { text.contains($0 + head) }
  }
}
