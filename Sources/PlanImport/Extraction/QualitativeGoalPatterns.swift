import Foundation
import PlanModel

/// Goals stated without a number: in the goals part (or a sentence naming its due year), a measurable thing moved one way
/// (`全要素生产率大幅度提高`, `A、B产业规模不断壮大` — direction only) and a batch to be formed
/// (`新培育一批A和B`, `形成一批X` — more of it, no count), a place among the first
/// (`跨入全省前列`), a thing to be built and used (`X建成并投入使用`) and a title to be won by a
/// year of its own (`DesignationGoals`); anywhere, the land and
/// energy indicators a list of 指标 names (`投资强度、亩均税收、容积率等控制性指标`), land to be
/// kept (`对…工业用地予以保护`) and a coverage stated for a
/// due year (`到2025年…实现全覆盖`, `全部达到能效基准水平`, `全部实现`, `全部完成`: 100%) or with
/// no year at all (`实现重点产业链全覆盖`: 100%, no year).
enum QualitativeGoalPatterns {
  /// Words the moved thing ends with: something measured, not a quality (`实力`, `能力`).
  static let measuredHeads = [
    "生产率", "率", "规模", "比重", "占比", "总量", "产值", "收入", "增加值", "效率", "效益", "强度", "贡献度",
  ]
  static let moves: [(String, Direction)] = [
    ("提高", .up), ("提升", .up), ("壮大", .up), ("扩大", .up), ("增长", .up), ("增加", .up),
    ("下降", .down), ("降低", .down), ("减少", .down),
  ]
  /// How the text says it moves; one of them must stand before the verb.
  static let manners = [
    "大幅度的", "大幅度地", "大幅度", "大幅", "显著", "明显", "持续", "不断", "稳步", "进一步", "快速", "较快", "逐步",
  ]
  static let batchVerbs = ["新培育", "培育", "形成", "打造", "建成", "新建", "引进", "新增", "创建", "认定"]

  static func goals(in clause: Substring, context: SentenceContext) -> [GoalCandidate] {
    let figures = NumberUnitParser.figures(in: clause)
    // `年综合能耗1万吨标准煤以上的重点用能企业…实现全覆盖`: a threshold sorting what is covered.
    if figures.allSatisfy({ sortsSubject($0, in: clause) }),
      let covered = coverage(clause, context: context)
    {
      return [covered]
    }
    guard figures.isEmpty else { return [] }
    let named = namedIndicators(clause, context: context)
    if !named.isEmpty { return named }
    if let kept = keptLand(clause, context: context) { return [kept] }
    // In the goals part, or in a sentence that names its own due year before or in the clause.
    guard
      context.inGoals || (context.year != nil && context.yearMark == nil && !context.yearOnlyAfter)
    else { return [] }
    return directionOnly(clause, context: context) + batch(clause, context: context)
      + leading(clause, context: context) + completed(clause, context: context)
      + [DesignationGoals.goal(clause, context: context)].compactMap { $0 }
  }

  /// `明确…投资强度、亩均税收、容积率、能耗标准等控制性指标`: the land and energy
  /// indicators a list of 指标 names, each without a number (direction: down for energy use).
  static func namedIndicators(_ clause: Substring, context: SentenceContext) -> [GoalCandidate] {
    let text = PlanTextCharacters.trimmed(clause)
    guard text.hasSuffix("指标"), let closing = text.textRange(of: "等", backwards: true) else {
      return []
    }
    let names = MetricText.splitNames(String(text[..<closing.lowerBound])).map { name in
      // `明确工业用地的产业准入`, `将投资强度`: the words before the list and its shared
      // modifier go.
      var name =
        name.textRange(of: "的", backwards: true).map { String(name[$0.upperBound...]) }
        ?? name
      if let verb = listVerbs.first(where: { name.hasPrefix($0) }) { name.removeFirst(verb.count) }
      return name
    }
    guard names.count >= 3 else { return [] }
    return names.compactMap { name -> GoalCandidate? in
      guard name.count >= 2, name.count <= 8,
        let category = IndicatorPatterns.category(metric: name, unit: nil)
      else { return nil }
      let direction: Direction = category == .energy ? .down : .up
      return make(name, direction: direction, clause: clause, context: context)
    }
  }

