import Foundation
import PlanModel

/// Goals with a number: `营业收入迈上900亿元台阶` (level), `占…比重提高至25%` (share),
/// `较2023年增长30%以上` (growth), `年均增长20%以上` (annual rate), `能耗较2022年累计下降13%`
/// (reduction), `规上企业达到500家以上` (count), `实现2—3户企业挂牌上市` (range),
/// `分别增加至20家和2家` (one goal per name).
enum TargetPatterns {
  /// Words that mark a clause as stating a goal rather than describing something.
  static let cues = [
    "达", "提高", "提升", "增加", "增长", "突破", "超", "迈上", "保持", "稳定", "控制", "下降", "降低", "减少",
    "不低于", "不高于", "建成", "培育", "打造", "新建", "新增", "创建", "形成", "引进", "招引", "实现", "推广",
    "累计", "认定", "建设", "落地", "开工", "带动", "占比", "比重", "年均", "争创", "入选", "增至", "力争",
    "争取", "推动", "支持", "促进", "帮助", "引导", "鼓励", "升规", "上规", "入统", "纳统", "不少于",
    "遴选", "实施", "完成", "谋划", "储备", "盘活", "设立", "安排", "选派", "出资", "扩大", "培训",
    "组建", "聘请", "竣工", "投产", "输送", "共建",
  ]
  /// What counted enterprises are to achieve, after their count (`2—3家企业在…上市`).
  static let achievements = ["上市", "挂牌", "升规", "上规", "入统", "纳统", "入库", "入选", "获评", "获批"]

  static func goals(in sentence: Substring, context: SentenceContext) -> [GoalCandidate] {
    let clauses = SentenceSegmenter.clauses(of: sentence)
    var found: [GoalCandidate] = []
    let baseYear = NumberUnitParser.years(in: sentence).first { $0.role == .base }?.year
    var previousMetric: String?
    let notes = BracketBaseline.notes(in: sentence)
    let sentenceFigures = NumberUnitParser.figures(in: sentence).filter { figure in
      !notes.contains { $0.range.contains(figure.range.lowerBound) }
    }
    let clauseYears = ClauseYears.years(of: clauses)
    var changeYear: Int?
    for (position, clause) in clauses.enumerated() {
      let context = context.within(clause)
      let allFigures = clauseFigures(clause, outside: notes)
      let changes = ChangeStart.pairs(in: clause, figures: allFigures, carrying: &changeYear)
      let figures = allFigures.filter { figure in !changes.contains { $0.start == figure } }
      guard !figures.isEmpty else { continue }
      let (names, yearly) = clauseNames(
        clauses, at: position, figureCount: figures.count, previousMetric: previousMetric)
      let pairs = names.count == figures.count && names.count > 1
      // `其中2026年1500亩、2027年1800亩`: each figure the step of its year, as the last one is.
      let yearLed = YearListPairs.leadingYears(of: figures, in: clause)
      let seriesStated =
        !yearLed.isEmpty
        && figures.last.map { states($0, in: clause, sentence: sentence, context: context) } == true
      for (index, figure) in figures.enumerated() {
        let change = changes.first { $0.goal == figure }
        let before = wordsBefore(index, of: figures, in: clause, pairs: pairs, change: change)
        let ownYear = yearLed.isEmpty ? nil : yearLed[index]
        guard
          (seriesStated && ownYear != nil)
            || states(figure, in: clause, sentence: sentence, context: context),
          !describesNoGoal(figure, in: clause),
          figure.unit != nil || isUnknownUnitGoal(figure, before: before)
        else { continue }
        var metric = pairs ? names[index] : metricName(figure, in: clause, before: before)
        metric = resolved(
          metric, previous: previousMetric ?? context.reportSubject, earlier: clauses[..<position],
          before: before, spanPhrase: context.spanYear(of: clause)?.phrase)
        if metric.isEmpty { continue }
        // `两大集群产值均突破500亿元`: each of the clusters named before, one goal each.
        if let shared = SharedStartingFigures.goalNames(before: before) {
          metric = shared.joined(separator: "、")
        }
        previousMetric = metric
        var candidate = make(
          metric: metric, figure: figure, clause: clause, sentence: sentence, context: context)
        dateByClause(
          &candidate, clauseYear: clauseYears[position],
          spanned: context.spanYear(of: clause) != nil,
          laterInList: index > 0 && !pairs, before: before)
        if let step = ownYear ?? yearly?.years[index] {
          dateStep(&candidate, year: step, last: index == figures.count - 1)
        }
        candidate.goal.baseYear =
          [.growth, .reduction, .multiple].contains(candidate.goal.kind) ? baseYear : nil
        candidate.goal.baseline = startingFigure(
          of: figure, in: clause, change: change, notes: notes, sentenceFigures: sentenceFigures)
        if names.count > 1, figures.count > 1, !pairs, clause.contains("分别") {
          candidate.review.append(.pairsDoNotMatch)
        }
        found += sharedFigure(candidate, single: figures.count == 1 && !pairs)
      }
    }
    if clauseYears.contains(where: { $0 != nil }) { ClauseYears.markSeries(&found) }
    FoundationFigure.attach(to: &found, in: sentence)
    return RestatedChanges.dropped(found)
  }

