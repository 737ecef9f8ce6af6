/// A goals part opened by the plan's span instead of a year: `经过五年努力,…主要目标是:`,
/// `通过三年努力,…`, `再用五年时间,…`, `到“十五五”末,…`, `“十五五”时期,主要目标是:` — the
/// goals after it (the `——` lines) are due the plan's last year (filing convention B).
/// Gates: the span is the plan's own (its length the plan's, or the five-year period the plan
/// runs in), and it stands alone in the sentence's first clause — an effort word after the
/// years (`努力`, `奋斗`), an end word after the period (`末`), or the period alone followed by the
/// goals (`主要目标`) or, in the goals part, by more clauses (`“十五五”期间,A…;B…`: every goal
/// of the paragraph); `“十五五”时期是…关键时期` or `三年新建…` (a total) are none.
enum GoalSpanOpenings {
  /// Words that may stand before the span: the effort it takes, or when things are due.
  static let openers = ["再经过", "再通过", "再用", "经过", "通过", "用", "历经"]
  /// What the effort is called after the years: `经过五年努力`, `通过三年的不懈奋斗`.
  static let efforts = ["努力", "奋斗", "攻坚", "建设", "时间", "左右时间"]
  /// Words that may stand before the effort word.
  static let effortModifiers = ["的", "左右", "不懈", "持续", "接续", "艰苦"]
  /// Words before a five-year period that make it a year things are due: `到“十五五”末`.
  static let dueWords = ["到", "至", "在"]
  /// Words after the period's name that make it its last year.
  static let endWords = ["末期", "期末", "时期末", "末"]
  /// Words after the period's name that make it the time the goals run over, when the
  /// sentence goes on to the goals.
  static let periodWords = ["时期", "期间"]
  /// Words that show a sentence goes on to the goals.
  static let goalWords = ["目标", "主要目标", "发展目标"]

  /// The year the goals after the sentence are due, when its first clause is the plan's span.
  /// `inGoals`: the sentence stands in the goals part, where the period alone opening a
  /// sentence that goes on (`“十五五”期间,A…,B…;C…`) states the goals of the period.
  static func year(opening sentence: Substring, period: PlanPeriod?, inGoals: Bool = false)
    -> Int?
  {
    guard let period, let first = SentenceSegmenter.clauses(of: sentence).first else { return nil }
    let clause = first.drop(while: { $0 == " " || $0 == "\u{3000}" })
    return effortSpanYear(clause, period: period)
      ?? periodEndYear(clause, period: period)
      ?? periodSpanYear(clause, in: sentence, period: period, inGoals: inGoals)
  }

  /// True when the sentence opens with the period alone in its first clause and goes on in the
  /// goals part (`“十五五”期间,…能耗累计下降14%左右`): its own goals are due the period's end too.
  static func opensPeriodGoals(_ sentence: Substring, period: PlanPeriod?, inGoals: Bool) -> Bool {
    let clauses = SentenceSegmenter.clauses(of: sentence)
    guard inGoals, let period, clauses.count > 1 else { return false }
    let clause = clauses[0].drop(while: { $0 == " " || $0 == "\u{3000}" })
    guard let (_, rest) = currentPeriod(clause, period: period) else { return false }
    return periodWords.contains(String(rest))
  }

  /// True when the clause names a five-year period's last year as when things are due
  /// (`到“十五五”末`): the sentence itself is due then, not only the goals after it.
  static func namesDueEnd(_ sentence: Substring, period: PlanPeriod?) -> Bool {
    guard let period, let first = SentenceSegmenter.clauses(of: sentence).first else {
      return false
    }
    return periodEndYear(first.drop(while: { $0 == " " || $0 == "\u{3000}" }), period: period)
      != nil
  }

  /// `经过五年努力`, `通过三年的不懈奋斗`, `再用五年时间`: the clause is the years and an effort.
  private static func effortSpanYear(_ clause: Substring, period: PlanPeriod) -> Int? {
    guard let opener = openers.first(where: clause.hasPrefix) else { return nil }
    var text = clause.dropFirst(opener.count)
    // `五年` or `5年`.
    let chinese = text.prefix(while: ChineseNumber.isNumeral)
    let numerals =
      chinese.isEmpty ? text.prefix(while: \.isASCII).prefix(while: \.isNumber) : chinese
    guard let years = ChineseNumber.value(numerals) ?? Int(numerals), years >= 2, years <= 10
    else { return nil }
    text = text[numerals.endIndex...]
    guard text.hasPrefix("年") else { return nil }
    text = text.dropFirst()
    while let modifier = effortModifiers.first(where: text.hasPrefix) {
      text = text.dropFirst(modifier.count)
    }
    guard efforts.contains(String(text)) else { return nil }
    return period.end(ofYears: years)
  }

  /// `到“十五五”末`, `至“十五五”期末`: a due word, the period the plan runs in, its end.
  private static func periodEndYear(_ clause: Substring, period: PlanPeriod) -> Int? {
    guard let due = dueWords.first(where: clause.hasPrefix),
      let (end, rest) = currentPeriod(clause.dropFirst(due.count), period: period),
      endWords.contains(String(rest))
    else { return nil }
    return end
  }

  /// `“十五五”时期,主要目标是:`: the period the plan runs in alone in the first clause, the
  /// sentence going on to the goals.
  private static func periodSpanYear(
    _ clause: Substring, in sentence: Substring, period: PlanPeriod, inGoals: Bool
  ) -> Int? {
    guard let (end, rest) = currentPeriod(clause, period: period),
      periodWords.contains(String(rest)),
      goalWords.contains(where: sentence.contains)
        || (inGoals && statesFiguresLater(sentence))
    else { return nil }
    return end
  }

  /// True when a clause after the opening one holds a figure (`…,能耗累计下降14%左右`), not a
  /// sentence about the period (`“十五五”时期,是…的关键时期`).
  static func statesFiguresLater(_ sentence: Substring) -> Bool {
    SentenceSegmenter.clauses(of: sentence).dropFirst().contains { clause in
      clause.contains(where: PlanTextCharacters.isDigit)
    }
  }

  /// The five-year period the text opens with, when the plan runs in it (its start inside the
  /// period), and the text after its name.
  private static func currentPeriod(_ text: Substring, period: PlanPeriod) -> (Int, Substring)? {
    var text = text
    if text.first == "“" || text.first == "\"" { text = text.dropFirst() }
    guard
      let (name, end) = FiveYearPeriods.periods.first(where: { text.hasPrefix($0.name) }),
      period.start > end - 5, period.start <= end
    else { return nil }
    text = text.dropFirst(name.count)
    if text.first == "”" || text.first == "\"" { text = text.dropFirst() }
    return (end, text)
  }
}
