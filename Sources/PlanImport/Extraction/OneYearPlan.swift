/// A one-year work plan — `X市2026年工业和信息化工作要点`, `…2026年度工作计划`,
/// `2026年…重点工作`, a government's `2026年…政府工作报告` (its year's 工作安排) — sets every figure of its tasks for the one year its title names, whether
/// or not the task says `全年`: a sentence naming no year of its own takes the title's. So does
/// the scheme of a year-long campaign the title names by its year (`2027年“项目建设攻坚年”行动方案`,
/// `2026年“营商环境提升年”活动实施方案`: a quoted name ending in 年).
enum OneYearPlan {
  /// Words of a title that make it a plan for one year's work.
  static let workWords = [
    "工作要点", "要点", "工作计划", "年度计划", "工作方案", "重点工作", "工作任务", "工作报告",
  ]
  /// Words that make the title's plan run over several years whatever it is called.
  static let severalYears = ["三年", "五年", "两年", "十年", "规划", "纲要", "远景"]

  /// The year of a one-year plan whose title names exactly one year, not a span, followed
  /// (at once or later) by a word of a year's work (`2026年度`, `2026年…工作要点`).
  static func year(ofTitle title: String?) -> Int? {
    guard let title else { return nil }
    let years = NumberUnitParser.years(in: title[...])
    guard years.count == 1, let only = years.first, only.role != .span,
      !severalYears.contains(where: title.contains)
    else { return nil }
    var rest = title[only.range.upperBound...]
    if rest.hasPrefix("年") { rest = rest.dropFirst() }
    guard rest.hasPrefix("度") || workWords.contains(where: rest.contains) || namesCampaignYear(rest)
    else { return nil }
    return only.year
  }

  /// `“招商引资攻坚年”行动方案`: a campaign named as a year (`…年”`) and its scheme.
  static func namesCampaignYear(_ rest: Substring) -> Bool {
    (rest.contains("年”") || rest.contains("年\""))
      && ["方案", "计划", "安排"].contains(where: rest.contains)
  }
}
