import Foundation
import PlanModel

/// Goals the text states without a plain number: `实现零突破` (the first one: 0 → 1),
/// `工业增加值实现倍增` / `翻番` (a multiple of 2), `增速高于全省平均水平` (a comparator),
/// `稳榜前10强` (a rank).
enum SpecialGoalPatterns {
  static let zeroWords = ["零突破", "零的突破"]
  /// Words of striving before a goal's verb (`X力争实现零的突破`): no part of X.
  static let forceWords = ["力争", "争取", "确保", "努力"]
  static let doublingWords = ["倍增", "翻番", "翻一番"]
  static let comparatorVerbs = ["高于", "快于", "优于", "大于", "好于", "低于"]
  static let comparatorEnds = ["平均", "水平", "幅度", "增速"]

  static func goals(in sentence: Substring, context: SentenceContext) -> [GoalCandidate] {
    var found: [GoalCandidate] = []
    let baseYear = NumberUnitParser.years(in: sentence).first { $0.role == .base }?.year
    let force = sentence.contains("力争") || sentence.contains("争取") ? ["力争"] : []
    // `对…提高容积率的,…`: what a policy asks of those it rewards is no goal of the plan.
    let clauses = SentenceSegmenter.clauses(of: sentence)
    for (position, clause) in clauses.enumerated() where !PolicyConditions.closesCondition(clause) {
      let context = context.within(clause)
      if let zero = zeroBreakthrough(
        clause, context: context, force: force,
        label: LevelLineLadders.label(of: sentence, before: clause))
      {
        found.append(zero)
      } else if let doubling = doubling(clause, context: context, baseYear: baseYear) {
        found.append(doubling)
      } else if let halved = HalvedGoals.goal(clause, context: context, baseYear: baseYear) {
        found.append(halved)
      } else {
        found += comparators(clause, context: context)
        found += ReachedAverages.goals(
          clause, previous: position > 0 ? clauses[position - 1] : nil, context: context)
        found += ranks(clause, context: context)
        found += directionOnly(clause, context: context)
        found += LevelGoalPatterns.goals(in: clause, context: context)
        found += UnnumberedGoals.goals(in: clause, context: context)
        var clauseContext = context
        clauseContext.yearOnlyAfter = yearOnlyAfter(clause, in: sentence)
        found += QualitativeGoalPatterns.goals(in: clause, context: clauseContext)
      }
    }
    return found
  }

  /// True when every year the sentence names stands after the clause.
  static func yearOnlyAfter(_ clause: Substring, in sentence: Substring) -> Bool {
    let years = NumberUnitParser.years(in: sentence).filter { $0.role != .base }
    return !years.isEmpty && years.allSatisfy { $0.range.lowerBound >= clause.endIndex }
  }

  /// `label`: the name a line's colon closes before the clause (`X:力争实现零的突破`), the
  /// goal's when the clause's own words name nothing.
  private static func zeroBreakthrough(
    _ clause: Substring, context: SentenceContext, force: [String], label: String? = nil
  ) -> GoalCandidate? {
    guard
      let word = zeroWords.first(where: { PlanTextCharacters.unquoted(String(clause)).contains($0) }
      ),
      // The 零 of the breakthrough, not one of the name (`零碳工厂力争实现零的突破`).
      let range = clause.textRange(of: "零", backwards: true) ?? clause.textRange(of: word)
    else { return nil }
    var head = clause[..<range.lowerBound]
    for word in ["实现", "“", "\""] where head.hasSuffix(word) && head.count > word.count {
      head = head.dropLast(word.count)
    }
    for word in forceWords where head.hasSuffix(word) && head.count > word.count {
      head = head.dropLast(word.count)
    }
    // `A达到500家、B120家、C实现零的突破`: the last of a list of counts is C's, in their unit.
    let listed = listedCountUnit(before: &head)
    while let last = head.last, last == "“" || last == "\"" { head = head.dropLast() }
    var metric = MetricText.clean(head)
    if let label, metric.isEmpty || ["力争", "争取", "实现", "力争实现"].contains(metric) {
      metric = label
    }
    guard !metric.isEmpty else { return nil }
    let unit =
      listed
      ?? (["企业", "公司", "冠军", "企", "强", "上市", "工厂"].contains(where: metric.contains)
        ? context.enterpriseUnit : "个")
    var review = context.yearMark.map { [$0] } ?? []
    review.append(.zeroBreakthroughUnit(unit))
    let goal = Goal(
      kind: .count, direction: .up, unit: unit, baseline: Figure(value: 0),
      target: Figure(value: 1, year: context.year), qualifiers: force + ["零突破"])
    return GoalCandidate(metric: metric, goal: goal, sourceText: String(clause), review: review)
  }

