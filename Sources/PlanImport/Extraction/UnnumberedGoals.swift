import PlanModel

/// Goals set without a number of the plan's own, in two set phrasings, read anywhere:
/// - a grade to keep (`化工园区安全风险等级保持D级`, `水质类别稳定在Ⅲ类`): the thing graded,
///   kept as it is (direction keep);
/// - a goal an upper level sets (`单位地区生产总值能耗下降完成省下达目标任务`, `…下降幅度完成省下达
///   任务`): the thing moved, the way its verb moves it.
enum UnnumberedGoals {
  /// How the graded thing's name ends.
  static let gradeNames = ["等级", "级别", "评级", "等次", "类别"]
  static let keepVerbs = ["保持在", "稳定在", "维持在", "保持", "维持"]
  /// How a grade is written: a letter or numeral and its class word.
  static let gradeMarks: Set<Character> = Set("ABCDEabcdeⅠⅡⅢⅣⅤ甲乙丙丁一二三四五")
  static let gradeWords: Set<Character> = ["级", "类", "等"]
  /// Who sets the goal from above, and what they set.
  static let setters = ["国家", "省", "市", "上级", "上级部门"]
  static let setGoals = ["目标任务", "目标", "任务", "指标"]
  static let extentWords = ["幅度", "率"]
  static let moves: [(String, Direction)] = [
    ("下降", .down), ("降低", .down), ("减少", .down), ("增长", .up), ("提高", .up), ("提升", .up),
  ]

  static func goals(in clause: Substring, context: SentenceContext) -> [GoalCandidate] {
    guard NumberUnitParser.figures(in: clause).isEmpty else { return [] }
    return [keptGrade(clause, context: context), setAbove(clause, context: context)].compactMap {
      $0
    }
  }

  /// `X等级保持D级`: X, kept.
  static func keptGrade(_ clause: Substring, context: SentenceContext) -> GoalCandidate? {
    let text = PlanTextCharacters.trimmed(clause)[...]
    guard let verb = keepVerbs.lazy.compactMap({ text.textRange(of: $0) }).first else { return nil }
    let grade = text[verb.upperBound...]
    guard grade.count == 2, let mark = grade.first, gradeMarks.contains(mark),
      let word = grade.last, gradeWords.contains(word)
    else { return nil }
    let metric = MetricText.clean(text[..<verb.lowerBound])
    guard metric.count >= 4, gradeNames.contains(where: metric.hasSuffix) else { return nil }
    return QualitativeGoalPatterns.make(metric, direction: .keep, clause: clause, context: context)
  }

  /// `X下降完成省下达目标任务`: X moved as its verb says, by as much as the upper level sets.
  static func setAbove(_ clause: Substring, context: SentenceContext) -> GoalCandidate? {
    let text = PlanTextCharacters.trimmed(clause)[...]
    guard let done = text.textRange(of: "完成") else { return nil }
    var set = text[done.upperBound...]
    guard let setter = setters.first(where: set.hasPrefix) else { return nil }
    set = set.dropFirst(setter.count)
    guard set.hasPrefix("下达") else { return nil }
    set = set.dropFirst(2)
    if set.hasPrefix("的") { set = set.dropFirst() }
    guard setGoals.contains(String(set)) else { return nil }
    var moved = Substring(PlanTextCharacters.trimmed(text[..<done.lowerBound]))
    // `能耗下降幅度完成…`: how far it moves.
    let extent = extentWords.first(where: moved.hasSuffix) ?? ""
    moved = moved.dropLast(extent.count)
    guard let (verb, direction) = moves.first(where: { moved.hasSuffix($0.0) }) else { return nil }
    // The metric keeps its verb (`…能耗下降`), as a goal of how far it moves is named.
    let metric = MetricText.clean(moved.dropLast(verb.count)) + verb + extent
    // `能耗和二氧化碳排放降低完成…`: two things at once are left as they are.
    guard metric.count >= 4 + verb.count, !metric.contains(where: { "和、及与".contains($0) })
    else { return nil }
    return QualitativeGoalPatterns.make(
      metric, direction: direction, clause: clause, context: context)
  }

}