  /// The names a clause's figures are read with (`A、B分别…`, the clause before's when needed),
  /// and the years they stand for when the names are years (`…,2026年、2027年分别完成150亿元、
  /// 170亿元`: years with no subject of their own are the subject's of the clause before).
  private static func clauseNames(
    _ clauses: [Substring], at position: Int, figureCount: Int, previousMetric: String?
  ) -> (names: [String], yearly: (metric: String, years: [Int])?) {
    let clause = clauses[position]
    var names = MetricText.sharingIndustryTail(
      pairedNames(
        clause, previous: position > 0 ? clauses[position - 1] : nil, count: figureCount))
    let yearly = names.count == figureCount ? YearListPairs.read(names) : nil
    if let yearly {
      let metric =
        yearly.metric.isEmpty
        ? earlierSubject(previousMetric, clauses[..<position]) : yearly.metric
      names = names.map { _ in metric }
    }
    return (names, yearly)
  }

  /// A goal's year from its clause: the year opening the clause (`ClauseYears`), unless the goal
  /// is every year's or a span phrase reaches the clause; and a year written before a later figure
  /// of a list is that figure's (`X2025年达到21万元、2027年达到25万元`).
  private static func dateByClause(
    _ candidate: inout GoalCandidate, clauseYear: Int?, spanned: Bool, laterInList: Bool,
    before: Substring
  ) {
    if let clauseYear, !candidate.goal.perYear, !spanned {
      candidate.goal.target?.year = clauseYear
    }
    if laterInList, candidate.goal.target?.year != nil,
      let own = NumberUnitParser.years(in: before).last(where: { $0.role != .base })
    {
      candidate.goal.target?.year = own.year
    }
  }

  /// The metric a figure is read with: a clause with no subject of its own is about the subject
  /// of the clause before (`X较2025年实现翻番,达到460亿元`, `X年均增长12%,力争2029年突破80亿元`);
  /// a figure with no words before it repeats the metric before with its verb (`年均增长`); a span
  /// phrase opening the clause (`三年内`) is no part of it.
  private static func resolved(
    _ named: String, previous: String?, earlier: ArraySlice<Substring>, before: Substring,
    spanPhrase: Substring?
  ) -> String {
    var metric = named
    // `新增A30家以上,总数突破260家`: the total of the subject before (`A总数`).
    if let total = BareTotals.metric(metric, subject: earlierSubject(previous, earlier)) {
      return total
    }
    // `规模以上工业企业:由326家增加到500家`: a clause of figures alone, no metric before it,
    // is about the label or subject of the clause before.
    // `稳定在90%以上`, `累计下降13%`: words of a verb alone after the label name nothing.
    if isBare(metric) || LabelledGoalLines.namesNothing(metric),
      let label = LabelledGoalLines.label(closing: earlier)
    {
      return LabelledGoalLines.counted(label, by: before)
    }
    if isBare(metric) || (metric.isEmpty && previous == nil) {
      let subject = earlierSubject(previous, earlier)
      if !subject.isEmpty { metric = subject }
    }
    if metric.isEmpty { metric = (previous ?? "") + verbPhrase(before) }
    if let spanPhrase, metric.hasPrefix(spanPhrase) { metric.removeFirst(spanPhrase.count) }
    // `单位工业增加值能耗五年累计下降14%`: the span after the subject is no part of it either.
    if let spanPhrase, metric.hasSuffix(spanPhrase), metric.count > spanPhrase.count + 1 {
      metric.removeLast(spanPhrase.count)
    }
    return metric
  }