  /// The units of counts a 零突破 may share with the list it ends.
  static let listedCountUnits = WorkedCounts.countUnits.union(["条", "台", "套"])

  /// When `head` ends a list of counts (`A达到500家、B120家、C`): cuts it to its last name and
  /// returns the unit the list's last count is in.
  private static func listedCountUnit(before head: inout Substring) -> String? {
    guard let mark = head.lastIndex(of: "、"),
      let unit = NumberUnitParser.figures(in: head[..<mark]).last?.unit,
      // `产值达到500亿元、上市企业实现零的突破`: an amount lends no unit to a first one.
      listedCountUnits.contains(unit),
      NumberUnitParser.figures(in: head[head.index(after: mark)...]).isEmpty
    else { return nil }
    head = head[head.index(after: mark)...]
    return unit
  }

  /// True when nothing but a qualifier or punctuation follows a doubling word: `实现倍增`,
  /// `翻番以上` state a goal; `倍增行动计划`, `倍增专项资金`, `倍增工程` name something — but a
  /// programme named after doubling a measured amount is that goal (`企业研发投入倍增计划`).
  static func closesGoal(_ rest: Substring, after head: Substring) -> Bool {
    let text = PlanTextCharacters.trimmed(rest)
    guard let first = text.first, PlanTextCharacters.isHan(first) else { return true }
    if text.hasPrefix("计划"), doubledAmounts.contains(where: head.hasSuffix) { return true }
    return QualifierWords.trailing.contains { text.hasPrefix($0.written) }
  }

  /// What a programme may double: a measured amount — not a size in general (`实施企业规模倍增
  /// 计划`, a campaign whose measures the text gives as other goals or a ladder).
  static let doubledAmounts =
    QualitativeGoalPatterns.measuredHeads.filter { $0 != "规模" } + ["投入", "投资", "税收", "数量"]

  private static func doubling(_ clause: Substring, context: SentenceContext, baseYear: Int?)
    -> GoalCandidate?
  {
    guard let word = doublingWords.first(where: clause.contains),
      let range = clause.textRange(of: word),
      closesGoal(clause[range.upperBound...], after: clause[..<range.lowerBound]),
      !QuotedDoubling.isNamed(range, in: clause)
    else { return nil }
    var head = clause[..<range.lowerBound]
    // `实现三个“倍增”` counts goals stated elsewhere; it is not a goal of its own.
    while let last = head.last, last == "“" { head = head.dropLast() }
    if let last = head.last, last == "个" { return nil }
    let metric = MetricText.clean(head)
    guard metric.count >= 2 else { return nil }
    let goal = Goal(
      kind: .multiple, direction: .up, unit: "倍", target: Figure(value: 2, year: context.year),
      baseYear: baseYear, qualifiers: [word == "倍增" ? "倍增" : "翻番"])
    return GoalCandidate(
      metric: metric, goal: goal, sourceText: String(clause),
      review: context.yearMark.map { [$0] } ?? [])
  }

  private static func comparators(_ clause: Substring, context: SentenceContext) -> [GoalCandidate]
  {
    guard NumberUnitParser.figures(in: clause).isEmpty,
      let verb = comparatorVerbs.first(where: clause.contains),
      let range = clause.textRange(of: verb)
    else { return [] }
    let comparator = String(clause[range.upperBound...])
    guard comparatorEnds.contains(where: comparator.contains), comparator.count <= 20 else {
      return []
    }
    // `对增速低于全市平均水平的行业实行“一业一策”`: whom a policy is for, no goal.
    if PlanTextCharacters.trimmed(clause).hasPrefix("对"), comparator.contains("的") { return [] }
    let head = MetricText.clean(clause[..<range.lowerBound])
    let names = MetricText.splitNames(head)
    return names.map { name in
      let goal = Goal(
        kind: .comparator, direction: verb == "低于" ? .down : .up,
        target: Figure(year: context.year), comparator: comparator)
      return GoalCandidate(
        metric: name, goal: goal, sourceText: String(clause),
        review: context.yearMark.map { [$0] } ?? [])
    }
  }

