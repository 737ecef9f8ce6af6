/// A sentence opened by `全年` and a verb of what was achieved (`全年实现规上工业总产值918亿元`,
/// `全年完成工业投资126亿元`), right after a sentence of the same paragraph reporting a past year
/// (`2026年,面对…,工业经济保持稳中有进。`): the whole of that year, reported — its figures are
/// starting figures of that year, not the goals of the plan's own year a one-year work plan's
/// `全年…` states. A sentence that looks ahead (`力争`, `确保`, `将`), names a year of its own, or
/// follows no report is read as before.
enum ReportedYearWhole {
  static let opener = "全年"
  /// Verbs of what the year achieved, right after `全年`.
  static let achievedVerbs = ["实现", "完成", "累计实现", "累计完成"]

  static func continuesReport(_ sentence: Substring) -> Bool {
    let text = PlanTextCharacters.trimmed(sentence)
    guard text.hasPrefix(opener) else { return false }
    let rest = text.dropFirst(opener.count)
    return achievedVerbs.contains(where: rest.hasPrefix)
      && !StatedAsIs.aheadWords.contains(where: text.contains)
      && NumberUnitParser.years(in: sentence).isEmpty
  }
}