  /// `对红线内的工业用地予以严格保护` / `…在2035年前予以保留`: land to be kept as it is.
  static func keptLand(_ clause: Substring, context: SentenceContext) -> GoalCandidate? {
    guard let to = clause.textRange(of: "对"), let keep = clause.textRange(of: "予以"),
      to.upperBound < keep.lowerBound,
      ["保留", "保护", "严格保护", "保障"].contains(where: clause[keep.upperBound...].hasPrefix)
    else { return nil }
    var object = clause[to.upperBound..<keep.lowerBound]
    if let year = NumberUnitParser.years(in: object).first {
      object = object[..<year.range.lowerBound]
    }
    if object.hasSuffix("在") { object = object.dropLast() }
    let name = PlanTextCharacters.trimmed(object).replacingOccurrences(of: "的", with: "")
    guard name.count >= 4, name.count <= 30,
      IndicatorPatterns.category(metric: name, unit: nil) == .land
    else { return nil }
    return make(name, direction: .keep, clause: clause, context: context)
  }

  /// Verbs that open a list of indicators (`将A、B等列入…指标`, `明确A、B等…指标`).
  static let listVerbs = ["将", "把", "明确", "设定", "制定", "完善", "建立", "实行", "落实"]

  static let enteringVerbs = ["跨入", "进入", "位居", "居于", "走在", "保持", "稳居", "居全"]

  /// The places among the first a place may enter.
  static let leadingPlaces = ["前列", "第一方阵", "第一梯队", "前茅"]

  /// `跨入全省县市区前列`, `进入全市第一方阵`: a place among the first, no number (a rank to
  /// review).
  static func leading(_ clause: Substring, context: SentenceContext) -> [GoalCandidate] {
    guard leadingPlaces.contains(where: clause.contains),
      let verb = enteringVerbs.compactMap({ clause.textRange(of: $0) }).min(by: {
        $0.lowerBound < $1.lowerBound
      })
    else { return [] }
    let subject = MetricText.clean(clause[..<verb.lowerBound])
    guard subject.count >= 2 else { return [] }
    var candidate = make(subject + "位次", direction: .up, clause: clause, context: context)
    candidate.goal.kind = .rank
    candidate.goal.direction = .down
    candidate.review.append(.metricUnclear)
    return [candidate]
  }

  /// `A、B检验中心建成并投入使用`: a thing to be built and in use, no number.
  static func completed(_ clause: Substring, context: SentenceContext) -> [GoalCandidate] {
    let text = PlanTextCharacters.trimmed(clause)
    guard let built = text.textRange(of: "建成"),
      ["投入使用", "投用", "投产", "运营", "运行"].contains(where: text.hasSuffix)
    else { return [] }
    let name = MetricText.clean(text[..<built.lowerBound])
    guard name.count >= 4, name.count <= 30 else { return [] }
    return [make(name, direction: .up, clause: clause, context: context)]
  }

  /// `战略性新兴产业、高新技术产业规模不断壮大`: one goal per name, direction only.
  static func directionOnly(_ clause: Substring, context: SentenceContext) -> [GoalCandidate] {
    let text = PlanTextCharacters.trimmed(clause)
    guard let (verb, direction) = moves.first(where: { text.hasSuffix($0.0) }) else { return [] }
    var head = Substring(text.dropLast(verb.count))
    guard let manner = manners.first(where: { head.hasSuffix($0) }) else { return [] }
    head = head.dropLast(manner.count)
    let names = MetricText.splitNames(MetricText.clean(head))
    // The measured head may be written once for all (`A、B产业规模`).
    guard let last = names.last, measuredHeads.contains(where: last.hasSuffix),
      names.allSatisfy({ $0.count >= 3 && $0.count <= 16 })
    else { return [] }
    return names.map { make($0, direction: direction, clause: clause, context: context) }
  }

