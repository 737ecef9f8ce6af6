import PlanModel

/// The kind and direction of a goal from its unit and the words around its figure.
enum GoalKindRules {
  static let downWords = ["下降", "降低", "减少", "压减", "压降", "控制在", "不高于", "以内"]
  static let keepWords = ["保持", "稳定在", "维持"]

  static func kind(unit: String, clause: Substring) -> GoalKind {
    switch unit {
    case "%":
      if clause.contains("年均") { return .annualRate }
      if downWords.prefix(4).contains(where: clause.contains) { return .reduction }
      if clause.contains("增长") || clause.contains("增加"), !clause.contains("比重"),
        !clause.contains("占比")
      {
        return .growth
      }
      return .share
    case "个百分点": return clause.contains("年均") ? .annualRate : .share
    case "倍": return .multiple
    case "位": return .rank
    default:
      return KnownUnits.counts.contains(unit) ? .count : .absolute
    }
  }

  static func direction(kind: GoalKind, clause: Substring) -> Direction {
    if kind == .reduction { return .down }
    if downWords.contains(where: clause.contains) { return .down }
    if keepWords.contains(where: clause.contains) { return .keep }
    return .up
  }
}
