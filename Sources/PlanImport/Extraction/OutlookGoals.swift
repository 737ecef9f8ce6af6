/// A goal the plan looks out to beyond its own years (`展望2035年,X产业营业收入达到2000亿元`,
/// `远景到2035年…`): a target of its own, never a cluster's scale — the scale is the plan's own
/// last goal for that output (`到2030年…突破1000亿元`).
enum OutlookGoals {
  /// Words that open a look beyond the plan's years.
  static let words = ["展望", "远景"]

  /// The paragraphs of `texts` opened by such a word (`展望2035年,…`).
  static func paragraphs(in texts: [String]) -> Set<Int> {
    Set(
      texts.indices.filter { index in
        let text = PlanTextCharacters.trimmed(texts[index])
        return words.contains(where: text.hasPrefix)
      })
  }

  /// Whether the goal is read in such a paragraph, or its own text opens with such a word.
  static func isOutlook(_ placed: TextReading.PlacedGoal, outlooks: Set<Int>) -> Bool {
    if outlooks.contains(placed.paragraph) { return true }
    let head = placed.candidate.sourceText.prefix { !PlanTextCharacters.isDigit($0) }
    return words.contains { head.contains($0) }
  }

  /// A goal without a number in a paragraph looking beyond the plan's years (`展望2035年,工业领域
  /// 碳排放稳中有降,绿色低碳发展水平进入全省第一方阵`): a vision, no goal — it is not filed and
  /// stretches no horizon. A figure there (`展望2035年,…突破1200亿元`) stays a goal of that year.
  static func isVision(_ placed: TextReading.PlacedGoal, outlooks: Set<Int>) -> Bool {
    outlooks.contains(placed.paragraph) && placed.candidate.goal.target?.hasNumber != true
  }
}