  /// `新培育一批国家高新技术企业和国省创新平台`: more of each, no count given.
  static func batch(_ clause: Substring, context: SentenceContext) -> [GoalCandidate] {
    guard let range = clause.textRange(of: "一批") ?? clause.textRange(of: "一大批") else { return [] }
    let before = PlanTextCharacters.trimmed(clause[..<range.lowerBound])
    guard batchVerbs.contains(where: before.hasSuffix) else { return [] }
    let object = PlanTextCharacters.trimmed(clause[range.upperBound...])
    let names = object.split(separator: "和").map { PlanTextCharacters.trimmed($0) }
    guard names.allSatisfy({ $0.count >= 4 && $0.count <= 30 }) else { return [] }
    return names.map { make($0, direction: .up, clause: clause, context: context) }
  }

  /// `规模以上企业“上云”实现全覆盖` / `建成产能全部达到能效基准水平` / `园区企业全部实现在线监测` /
  /// `规上企业全部完成绿色化改造`, with a due year: 100%; `实现X全覆盖` closing a clause that
  /// no year reaches: 100% with no year.
  static func coverage(_ clause: Substring, context: SentenceContext) -> GoalCandidate? {
    guard
      context.yearIsOwn || undated(clause, context: context) || CoverageStates.isState(clause)
    else { return nil }
    var metric: String
    if let range = clause.textRange(of: "全覆盖") {
      // `关于印发《…"两个全覆盖"三年行动方案》的通知`: a name's words, no goal.
      guard !QuotedNames.encloses(range, in: clause) else { return nil }
      var head = clause[..<range.lowerBound]
      if head.hasSuffix("实现") { head = head.dropLast(2) }
      metric = MetricText.clean(head) + "覆盖"
    } else if let (word, range) = ["全部达到", "全部实现", "全部完成"].lazy.compactMap({ word in
      clause.textRange(of: word).map { (word, $0) }
    }).first {
      metric =
        MetricText.clean(clause[..<range.lowerBound]) + word.dropFirst(2)
        + PlanTextCharacters.trimmed(clause[range.upperBound...]) + "的比例"
    } else {
      return nil
    }
    // `到2027年,…实现区县全覆盖`: with its own year, two characters may name what is covered.
    guard metric.count >= (context.yearIsOwn ? 4 : 5) else { return nil }
    var candidate = make(metric, direction: .up, clause: clause, context: context)
    candidate.goal.kind = .share
    candidate.goal.unit = "%"
    // A state put in place in a sentence with no year of its own has none.
    candidate.goal.target = Figure(value: 100, year: context.yearIsOwn ? context.year : nil)
    return candidate
  }

  /// A threshold the words after it make a class of the subject (`1万吨标准煤以上的`).
  static func sortsSubject(_ figure: FigureReading, in clause: Substring) -> Bool {
    let after = clause[figure.range.upperBound...]
    return ["以上的", "以下的", "及以上的", "及以下的"].contains(where: after.hasPrefix)
  }

  /// `实现重点产业链全覆盖` where no year reaches the sentence: a coverage to achieve.
  private static func undated(_ clause: Substring, context: SentenceContext) -> Bool {
    let text = PlanTextCharacters.trimmed(clause)
    guard context.year == nil, text.hasSuffix("全覆盖"), let verb = text.textRange(of: "实现") else {
      return false
    }
    return text[verb.upperBound...].count > "全覆盖".count
  }

  /// A goal of direction only, dated by the sentence's year (and its mark).
  static func make(
    _ metric: String, direction: Direction, clause: Substring, context: SentenceContext
  ) -> GoalCandidate {
    let goal = Goal(kind: .absolute, direction: direction, target: Figure(year: context.year))
    return GoalCandidate(
      metric: metric, goal: goal, sourceText: String(clause),
      review: context.yearMark.map { [$0] } ?? [])
  }
}
