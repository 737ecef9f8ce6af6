/// A goal of the text stated without a year takes the year of an indicators' table row of its
/// figure that names what it names — the shorter name's characters in order within the other
/// (`园区工业用地亩均税收达到18万元` for the row `园区亩均税收 万元/亩 11.6 18`, `单位工业增加值能耗五年
/// 累计下降14%` for `单位工业增加值能耗累计下降 % — [14]`), and then restates it. A goal of the same
/// figure that names another row of the table is no restatement of this one: `规上工业总产值…年均
/// 增长12%以上` does not restate the row `工业投资年均增速 % — 12`.
enum RestatedRows {
  /// True when the two metrics name the same thing as far as a restated row goes: the shorter
  /// name's characters (four or more; a shorter name whole) stand in order in the longer
  /// (`园区亩均税收` in `园区工业用地亩均税收`), a
  /// closing span of years (`单位工业增加值能耗五年`) left out. `工业投资增速` and `工业投资年均增长`
  /// are two things.
  static func sameName(_ text: String, _ row: String) -> Bool {
    let text = withoutSpan(text)
    let (short, long) = text.count <= row.count ? (text, row) : (row, text)
    guard short.count >= 2 else { return false }
    // A name of two or three characters names the same thing only whole (`产值` is in order in
    // any `…产…值…`): the shorter must stand in the longer as one run.
    guard short.count >= 4 else { return long.contains(short) }
    var rest = long[...]
    for character in short {
      guard let at = rest.firstIndex(of: character) else { return false }
      rest = rest[rest.index(after: at)...]
    }
    return true
  }

  /// The metric without a span of years closing it (`…能耗五年` → `…能耗`).
  static func withoutSpan(_ metric: String) -> String {
    guard metric.hasSuffix("年"), metric.count > 3 else { return metric }
    let numeral = metric.dropLast().last
    guard let numeral, ChineseNumber.isNumeral(numeral) else { return metric }
    return String(metric.dropLast(2))
  }

  /// True when the text's goal restates the row's goal: the same figure, unless the text's goal
  /// names another row of the table and not this one (`规上工业总产值…年均增长12%以上` beside the
  /// rows `规上工业总产值 亿元 386 700` and `工业投资年均增速 % — 12`).
  static func restates(_ text: GoalCandidate, row: GoalCandidate, rows: [GoalCandidate]) -> Bool {
    guard text.goal.sameFigure(as: row.goal) else { return false }
    if names(text.metric, row.metric) { return true }
    return !rows.contains { other in
      other.metric != row.metric && names(text.metric, other.metric)
    }
  }

  /// A looser likeness of names: one inside the other, a run of four characters shared, or the
  /// same name as `sameName` reads it.
  static func names(_ text: String, _ row: String) -> Bool {
    text.contains(row) || row.contains(text) || BaselinePatterns.sharesName(text, row)
      || sameName(text, row)
  }
}