  /// `提高产业用地利用效率`, `降低单位产品能耗`: a land or energy measure moved one way,
  /// with no number (direction only); an industry's standing (`清洁能源装备产业集群竞争力`) is
  /// not one.
  private static func directionOnly(_ clause: Substring, context: SentenceContext)
    -> [GoalCandidate]
  {
    let moves: [(String, Direction)] = [
      ("提高", .up), ("提升", .up), ("扩大", .up), ("增加", .up), ("降低", .down), ("减少", .down),
      ("压减", .down),
    ]
    guard NumberUnitParser.figures(in: clause).isEmpty,
      let (verb, direction) = moves.first(where: { clause.contains($0.0) }),
      let range = clause.textRange(of: verb),
      // `单位工业增加值能耗…`: 增加 in 增加值 is a noun's, no verb.
      !clause[range.upperBound...].hasPrefix("值")
    else { return [] }
    let object = PlanTextCharacters.trimmed(clause[range.upperBound...])
    guard !isMeansOrPrinciple(before: clause[..<range.lowerBound], object: object),
      object.count >= 3, object.count <= 16,
      IndicatorPatterns.category(metric: object, unit: nil) != nil, !object.contains("集群"),
      // `提高工业用地节约集约利用水平`: a level of quality, work to do, not a measured indicator.
      !object.hasSuffix("水平"),
      // `降低企业用能成本`: a cost an enterprise bears, eased by support — no indicator.
      !object.hasSuffix("成本"),
      !object.contains(where: { "、,,和".contains($0) })
    else { return [] }
    let goal = Goal(kind: .absolute, direction: direction, target: Figure(year: context.year))
    return [
      GoalCandidate(
        metric: object, goal: goal, sourceText: String(clause),
        review: context.yearMark.map { [$0] } ?? [])
    ]
  }

  /// Words before the verb that make the move a means encouraged, not a goal (`鼓励企业…通过
  /// 厂房加层等方式提高容积率`).
  static let meansWords = ["鼓励", "引导", "通过"]

  /// `以提高亩均效益为核心`: the principle work is organised around; `鼓励企业…通过…等方式提高容积率`:
  /// a means encouraged — neither a goal of the plan.
  static func isMeansOrPrinciple(before: Substring, object: String) -> Bool {
    let text = PlanTextCharacters.trimmed(before)
    if text.hasPrefix("以"), object.contains("为") { return true }
    return meansWords.contains(where: text.contains)
  }

  /// `前10强` / `前10位` / `第3位` — not a group the rank picks (`对前100位企业…`).
  private static func ranks(_ clause: Substring, context: SentenceContext) -> [GoalCandidate] {
    guard let lead = clause.textRange(of: "前") else { return [] }
    let rest = clause[lead.upperBound...]
    // `前10位`, `前三位`: the places, in digits or numerals (`TopPlaces`).
    guard let number = TopPlaces.place(after: rest) else { return [] }
    let after = rest[number.end...]
    // `对产值前100位企业实行专人联系`: enterprises picked by their rank, no place to reach.
    if after.dropFirst().hasPrefix("企业") || after.dropFirst().hasPrefix("的")
      || PlanTextCharacters.trimmed(clause).hasPrefix("对")
    {
      return []
    }
    let metric = MetricText.clean(clause[..<lead.lowerBound])
    guard metric.count >= 2 else { return [] }
    let keep = GoalKindRules.keepWords.contains(where: clause.contains) || clause.contains("稳")
    // `逼近前10强`: a climb towards the place, not the place reached.
    let approach = ["逼近", "接近", "冲刺", "迈向"].contains(where: clause[..<lead.lowerBound].hasSuffix)
    let goal = Goal(
      kind: .rank, direction: keep ? .keep : .down, unit: approach ? nil : "位",
      target: approach
        ? Figure(year: context.year) : Figure(value: number.value, year: context.year),
      qualifiers: approach ? [] : ["以内"])
    return [
      GoalCandidate(
        metric: metric, goal: goal, sourceText: String(clause),
        review: context.yearMark.map { [$0] } ?? [])
    ]
  }
}
