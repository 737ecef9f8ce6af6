/// A chapter reporting the work already done — a reply to a proposal or a letter's
/// `二、前期开展的主要工作`, `一、已开展的工作`, `我局所做的工作`, `一、工作开展情况` — is report, not
/// plan: its run-in items (`(二)推进技改升级。…近三年累计兑现技改奖补资金4600万元…`) are no measures
/// and its figures are starting figures, not goals. The plan stands in the chapter that looks
/// ahead (`三、下一步工作打算`), whose goals stay goals. Not a task about a project's preparatory
/// work (`加快项目前期工作`, `做好前期工作`): `前期` reports only opening the title or with a verb
/// of having done (`前期开展`, `前期已`).
enum PastWorkSections {
  /// Words that say the work named is done: opening the title, or anywhere in it.
  static let pastOpenings = ["前期", "近年来", "已", "我局已", "我们已"]
  static let pastWords = ["前期开展", "前期已", "已开展", "已经开展", "已做", "已经做", "所做", "已采取", "已经采取"]
  /// What a chapter of work done names: the work, the steps, what came of it.
  static let workWords = ["工作", "举措", "措施", "成效", "情况"]
  /// A heading ending so reports how the work went (`一、工作开展情况`).
  static let reportEnds = ["开展情况", "工作情况", "办理情况"]
  /// Words of a chapter looking ahead: no report of work done.
  static let aheadWords = ["下一步", "今后", "拟", "计划", "打算", "将", "思路", "安排"]

  /// True for the title of a chapter reporting work done (`前期开展的主要工作`).
  static func isPastWork(_ title: String) -> Bool {
    let title = PlanTextCharacters.trimmed(title).filter { !"。:".contains($0) }
    guard !aheadWords.contains(where: title.contains) else { return false }
    if reportEnds.contains(where: title.hasSuffix) { return true }
    let past =
      pastOpenings.contains(where: title.hasPrefix) || pastWords.contains(where: title.contains)
    return past && workWords.contains(where: title.contains)
  }
}
