/// Which figures of a starting-situation sentence state where things stand, and which only
/// describe, compare or recall: `扭转了徘徊在3500家左右的局面` (a figure describing a noun),
/// `由370万千瓦上升到414万千瓦` (the earlier end of a change), `高于全国16个百分点` (a gap to a
/// comparison), `较十年前提升2个千亿量级` (a change over an earlier time),
/// `“1个指导意见+6个行动计划”` (a figure inside a quoted name), `第3批` (an ordinal), `前50位企业`
/// (the top of a ranking as a class).
enum StartingFigureRules {
  /// Words before a figure that make it a gap to something else, not a level.
  static let comparisonWords = ["高于", "低于", "快于", "慢于", "多于", "少于", "超出", "领先"]
  /// A metric that is a verb alone (`达到4114家` after `突破4000家`) names no new metric.
  static let verbOnly: Set<String> = ["达到", "达", "增至", "增加至", "提高至", "提升至", "为", "至"]

  /// True when the figure states a level, count or share as it stands.
  static func states(_ figure: FigureReading, in clause: Substring, from start: String.Index)
    -> Bool
  {
    let before = clause[start..<figure.range.lowerBound]
    // `第3批`: an ordinal (a rank is read by `StartingRankPatterns`).
    if before.last == "第" { return false }
    if AbsentFigures.isAbsent(before: before) { return false }
    if comparisonWords.contains(where: before.contains), !GapFigures.isNamedGap(before) {
      return false
    }
    if let base = before.lastIndex(where: { $0 == "较" || $0 == "比" }),
      before[base...].contains("前")
    {
      return false
    }
    if isQuoted(figure, in: clause) { return false }
    var after = clause[figure.range.upperBound...]
    for (written, _) in QualifierWords.trailing where after.hasPrefix(written) {
      after = after.dropFirst(written.count)
    }
    if after.hasPrefix("的") { return false }
    // `对产值前50位企业`: the top of a ranking, a class of enterprises.
    if before.last == "前", ["企业", "项目", "工业企业"].contains(where: after.hasPrefix) {
      return false
    }
    // `其中营业收入超5亿元企业7家`: a figure describing the noun another figure counts.
    if let first = after.first, PlanTextCharacters.isHan(first),
      after.prefix(while: { !"、,,;;和及".contains($0) }).contains(where: PlanTextCharacters.isDigit)
    {
      return false
    }
    if let last = before.last, last == "由" || last == "从",
      after.contains("到") || after.contains("至")
    {
      return false
    }
    return true
  }

  /// `两化融合水平指数达到58.3`, `…创新指数为71.2`: a number with no unit after it, stated for
  /// an index (a pure number), is a starting figure without a unit.
  static func isIndex(_ figure: FigureReading, metric: String) -> Bool {
    figure.unit == nil && figure.unknownUnit == nil && figure.value != nil
      && ["指数", "指数为", "指数是"].contains(where: metric.hasSuffix)
  }

  /// True inside `“…”`: more opening than closing quotes before the figure.
  static func isQuoted(_ figure: FigureReading, in clause: Substring) -> Bool {
    let before = clause[..<figure.range.lowerBound]
    return before.filter { $0 == "“" }.count > before.filter { $0 == "”" }.count
  }
}
