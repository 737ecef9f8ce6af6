/// A count a ladder's own paragraph does not give counts one of its steps only as the level the
/// plan sets for the tier (convention E: `规模以上工业企业突破160家` in the goals for the step
/// `规模以上企业`; a range too, `实现3—5个`), or as the plan's whole total of new ones
/// (`累计新增国家级专精特新“小巨人”企业5家`). New ones of no such total, yearly and per-unit figures
/// stated elsewhere (`新增产业链上下游规上工业企业60家` in the goals, `每条产业链遴选1—2家…作为链主企业`
/// in another task) are that paragraph's own goals or outputs, and the step they name stays
/// uncounted. Where the ladder is built any count of its step is the step's (`实施“小升规、规升亿、
/// 亿升十亿”…。全年新增规上工业企业35家以上、亿元企业15家…`), and an upgrade (`小升规`) counts the
/// enterprises making it, new ones wherever they are counted (`UpgradeLinkCounts`).
enum ElsewhereStepCounts {
  static func counts(
    _ placed: TextReading.PlacedGoal, step: String, ladderParagraphs: Set<Int>
  ) -> Bool {
    let candidate = placed.candidate
    if ladderParagraphs.contains(placed.paragraph)
      || LadderLinkLists.isLink(RestatedChains.plain(step))
    {
      return true
    }
    guard !candidate.goal.perYear, !isPerUnit(candidate.sourceText) else { return false }
    let isNew =
      GoalFiling.incrementWords.contains(where: candidate.metric.hasPrefix)
      || IncrementCounts.isIncrement(candidate)
    return !isNew || candidate.goal.qualifiers.contains("累计")
  }

  /// A count where the ladder is built restating one stated elsewhere that counts no step
  /// (`新增规上工业企业35家以上` in the goals, then `全年新增规上工业企业35家以上、亿元企业15家…` under
  /// `“小升规、规升亿、亿升十亿”`): the step's count, not dropped as a restatement — the goal stays
  /// a target. A level stated elsewhere is the step's already, and its restatement is dropped.
  static func countsAgain(
    _ placed: TextReading.PlacedGoal, restating earlier: TextReading.PlacedGoal,
    steps: [String], ladderParagraphs: Set<Int>
  ) -> Bool {
    guard placed.candidate.isCount, ladderParagraphs.contains(placed.paragraph),
      let step = GoalFiling.step(for: placed.candidate.metric, among: steps),
      GoalFiling.step(for: earlier.candidate.metric, among: steps) == step
    else { return false }
    return !counts(earlier, step: step, ladderParagraphs: ladderParagraphs)
  }

  /// Words that count for each of a set (`每条产业链…1家`, `每个园区…`): no level of the tier.
  static let perUnitWords = ["每条", "每个", "每家", "每类", "每户", "每一条", "每一个"]

  static func isPerUnit(_ text: String) -> Bool {
    perUnitWords.contains(where: text.contains)
  }
}
