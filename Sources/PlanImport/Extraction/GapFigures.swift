/// A gap to an average or to a goal — `占营业收入的1.42%,低于全省平均水平0.3个百分点`, `同比增长6.1%,
/// 低于年度目标1.9个百分点` — is a starting figure of its own, the change of no goal's baseline; a
/// gap to a bare region (`高于全国16个百分点`) still only compares.
enum GapFigures {
  /// Words naming what a gap is measured to that make it a figure the plan tracks.
  static let measuredTo = ["平均水平", "平均", "目标", "预期"]

  /// True when the words before a figure open a gap (`低于`, `高于`…) to an average or a goal.
  static func isNamedGap(_ before: Substring) -> Bool {
    guard
      let word = StartingFigureRules.comparisonWords.compactMap({ before.textRange(of: $0) }).last
    else { return false }
    return measuredTo.contains(where: before[word.upperBound...].contains)
  }
}
