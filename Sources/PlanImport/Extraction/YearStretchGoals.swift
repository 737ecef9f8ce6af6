/// A one-year plan's goal for a stretch of its year — `时间节点:一季度实现“开门红”,规上工业增加值
/// 增长10%以上;上半年实现“双过半”,规上工业营业收入完成180亿元以上;三季度末,新增规上工业企业
/// 30家` — measures part of the year: no starting figure of a whole year (`2026年…规上工业营业收入
/// 365.2亿元`) is its baseline. Gates: the sentence opens with the stretch (past a short label
/// closed by a colon, `时间节点:`, or is itself the label, `一季度:`), a quarter or a half of the year,
/// not `全年` or `年底`. Any plan's sentence may open so; a plan of several years states no
/// stretch of one year as its goals.
enum YearStretchGoals {
  /// The stretches of a year a sentence may open with.
  static let stretches = [
    "第一季度", "第二季度", "第三季度", "一季度", "二季度", "三季度", "上半年", "前三季度", "前两季度",
    "1—3月", "1—6月", "1—9月", "1-3月", "1-6月", "1-9月",
  ]
  /// The longest label before the colon that may open such a sentence.
  static let longestLabel = 6

  /// True when the sentence opens with a stretch of the year.
  static func opensStretch(_ sentence: Substring) -> Bool {
    let text = Substring(PlanTextCharacters.trimmed(sentence))
    // The stretch may be the label itself (`一季度:规上工业增加值增长10%`).
    if stretches.contains(where: text.hasPrefix) { return true }
    guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }),
      text.distance(from: text.startIndex, to: colon) <= longestLabel
    else { return false }
    return stretches.contains(where: text[text.index(after: colon)...].hasPrefix)
  }
}