  /// A step of a series by year (`2025年、2026年分别达到…`, `其中2026年1500亩、2027年1800亩`):
  /// its own year; the steps before the last are mid-series.
  private static func dateStep(_ candidate: inout GoalCandidate, year: Int, last: Bool) {
    guard candidate.goal.target != nil, !candidate.goal.perYear else { return }
    candidate.goal.target?.year = year
    candidate.midSeries = !last
  }

  /// A figure that describes, conditions or rules rather than sets a goal: an attribute or
  /// ordinal, an award, a policy's condition, a project's own figure, a scheme's rule.
  /// The words before the figure at `index` that may name it: from the figure before it — or
  /// from that one's start when it is the threshold of the class counted
  /// (`其中10亿元以上项目30个`: `10亿元以上项目`, not `以上项目`) — to the figure, or to where
  /// its change starts (`由…`).
  private static func wordsBefore(
    _ index: Int, of figures: [FigureReading], in clause: Substring, pairs: Bool,
    change: ChangeStart.Pair?
  ) -> Substring {
    var start = clause.startIndex
    if index > 0, !pairs {
      let previous = figures[index - 1]
      start =
        ProjectOwnFigures.isClassThreshold(previous, in: clause)
        ? previous.range.lowerBound : previous.range.upperBound
    }
    return clause[start..<(change?.lead ?? figures[index].range.lowerBound)]
  }

  private static func describesNoGoal(_ figure: FigureReading, in clause: Substring) -> Bool {
    isAttribute(figure, in: clause) || isAward(figure, in: clause)
      || PolicyConditions.excludes(figure, in: clause) || AwardRates.isRate(figure, in: clause)
      || ProjectOwnFigures.excludes(figure, in: clause)
      || SchemeRuleFigures.excludes(figure, in: clause)
      || PerPlaceFigures.isPerPlace(before: clause[..<figure.range.lowerBound])
      || isPlaceAmongFirst(figure, in: clause)
  }

  /// `进入全省开发区前5位`: a place among the first, read as a rank (`SpecialGoalPatterns`), not
  /// a figure of its own.
  static func isPlaceAmongFirst(_ figure: FigureReading, in clause: Substring) -> Bool {
    figure.unit == "位" && clause[..<figure.range.lowerBound].hasSuffix("前")
  }

