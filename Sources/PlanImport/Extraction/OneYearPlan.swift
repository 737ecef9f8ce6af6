/// A one-year work plan — `X市2026年工业和信息化工作要点`, `…2026年度工作计划`,
/// `2026年…重点工作`, a government's `2026年…政府工作报告` (its year's 工作安排) — sets every figure of its tasks for the one year its title names, whether
/// or not the task says `全年`: a sentence naming no year of its own takes the title's. So does
/// the scheme of a year-long campaign the title names by its year (`2027年“项目建设攻坚年”行动方案`,
/// `2026年“营商环境提升年”活动实施方案`: a quoted name ending in 年), and a report on a stretch of
/// the year (`关于2027年上半年全市工业经济运行情况的通报`), whose work to come is the year's.
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
    // `关于2027年上半年…运行情况的通报`: a report on a stretch of the year, its work to come the year's.
    guard
      rest.hasPrefix("度") || workWords.contains(where: rest.contains) || namesCampaignYear(rest)
        || yearStretches.contains(where: rest.hasPrefix)
    else { return nil }
    return only.year
  }

  /// True for a report on a stretch of the year its title names (`关于2027年上半年…运行情况的通报`):
  /// its review reports that year, whatever year a sentence names.
  static func reportsStretch(ofTitle title: String?) -> Bool {
    guard let title, let year = year(ofTitle: title),
      let written = NumberUnitParser.years(in: title[...]).first(where: { $0.year == year })
    else { return false }
    var rest = title[written.range.upperBound...]
    if rest.hasPrefix("年") { rest = rest.dropFirst() }
    return yearStretches.contains(where: rest.hasPrefix)
      && reportWords.contains(where: rest.contains)
  }

  /// Words of a report's title (`…运行情况的通报`), not a work plan's.
  static let reportWords = ["通报", "情况", "分析", "报告"]

  /// `“招商引资攻坚年”行动方案`: a campaign named as a year (`…年”`) and its scheme.
  static func namesCampaignYear(_ rest: Substring) -> Bool {
    (rest.contains("年”") || rest.contains("年\""))
      && ["方案", "计划", "安排"].contains(where: rest.contains)
  }

  /// Words and marks of a year's own stretches (`全年新开工…`, `一季度…`, `6月底前…`).
  static let yearStretches = ["全年", "一季度", "二季度", "三季度", "上半年", "前三季度", "年底前", "年内"]

  /// The year of a plan for the year it is issued in whose title names no year (`X市推动工业
  /// 经济稳增长若干措施`, issued `2026年2月9日`): its body sets its figures by the year's own
  /// stretches (`全年` `一季度` `上半年` `6月底前`, in three paragraphs or more) and names no
  /// later year.
  static func year(undatedTitle title: String?, body: [String], issued: Int?) -> Int? {
    guard let title, let issued, NumberUnitParser.years(in: title[...]).isEmpty,
      !severalYears.contains(where: title.contains)
    else { return nil }
    let stretches = body.filter { paragraph in
      yearStretches.contains(where: paragraph.contains)
        || paragraph.range(of: #"\d{1,2}月底前"#, options: .regularExpression) != nil
    }
    guard stretches.count >= 3 else { return nil }
    let later = body.contains { paragraph in
      NumberUnitParser.years(in: paragraph[...]).contains { $0.year > issued }
    }
    return later ? nil : issued
  }
}
