/// A line of an indicators' box or list that names its indicator as a label before a colon and
/// gives the figures after it — `3.规模以上工业企业:由288家增加到500家`, `工业园区亩均税收:由13.8万元/亩
/// 提高到25万元/亩`, `研发经费支出占营业收入比重:2.2%`, `规模以上工业总产值:2025年为612亿元,…`: the
/// label, whole, is the metric of the figures after it that name none (no cue word cuts it:
/// `增加值`, `比重` are part of the name), goals and starting figures alike.
/// Gates: the label is the clause right before the figure's clause, a colon closes it, it holds
/// no figure (a box line's number aside) and no sentence mark, it is a name's length (2 to 30
/// characters), and it is no heading of goals (`发展目标:…`, `主要任务:…`).
enum LabelledGoalLines {
  /// The longest label read as a name.
  static let longestLabel = 30
  /// Labels that head goals or tasks rather than name an indicator (`发展目标:…`).
  static let headingEnds = [
    "目标", "任务", "要求", "重点", "举措", "措施", "思路", "定位", "方向", "指标", "阶段", "近期", "远期",
  ]
  /// Marks that end the clause before a label.
  private static let clauseMarks: Set<Character> = [
    ",", "，", "。", ";", "；", ":", "：", "!", "?", "\n",
  ]

  /// The label the last of the `earlier` clauses gives, when it is one.
  static func label(closing earlier: ArraySlice<Substring>) -> String? {
    guard let last = earlier.last, last.endIndex < last.base.endIndex,
      ":：".contains(last.base[last.endIndex])
    else { return nil }
    return name(last)
  }

  /// The label standing right before `clause` (its colon the last mark before it), when it is one.
  static func label(before clause: Substring) -> String? {
    let base = clause.base
    var end = clause.startIndex
    while end > base.startIndex, base[base.index(before: end)] == " " {
      end = base.index(before: end)
    }
    guard end > base.startIndex else { return nil }
    let colon = base.index(before: end)
    guard ":：".contains(base[colon]) else { return nil }
    let start =
      base[..<colon].lastIndex(where: clauseMarks.contains).map { base.index(after: $0) }
      ?? base.startIndex
    return name(base[start..<colon])
  }

  /// True for words before a figure that name nothing after a label: words of two characters
  /// or fewer that are no measure of their own (`稳定`, `达到`: `稳定在90%以上`; not `产值`,
  /// `税收`: `规上工业:产值达到500亿元` names the output), or an increment word alone
  /// (`新培育40家`).
  static func namesNothing(_ metric: String) -> Bool {
    (metric.count <= 2 && !measureNouns.contains(metric))
      || IncrementStarts.incrementWords.contains(metric)
  }

  /// Nouns of two characters that name a measure by themselves.
  static let measureNouns: Set<String> = [
    "产值", "营收", "税收", "能耗", "产量", "利润", "投资", "出口", "规模", "总量", "收入", "比重", "增速",
    "增量", "产能", "电耗", "水耗", "销售", "销量", "效益", "排放",
  ]

  /// The label read with an increment word the figures' words open with (`规上工业企业:新增30家`
  /// → `新增规上工业企业`: new ones, not the level).
  static func counted(_ label: String, by words: Substring) -> String {
    let text = PlanTextCharacters.trimmed(words)
    guard let word = IncrementStarts.incrementWords.first(where: text.hasPrefix),
      !label.hasPrefix(word)
    else { return label }
    return word + label
  }

  /// The metric of a starting figure opening its clause with no name of its own (`2025年为
  /// 612亿元` after `规模以上工业总产值:`): the label; else `metric` as read.
  static func startingMetric(_ metric: String, clause: Substring, from start: String.Index)
    -> String
  {
    guard metric.count < 2 || StartingFigureRules.verbOnly.contains(metric),
      start == clause.startIndex, let label = label(before: clause)
    else { return metric }
    return label
  }

  /// The label's name, when the words are one.
  private static func name(_ words: Substring) -> String? {
    let trimmed = PlanTextCharacters.trimmed(words)
    let number = MetricText.leadingListNumber(trimmed)
    guard !trimmed.dropFirst(number?.count ?? 0).contains(where: PlanTextCharacters.isDigit)
    else { return nil }
    // The label as printed, its list number aside (`累计引进X企业` keeps its verb: it is the name).
    let name = String(trimmed.dropFirst(number?.count ?? 0))
    guard name.count >= 2, name.count <= longestLabel,
      !name.contains(where: { "。;；“”".contains($0) }),
      !headingEnds.contains(where: name.hasSuffix)
    else { return nil }
    return name
  }
}
