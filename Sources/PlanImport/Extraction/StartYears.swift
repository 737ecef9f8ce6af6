/// The year something began — `共建园于2022年启动建设`, `园区2019年获批省级开发区`, `始建于
/// 2015年` — dates that start, not the figures reported around it: a paragraph opening with
/// it (`…于2022年启动建设,…。截至2025年底,…;全年完成工业投资24.5亿元`) reports on the later
/// year it names, not on the year of the start.
enum StartYears {
  /// Verbs of a beginning written right after a year (`2022年启动建设`, `2019年3月获批`).
  static let startVerbs = [
    "启动", "开工", "成立", "设立", "组建", "创建", "创立", "筹建", "开建", "建成", "获批", "批准",
    "挂牌", "揭牌", "开园", "建立", "投用", "投入使用", "落户", "升级为",
  ]
  /// Words before a year that make it the one a thing began in (`始建于2015年`).
  static let startLeads = ["始建于", "成立于", "设立于", "创建于", "组建于", "建于"]

  /// True when the year dates a beginning: a verb of starting right after it (past a month and
  /// day), or a lead of starting right before it, in a clause counting nothing after it
  /// (`2024年建成国家级绿色工厂5家` reports what 2024 added: its year is the figure's).
  static func isStart(_ year: YearReading, in text: Substring) -> Bool {
    let clauseRest = text[year.range.upperBound...].prefix {
      !PlanTextCharacters.sentenceEnds.contains($0) && !",;，；".contains($0)
    }
    guard !clauseRest.contains(where: PlanTextCharacters.isDigit) else { return false }
    let before = text[..<year.range.lowerBound]
    if startLeads.contains(where: before.hasSuffix) { return true }
    var rest = text[year.range.upperBound...]
    if rest.hasPrefix("年") { rest = rest.dropFirst() }
    for mark in ["月", "日"] {
      let digits = rest.prefix(while: PlanTextCharacters.isDigit)
      if !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix(mark) {
        rest = rest.dropFirst(digits.count + 1)
      }
    }
    if rest.hasPrefix("正式") { rest = rest.dropFirst(2) }
    return startVerbs.contains(where: rest.hasPrefix) || ApprovedStartYears.opensApproval(rest)
  }
}
