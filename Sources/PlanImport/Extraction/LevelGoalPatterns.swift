import PlanModel

/// Goals of reaching a level, stated without a number, in the goals part or with their own due
/// year: `重点行业能效基本达到国内先进水平` (a comparator: the level is what it is compared with)
/// and `确保工业领域二氧化碳排放在2030年前达峰` (a peak: the amount stops rising by that year); and a
/// class of output to climb to (`X产业迈上千亿级台阶`: 1000亿元).
enum LevelGoalPatterns {
  /// Levels a `达到` compares with.
  static let levelEnds = ["先进水平", "领先水平"]
  /// Words between a metric and its verb that soften it (`基本达到`).
  static let softeners = ["基本", "总体", "整体", "全面", "率先"]
  static let longestLevel = 12

  static func goals(in clause: Substring, context: SentenceContext) -> [GoalCandidate] {
    guard context.inGoals || context.yearIsOwn else { return [] }
    return [
      reached(clause, context: context), peak(clause, context: context),
      step(clause, context: context),
    ]
    .compactMap { $0 }
  }

  /// Verbs of climbing to a class of output.
  static let climbs = ["迈上", "跨上", "站上", "登上"]
  static let classes: [(String, Double)] = [("万亿级", 10000), ("千亿级", 1000), ("百亿级", 100)]

  /// `X产业迈上千亿级台阶`: X reaching that class, in 亿元.
  static func step(_ clause: Substring, context: SentenceContext) -> GoalCandidate? {
    let text = Substring(PlanTextCharacters.trimmed(clause))
    guard text.hasSuffix("台阶"),
      let verb = climbs.compactMap({ text.textRange(of: $0) }).first,
      let (word, value) = classes.first(where: { text[verb.upperBound...].hasPrefix($0.0) }),
      text[verb.upperBound...].dropFirst(word.count) == "台阶"
    else { return nil }
    let metric = metricName(text[..<verb.lowerBound])
    guard metric.count >= 2 else { return nil }
    let goal = Goal(
      kind: .absolute, direction: .up, unit: "亿元", target: Figure(value: value, year: context.year))
    return GoalCandidate(
      metric: metric, goal: goal, sourceText: String(clause),
      review: context.yearMark.map { [$0] } ?? [])
  }

  /// `X基本达到国内先进水平`: X compared with that level.
  static func reached(_ clause: Substring, context: SentenceContext) -> GoalCandidate? {
    let text = Substring(PlanTextCharacters.trimmed(clause))
    guard let verb = text.textRange(of: "达到", backwards: true),
      let level = levelEnds.first(where: text.hasSuffix)
    else { return nil }
    let comparator = String(text[verb.upperBound...])
    guard comparator.count > level.count, comparator.count <= longestLevel else { return nil }
    let metric = metricName(text[..<verb.lowerBound])
    guard metric.count >= 2 else { return nil }
    let goal = Goal(
      kind: .comparator, direction: .up, target: Figure(year: context.year), comparator: comparator)
    return GoalCandidate(
      metric: metric, goal: goal, sourceText: String(clause),
      review: context.yearMark.map { [$0] } ?? [])
  }

  /// How a peak reached is written: `达峰`, `达到峰值`, `实现峰值`.
  static let peakWords = ["达到峰值", "实现峰值", "达峰"]

  /// `X在2030年前达峰`, `X率先达峰`, `X在2030年前达到峰值`: X's peak, by the clause's own year or
  /// the sentence's.
  static func peak(_ clause: Substring, context: SentenceContext) -> GoalCandidate? {
    let text = Substring(PlanTextCharacters.trimmed(clause))
    guard let word = peakWords.first(where: text.hasSuffix) else { return nil }
    var head = text.dropLast(word.count)
    let own = NumberUnitParser.years(in: head).last
    if let own, let at = head.textRange(of: "在", backwards: true),
      at.upperBound <= own.range.lowerBound
    {
      head = head[..<at.lowerBound]
    } else if let own {
      head = head[..<own.range.lowerBound]
    }
    let metric = metricName(head)
    // What peaks is an amount emitted (`二氧化碳排放`, `碳排放`), not a plan (`研究制定碳达峰`).
    guard metric.count >= 4, metric.hasSuffix("排放") || metric.hasSuffix("排放量") else { return nil }
    let goal = Goal(
      kind: .absolute, direction: .down, target: Figure(year: own?.year ?? context.year))
    return GoalCandidate(
      metric: metric + word, goal: goal, sourceText: String(clause),
      review: context.yearMark.map { [$0] } ?? [])
  }

  private static func metricName(_ words: Substring) -> String {
    var metric = MetricText.clean(words)
    while let softener = softeners.first(where: { metric.hasSuffix($0) && metric.count > $0.count })
    {
      metric.removeLast(softener.count)
    }
    return metric
  }
}