  /// The clause's figures in order, but not the scale classes and the figures inside a
  /// bracketed starting figure (`BracketBaseline`).
  private static func clauseFigures(_ clause: Substring, outside notes: [BracketBaseline.Note])
    -> [FigureReading]
  {
    (NumberUnitParser.figures(in: clause) + NumberUnitParser.chineseCounts(in: clause)
      + ChineseAmounts.figures(in: clause))
      .filter { figure in
        !figure.isScale && !notes.contains { $0.range.contains(figure.range.lowerBound) }
      }
      .sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// A goal's starting figure as the sentence states it: where a change starts
  /// (`由2024年的9家增加到20家`, `ChangeStart`), or in brackets after it (`BracketBaseline`).
  private static func startingFigure(
    of figure: FigureReading, in clause: Substring, change: ChangeStart.Pair?,
    notes: [BracketBaseline.Note], sentenceFigures: [FigureReading]
  ) -> Figure? {
    if let change { return Figure(value: change.start.value, year: change.year) }
    guard
      let note = BracketBaseline.note(
        after: figure, in: clause, among: notes, sentenceFigures: sentenceFigures)
    else { return nil }
    return Figure(value: note.entry.value, year: note.year)
  }

  /// `A、B、C较2023年增长30%`: one figure that every listed name reaches, one goal each.
  private static func sharedFigure(_ candidate: GoalCandidate, single: Bool) -> [GoalCandidate] {
    var names = MetricText.splitNames(candidate.metric)
    // A count after several names is their total (`A、B达到13家`): it stays one goal.
    guard single, candidate.metric.contains("、"), names.count > 1, !candidate.isCount,
      names.allSatisfy({ $0.count >= 2 && $0.count <= 16 })
    else { return [candidate] }
    // `A、B、C产业营业收入均突破150亿元`: each industry's own output (`SharedIndustryOutput`).
    names = SharedIndustryOutput.names(names)
    return names.map { name in
      var each = candidate
      each.metric = name
      return each
    }
  }

  /// A figure states a goal when a goal word leads to it in its clause; when it closes its
  /// clause (or an item of a list), also in the goals part or after a goal word earlier in the sentence
  /// (`招引3—5亿元项目8个,10亿元以上项目6个`); a Chinese-numeral count is read only after one.
  private static func states(
    _ figure: FigureReading, in clause: Substring, sentence: Substring, context: SentenceContext
  ) -> Bool {
    if figure.writtenInChinese || context.spanYear(of: clause) != nil { return true }
    let after = clause[figure.range.upperBound...]
    if isGoal(before: clause[..<figure.range.lowerBound], after: after) { return true }
    if isShareDoneSo(figure, after: after) { return true }
    if figure.unit.map(KnownUnits.counts.contains) == true,
      achievements.contains(where: after.contains)
    {
      return true
    }
    var rest = after
    for (written, _) in QualifierWords.trailing where rest.hasPrefix(written) {
      rest = rest.dropFirst(written.count)
    }
    // `其中10亿元以上项目30个、50亿元以上项目5个`: a list item's end closes it too.
    guard rest.isEmpty || rest.first == "、" else { return false }
    return context.inGoals || isGoal(before: sentence[..<figure.range.lowerBound], after: "")
  }

  /// Words after a share that say how that share of the subject is done.
  static let mannerLeads = ["按", "实行", "采用"]

  /// `新出让工业用地100%按“标准地”供应`: the share of the subject done that way.
  private static func isShareDoneSo(_ figure: FigureReading, after: Substring) -> Bool {
    figure.unit == "%" && mannerLeads.contains(where: after.hasPrefix)
  }

  /// A figure states a goal when a goal verb leads to it or 以上/左右 follows it.
  private static func isGoal(before: Substring, after: Substring) -> Bool {
    cues.contains(where: before.contains)
      || QualifierWords.trailing.contains(where: { after.hasPrefix($0.written) })
  }

  /// `3—5亿元项目8个`: a figure that describes the noun another figure counts; `(第4项)`,
  /// `第2批`: an ordinal, which counts nothing.
  private static func isAttribute(_ figure: FigureReading, in clause: Substring) -> Bool {
    if clause[..<figure.range.lowerBound].last == "第" { return true }
    // `形成3条营业收入超100亿元的产业链`: the count of a class a size names.
    if CountedClasses.countsClass(figure, in: clause) { return false }
    var after = clause[figure.range.upperBound...]
    for (written, _) in QualifierWords.trailing where after.hasPrefix(written) {
      after = after.dropFirst(written.count)
    }
    guard let first = after.first, PlanTextCharacters.isHan(first) else { return false }
    let words = after.prefix { !"、,,;;和及".contains($0) }
    return words.contains(where: PlanTextCharacters.isDigit)
  }

  /// Words that make a sum of money an award or subsidy the plan pays, not a goal.
  static let awardWords = ["奖励", "补助", "补贴", "资助", "奖补", "给予"]

  /// `对首次升规的企业给予10万元奖励`, `对成功上市的企业奖励200万元`: a policy's sum of money.
  private static func isAward(_ figure: FigureReading, in clause: Substring) -> Bool {
    guard let unit = figure.unit, KnownUnits.money.contains(unit) else { return false }
    return awardWords.contains(where: clause.contains) && !PlanFunds.isFundSize(figure, in: clause)
  }

  /// A number with a unit not in the known list is kept (to be reviewed, without its number)
  /// only where a goal verb stands right before it: `达到12万台` but not `500强`, `5G`.
  private static func isUnknownUnitGoal(_ figure: FigureReading, before: Substring) -> Bool {
    guard let unit = figure.unknownUnit, !["强", "名", "位", "大", "类", "项目"].contains(unit) else {
      return false
    }
    return ["达到", "突破", "超过", "提高至", "提高到", "增加至", "增加到", "增至"].contains(where: before.hasSuffix)
  }

  /// The names a 分别 clause pairs with its figures; they may stand in the clause before
  /// (`A、B和C实现三个“倍增”,分别增加至20家和2家`).
  /// `count`: how many figures the names are for, when known.
  static func pairedNames(
    _ clause: Substring, previous: Substring?, earlier: Substring? = nil, count: Int? = nil
  ) -> [String] {
    guard let split = clause.textRange(of: "分别") else { return [] }
    var head = clause[..<split.lowerBound]
    // `A、B两大产业集群产值分别…`, `三大产业分别完成产值…` after the clause listing them.
    if let counted = CountedIndustryNames.names(
      head: head, earlier: earlier ?? previous, after: clause[split.upperBound...])
    {
      return counted
    }
    // `…三大主导产业,到2028年产值分别达到…`, `A、B、C产值分别达到…` after `A、B、C三个领域`.
    if let listed = ListedOutputNames.names(head: head, previous: previous ?? earlier) {
      return listed
    }
    // Years alone (`2026年、2027年分别完成…`) are the names: `YearListPairs` pairs them; the
    // metric may follow the last (`2026年、2027年、2028年产业产值分别达到…`).
    let years = head.split(separator: "、").map { PlanTextCharacters.trimmed($0) }
    if years.count > 1, years.dropLast().allSatisfy({ IndicatorTableGoals.year($0) != nil }),
      let last = years.last,
      IndicatorTableGoals.year(last) != nil || YearListPairs.leadingYear(last) != nil
    {
      return years
    }
    if MetricText.clean(head).isEmpty, let previous {
      head = previous
      if let verb = head.textRange(of: "实现") { head = head[..<verb.lowerBound] }
    }
    let names = MetricText.splitNames(MetricText.clean(head)).map { MetricText.clean($0[...]) }
    if names.count == 1, let halves = CompoundPairs.split(names[0]) { return halves }
    return JoinedNames.names(names, head: head, count: count)
  }

  /// `新建5家智能工厂`: the metric follows the figure; `营业收入达到300亿元`: it precedes it.
  private static func metricName(_ figure: FigureReading, in clause: Substring, before: Substring)
    -> String
  {
    var after = clause[figure.range.upperBound...]
    for (written, _) in QualifierWords.trailing where after.hasPrefix(written) {
      after = after.dropFirst(written.count)
    }
    // `亩均税收不低于25万元的入园门槛`: what follows 的 is what the figure qualifies, when the
    // words before name a metric (`新建5个以上的智能工厂` still counts 智能工厂).
    let named = MetricText.clean(before)
    if after.first == "的", named.count >= 2, !isBare(named) { return named }
    if isShareDoneSo(figure, after: after) {
      return named + PlanTextCharacters.trimmed(after) + "比例"
    }
    if let first = after.first, PlanTextCharacters.isHan(first) || first == "“" {
      let words = after.prefix(while: { !"、,,;;和及".contains($0) })
      let name = MetricText.clean(words)
      // `地区生产总值迈上4000亿元台阶`: a milestone reached names no metric; the words before do.
      if name.count >= 2, !milestones.contains(name) { return name }
    }
    return named
  }

  /// Words after a sum that name the mark it reaches, not what it measures.
  static let milestones = ["台阶", "大关", "关口", "新台阶"]

  /// A metric that is only a verb (`达到`) or a year (`2027年`) names nothing.
  /// The subject a clause without one takes: the last goal's, else the nearest earlier
  /// clause's.
  private static func earlierSubject(_ previousMetric: String?, _ earlier: ArraySlice<Substring>)
    -> String
  {
    previousMetric.map { subject(of: $0[...]) }
      ?? earlier.reversed().map { subject(of: $0) }.first { !$0.isEmpty && !isBare($0) } ?? ""
  }

  private static func isBare(_ metric: String) -> Bool {
    MetricText.verbs.contains(metric)
      || (metric.hasSuffix("年") && NumberUnitParser.years(in: metric[...]).count == 1
        && metric.count == 5)
  }

  /// `全县工业营业收入较2025年实现翻番` → `全县工业营业收入`: the words before the first goal word or
  /// base of comparison; empty when they are not a name.
  private static func subject(of clause: Substring) -> String {
    let stops = (cues + NumberUnitParser.baseLeads).compactMap {
      clause.textRange(of: $0)?.lowerBound
    }
    guard let stop = stops.min() else { return MetricText.clean(clause) }
    let name = MetricText.clean(clause[..<stop])
    return name.count >= 2 ? name : ""
  }

  /// `年均增长` in `300亿元、年均增长20%`: the verb a repeated metric is read with.
  private static func verbPhrase(_ before: Substring) -> String {
    PlanTextCharacters.trimmed(before.drop(while: { "、,,和及".contains($0) }))
  }

  private static func make(
    metric: String, figure: FigureReading, clause: Substring, sentence: Substring,
    context: SentenceContext
  ) -> GoalCandidate {
    let before = clause[..<figure.range.lowerBound]
    let after = clause[figure.range.upperBound...]
    let sentenceBefore = sentence[..<figure.range.lowerBound]
    var qualifiers = QualifierWords.qualifiers(
      before: before, after: after, sentenceBefore: sentenceBefore)
    var review: [ReviewMark] = context.yearMark.map { [$0] } ?? []
    var unit = figure.unit
    if unit == nil, let written = figure.unknownUnit {
      review.append(.unitNotKnown(written))
    }
    if let perMu = PerMuUnit.unit(unit, metric: metric), perMu != unit {
      unit = perMu
      review.append(.unitImplied(written: "万元", read: "万元/亩"))
    }
    let kind = unit.map { GoalKindRules.kind(unit: $0, clause: clause) } ?? .absolute
    // `每年组织…,三年培育…50名`: a clause opened by a span totals over it, whatever yearly
    // figure an earlier clause states.
    var reached = false
    if case .yearFromPlanSpan = context.yearMark { reached = true }
    if reached || (context.spanYear(of: clause) != nil && !before.contains("每年")) {
      qualifiers.removeAll { $0 == "每年" }
    }
    // `每年实施技改项目15个,技改投资年均增长15%`: a rate is yearly by itself; an earlier clause's
    // `每年` dates it no more than a year of its own would.
    var undatedRate = AnnualRateYears.isUndatedRate(before: before, context: context)
    if undatedRate { qualifiers.removeAll { $0 == "每年" } }
    let perYear = qualifiers.contains("每年")
    let span = perYear ? nil : context.spanYear(of: clause)
    if span != nil { undatedRate = false }
    // Due the title's last year where the title gives a span; else once the horizon is known.
    let rateYear = undatedRate ? context.period?.end : nil
    if rateYear != nil {
      undatedRate = false
      review = review.filter { $0 != .noYear } + [.yearOfAnnualRate]
    }
    let spanYear = span?.year
    if let span {
      if !qualifiers.contains("累计") { qualifiers.insert("累计", at: 0) }
      review = review.filter { $0 != .noYear } + [.yearFromPlanSpan(span.years)]
    }
    if kind == .reduction || kind == .growth { qualifiers.removeAll { $0 == "达到" } }
    let goal = Goal(
      kind: kind, direction: GoalKindRules.direction(kind: kind, clause: clause), unit: unit,
      target: unit == nil
        ? Figure(year: spanYear ?? rateYear ?? context.year)
        : figure.figure(year: perYear ? nil : spanYear ?? rateYear ?? context.year),
      qualifiers: qualifiers, perYear: perYear)
    return GoalCandidate(
      metric: metric, goal: goal, sourceText: String(clause), review: review,
      undatedRate: undatedRate)
  }
}
