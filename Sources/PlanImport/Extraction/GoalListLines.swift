/// The `——` lines a goals lead line opens (`主要目标:`, `到2029年,实现以下发展目标:`), wherever
/// it stands — under `总体要求` as much as under a heading of its own: the lines are one list of
/// the plan's goals, so a line naming no year takes the year an earlier line of the list set
/// (`——绿色发展取得新成效。单位工业增加值能耗…下降12%` after `——经济总量实现新跨越。到2029年,…`).
enum GoalListLines {
  /// Words a lead line names its goals by.
  static let goalWords = ["目标", "预期"]

  /// Marks that open a line of a list.
  static let listMarks: Set<Character> = ["—", "-", "–", "●", "·", "•", "▪"]

  /// True when paragraph `index` is a line of a list, and the lines before it back to the first
  /// that is none are list lines under a lead line naming goals and closed by `:` — or is that
  /// lead line, a list line after it.
  static func inGoalList(_ index: Int, in paragraphs: [String]) -> Bool {
    // The lead line itself (`到2028年,实现以下目标:`) sets the year its lines take.
    if isGoalLead(paragraphs[index]), index + 1 < paragraphs.count,
      isListLine(paragraphs[index + 1])
    {
      return true
    }
    guard isListLine(paragraphs[index]) else { return false }
    var lead = index - 1
    while lead >= 0, isListLine(paragraphs[lead]) { lead -= 1 }
    guard lead >= 0 else { return false }
    return isGoalLead(paragraphs[lead])
  }

  /// A line naming goals only to lead to the means (`为实现上述目标,重点实施以下举措:`).
  static let leadsToMeans = ["上述", "为实现", "围绕", "为确保", "举措", "措施", "任务"]

  /// `主要目标:`, `发展目标如下:`, `到2029年,实现以下目标:` — a short line closed by `:` that
  /// names goals.
  static func isGoalLead(_ paragraph: String) -> Bool {
    let text = PlanTextCharacters.trimmed(paragraph)
    guard text.hasSuffix(":") || text.hasSuffix("："), text.count <= 40 else { return false }
    return goalWords.contains(where: text.contains) && !leadsToMeans.contains(where: text.contains)
  }

  static func isListLine(_ paragraph: String) -> Bool {
    PlanTextCharacters.trimmed(paragraph).first.map(listMarks.contains) ?? false
  }
}
