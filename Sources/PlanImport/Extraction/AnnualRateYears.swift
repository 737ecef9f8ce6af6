import PlanModel

/// An annual rate standing with no year of its own (`技术合同成交额年均增长15%`, `工业投资年均增长10%以上`
/// in a task's paragraph): a rate kept over the plan's years, due the plan's last year (the
/// horizon's end, from the title's span or the text's years), with a mark saying so. Not a
/// figure whose own clause says `每年` (a yearly figure), not a sentence of the starting
/// situation (`“十四五”期间年均增长10.8%`), not a yearly count (`年均实施…项目40个`: each year's); an
/// earlier clause's `每年` (`每年实施技改项目15个,技改投资
/// 年均增长15%`) makes no rate yearly.
enum AnnualRateYears {
  /// Words of a rate already run (`近年来工业投资保持年均增长10%`, `“十四五”期间年均增长10.8%`): no
  /// goal of the plan's years, wherever it stands.
  static let pastWords = ["近年来", "以来", "目前", "同比", "期间", "近三年", "近五年", "过去"]

  /// True when a goal whose clause reads `before` before its figure is an annual rate with no
  /// year of its own or borrowed.
  static func isUndatedRate(before: Substring, context: SentenceContext) -> Bool {
    context.year == nil && context.yearMark == .noYear && !before.contains("每年")
      && !context.isStartingSituation && !pastWords.contains(where: { before.contains($0) })
      && SpanReach.averageRates.contains(where: { before.contains($0) })
  }

  /// The candidate due the horizon's last year when it is an undated annual rate.
  static func dated(_ candidate: GoalCandidate, horizon: Horizon) -> GoalCandidate {
    guard candidate.undatedRate, candidate.goal.target != nil, candidate.goal.target?.year == nil
    else { return candidate }
    var candidate = candidate
    candidate.goal.target?.year = horizon.end
    candidate.review = candidate.review.filter { $0 != .noYear } + [.yearOfAnnualRate]
    return candidate
  }
}
