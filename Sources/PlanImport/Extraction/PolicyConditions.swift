import PlanModel

/// Figures of a support policy that are no goals: the condition an enterprise or project is to
/// meet to be rewarded (`对年营业收入首次突破10亿元的工业企业`, `对年节能量500吨标准煤以上的节能改造
/// 项目`, `次年继续在库且营业收入增长10%以上的`, a clause opened by `对` or closed by `的`), and the
/// ceiling of an award (`单个项目最高1000万元`, `最高给予100万元`, `单个企业全年不超过50万元`).
enum PolicyConditions {
  /// Words opening a clause with `对` that are no object of support (`对标`, `对接`).
  static let notObjects = ["对标", "对接", "对外", "对口", "对比"]
  static let ceilings = ["最高", "最多", "上限"]

  /// True when the figure states a condition or a ceiling, not a goal.
  static func excludes(_ figure: FigureReading, in clause: Substring) -> Bool {
    isCondition(figure, in: clause) || isCeiling(figure, in: clause) || isTerm(figure, in: clause)
  }

  /// Words that bound a term from above (`期限不超过15天`, `期限最长2年`).
  static let termBounds = ["不得超过", "不超过", "最长", "最多"]

  /// `单笔转贷期限不超过15天`, `贴息期限最长2年`: how long a support runs, a term of the policy,
  /// no goal.
  static func isTerm(_ figure: FigureReading, in clause: Substring) -> Bool {
    guard let unit = figure.unit, ["天", "日", "年", "月"].contains(unit) else { return false }
    let before = PlanTextCharacters.trimmed(clause[..<figure.range.lowerBound])
    guard let bound = termBounds.first(where: before.hasSuffix) else { return false }
    var term = before.dropLast(bound.count)
    if term.hasSuffix("原则上") { term = term.dropLast(3) }
    return term.hasSuffix("期限")
  }

  static func isCondition(_ figure: FigureReading, in clause: Substring) -> Bool {
    isCondition(clause, after: figure.range.upperBound)
  }

  /// True when the clause is a condition: it closes with `的`, or opens with `对` and has a
  /// `的` after the given place (a figure's end: `对年节能量500吨标准煤以上的节能改造项目`).
  static func isCondition(_ clause: Substring, after place: String.Index) -> Bool {
    if closesCondition(clause) { return true }
    let text = PlanTextCharacters.trimmed(clause)
    guard text.hasPrefix("对"), !notObjects.contains(where: text.hasPrefix) else { return false }
    return clause[place...].contains("的")
  }

  /// True when the clause closes with `的` and goes on in the next (`…提高容积率的,不再增收…`):
  /// the case a policy provides for (`对A予以保留` still states a goal).
  static func closesCondition(_ clause: Substring) -> Bool {
    PlanTextCharacters.trimmed(clause).hasSuffix("的")
  }

  /// True when the clause names whom a policy rewards (`对新认定的A、B、C,分别给予100万元、30万元、
  /// 5万元奖励`): it opens with `对` and its sentence pays an award — a schedule, no ladder.
  static func namesRewarded(_ clause: Substring, in sentence: Substring) -> Bool {
    let text = PlanTextCharacters.trimmed(clause)
    return text.hasPrefix("对") && !notObjects.contains(where: text.hasPrefix)
      && TargetPatterns.awardWords.contains(where: sentence.contains)
  }

  static func isCeiling(_ figure: FigureReading, in clause: Substring) -> Bool {
    guard let unit = figure.unit, KnownUnits.money.contains(unit) else { return false }
    let before = clause[..<figure.range.lowerBound]
    return ceilings.contains(where: before.contains)
      || (perRecipient.contains(where: before.contains)
        && upperBounds.contains(where: before.hasSuffix))
  }

  /// Who an award is counted for, one at a time (`单个企业全年不超过50万元`).
  static let perRecipient = ["单个", "单家", "单户", "单笔", "每家", "每户", "每个", "同一"]
  /// Words bounding a sum from above right before it.
  static let upperBounds = ["不超过", "不得超过", "不高于"]
}
