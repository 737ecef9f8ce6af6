/// The parts of a report on how a plan is carried out (a 实施情况 or 中期评估 report, a 工作总结):
/// `一、《纲要》实施总体情况`, `二、主要指标完成情况`, `(三)重点任务进展情况`, a 通报's `一、总体运行情况` report what was done,
/// `三、存在的主要问题`, `问题和不足` what was not. Neither is work to do: their run-in sections
/// (`(一)工业规模稳步扩大。2023年全市工业增加值达到1512亿元…`) and their `一是…` are no measures, and
/// their figures no goals — they tell where things stand. The goals such a report restates
/// (a table's `2025年目标` column, `下一步` tasks) stand elsewhere.
enum ReviewSections {
  /// How a heading reporting what was done ends.
  static let reportEnds = [
    "实施情况", "总体情况", "完成情况", "进展情况", "执行情况", "推进情况", "落实情况", "运行情况",
  ]
  /// Words of a heading reporting what falls short.
  static let shortfallWords = ["存在的主要问题", "存在的问题", "主要问题", "问题和不足", "困难和问题", "不足和问题"]

  /// True for a heading of a report's review (`主要指标完成情况`, `存在的主要问题`).
  static func isReview(_ title: String) -> Bool {
    let title = PlanTextCharacters.trimmed(title).filter { !"。:".contains($0) }
    return reportEnds.contains(where: title.hasSuffix)
      || shortfallWords.contains(where: title.hasSuffix) || PastWorkSections.isPastWork(title)
  }
}
