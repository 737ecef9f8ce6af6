import PlanModel

/// Figures the text states as where things stand (`2023年全市工业增加值达到820亿元`), and
/// the goals they are the baseline of: the same unit and a metric sharing a name of four or
/// more characters (`工业增加值`), stated for a year before the goal's.
enum BaselinePatterns {
  struct StartingFigure: Hashable {
    var metric: String
    var value: Double
    /// Nil only for an index the text states without a unit (`两化融合水平指数达到58.3`).
    var unit: String?
    var year: Int?
    var kind: GoalKind = .absolute
    var sourceText = ""
    var paragraph = 0
    /// True for a change over the years before (`“十四五”期间…能耗累计下降14.8%`, kept as a
    /// share; `比2020年提高5.1万元`): a figure of its own, the baseline of no goal.
    var isPastChange = false
  }

  /// Words of a change alone, with no subject: `增长9.6%` after a level of the clause before.
  static let changeOnly = ["增长", "同比增长", "同比", "下降", "同比下降"]

  /// The starting figures of one sentence, with the year the sentence reports on: levels,
  /// counts and shares as they stand (not figures that describe, compare or recall —
  /// `StartingFigureRules`), and ranks (`排名第6`).
  static func figures(
    in sentence: Substring, year: Int?, paragraph: Int = 0, enterpriseUnit: String = "家",
    earlier paragraphBefore: Substring = ""
  ) -> [StartingFigure] {
    var found: [StartingFigure] = []
    var previous: [StartingFigure] = []
    for clause in SentenceSegmenter.clauses(of: sentence) {
      let before = found.count
      defer { previous = Array(found[before...]) }
      if let paired = anyPaired(
        clause, of: sentence, year: year, paragraph: paragraph, previous: previous,
        paragraphBefore: paragraphBefore)
      {
        found += paired
        continue
      }
      let clauseFigures = NumberUnitParser.figures(in: clause)
      let dated = datedChanges(in: clause, figures: clauseFigures)
      found += dated.flatMap { change in
        datedEnds(of: change, in: clause, paragraph: paragraph)
      }
      var start = clause.startIndex
      for figure in clauseFigures where !figure.isScale {
        if dated.contains(where: { $0.start == figure || $0.goal == figure }) {
          start = figure.range.upperBound
          continue
        }
        defer { start = figure.range.upperBound }
        guard let value = figure.value, StartingFigureRules.states(figure, in: clause, from: start)
        else { continue }
        var metric = MetricText.clean(clause[start..<figure.range.lowerBound])
        metric = LabelledGoalLines.startingMetric(metric, clause: clause, from: start)
        guard figure.unit != nil || StartingFigureRules.isIndex(figure, metric: metric) else {
          continue
        }
        let unit = figure.unit
        metric = PartFigures.subject(ofBare: metric, clause: clause, in: sentence) ?? metric
        // `新增A186家,总数突破1900家`: the total of A.
        metric = BareTotals.metric(metric, subject: found.last?.metric) ?? metric
        // `突破4000家,达到4114家`: the exact figure replaces the one passed.
        if StartingFigureRules.verbOnly.contains(metric) || metric.isEmpty,
          let last = found.last, last.unit == unit
        {
          found[found.count - 1].value = value
          continue
        }
        if PassedFigures.restates(metric, value: value, unit: unit, last: found.last) { continue }
        if let multiple = multiple(figure, in: clause, of: found.last, paragraph: paragraph) {
          found.append(multiple)
          continue
        }
        // `…总产值382亿元,增长9.6%`: a rate with no subject of its own is the figure's before;
        // `亩均税收达到21.6万元,较上年提高2.3万元`: a change with no subject of its own is the
        // change of the figure before it (in its unit: `万元/亩`).
        let ofPrevious =
          (changeOnly.contains(metric) || changeLeads.contains(where: metric.hasPrefix)
            || StartingFigureRules.comparisonWords.contains(where: metric.hasPrefix))
          && found.last != nil
        if ofPrevious, let last = found.last { metric = last.metric + metric }
        guard metric.count >= 2 else { continue }
        let (kind, isPastFall) = startingKind(unit: unit, clause: clause)
        guard BaselineIndicator.kinds.contains(kind) else { continue }
        found.append(
          StartingFigure(
            metric: metric, value: value, unit: PerMuUnit.unit(unit, metric: metric) ?? unit,
            year: year, kind: kind, sourceText: String(clause), paragraph: paragraph,
            // A one-year rate (`同比增长8.8%`) may start a growth goal; a change in the
            // figure's own unit (`较上年提高2.3万元`) starts none.
            isPastChange: isPastFall || (ofPrevious && kind != .annualRate)))
      }
      found += wordedFigures(
        in: clause, of: sentence, year: year, paragraph: paragraph,
        enterpriseUnit: enterpriseUnit, lastMetric: found.last?.metric)
    }
    return found
  }

  /// The clause's figures paired with names by `分别`, with the clause before's names, or
  /// shared by several names (`SharedStartingFigures`); nil when it pairs none.
  private static func anyPaired(
    _ clause: Substring, of sentence: Substring, year: Int?, paragraph: Int,
    previous: [StartingFigure], paragraphBefore: Substring
  ) -> [StartingFigure]? {
    let earlier = sentence[..<clause.startIndex]
    return paired(
      in: clause, year: year, paragraph: paragraph, earlier: earlier,
      paragraphBefore: paragraphBefore)
      ?? pairedWithPrevious(clause, previous: previous)
      ?? SharedStartingFigures.figures(
        in: clause, year: year, paragraph: paragraph, earlier: earlier)
  }

  /// A starting figure's kind by its unit and clause: `同比增长9.0%` a one-year rate,
  /// `能耗累计下降14.8%` how far it fell (a share, and a past fall).
  static func startingKind(unit: String?, clause: Substring) -> (GoalKind, isPastFall: Bool) {
    let kind = unit.map { GoalKindRules.kind(unit: $0, clause: clause) } ?? .absolute
    if kind == .growth { return (.annualRate, false) }
    if kind == .reduction { return (.share, true) }
    return (kind, false)
  }

  /// The starting figures a clause states in words: firsts won (`实现零的突破`), the count of
  /// titles named (`获评…“小巨人”企业`), and ranks (`排名第6`, named by the figure before
  /// when the clause names nothing).
  private static func wordedFigures(
    in clause: Substring, of sentence: Substring, year: Int?, paragraph: Int,
    enterpriseUnit: String, lastMetric: String?
  ) -> [StartingFigure] {
    var found = firstOnes(in: clause, year: year, paragraph: paragraph).map {
      wonFirst($0, after: sentence[..<clause.startIndex], enterpriseUnit: enterpriseUnit)
    }
    if let (title, count) = StartingNameCounts.count(in: clause) {
      found.append(
        StartingFigure(
          metric: title, value: count, unit: enterpriseUnit, year: year, kind: .count,
          sourceText: String(clause), paragraph: paragraph))
    }
    let named = MetricText.clean(clause.prefix { !PlanTextCharacters.isDigit($0) })
    let fallback = found.last?.metric ?? lastMetric ?? (named.count >= 2 ? named : nil)
    for rank in StartingRankPatterns.ranks(in: clause, fallback: fallback) {
      found.append(
        StartingFigure(
          metric: rank.metric, value: rank.value, unit: "位", year: year, kind: .rank,
          sourceText: String(clause), paragraph: paragraph))
    }
    return found
  }

  /// Words that open a change from an earlier time (`较上年提高`, `比2020年增加`).
  static let changeLeads = ["较", "比", "同比"]

  /// `高新技术企业达到812家,是2020年的2.3倍`: how many times an earlier year's figure the
  /// one before stands at, a starting figure of its own (`高新技术企业为2020年的倍数`, 倍).
  static func multiple(
    _ figure: FigureReading, in clause: Substring, of previous: StartingFigure?, paragraph: Int
  ) -> StartingFigure? {
    guard figure.unit == "倍", let value = figure.value, let previous,
      let base = NumberUnitParser.years(in: clause).last(where: {
        $0.range.upperBound <= figure.range.lowerBound
      }),
      base.role == .base, clause[base.range.upperBound..<figure.range.lowerBound] == "的"
    else { return nil }
    return StartingFigure(
      metric: previous.metric + "为\(base.year)年的倍数", value: value, unit: "倍",
      year: previous.year, kind: .absolute, sourceText: String(clause), paragraph: paragraph)
  }

  /// The changes of a clause dated at both ends (`由2020年的2105亿元增加到2025年的2986亿元`).
  static func datedChanges(in clause: Substring, figures: [FigureReading]) -> [ChangeStart.Pair] {
    ChangeStart.pairs(in: clause, figures: figures).filter { $0.year != nil && $0.goalYear != nil }
  }

  /// Both ends of a dated change as starting figures, each of its own year, of the metric
  /// written before `由`.
  static func datedEnds(of change: ChangeStart.Pair, in clause: Substring, paragraph: Int)
    -> [StartingFigure]
  {
    let metric = MetricText.clean(clause[..<change.lead])
    guard metric.count >= 2, let unit = change.goal.unit else { return [] }
    let kind = GoalKindRules.kind(unit: unit, clause: clause)
    guard BaselineIndicator.kinds.contains(kind) else { return [] }
    return [(change.start, change.year), (change.goal, change.goalYear)].compactMap {
      figure, year in
      figure.value.map { value in
        StartingFigure(
          metric: metric, value: value, unit: PerMuUnit.unit(unit, metric: metric) ?? unit,
          year: year, kind: kind, sourceText: String(clause), paragraph: paragraph)
      }
    }
  }

  /// `A、B两大产业营业收入分别达到63亿元、41亿元`: one starting figure per name, in order.
  static func paired(
    in clause: Substring, year: Int?, paragraph: Int, earlier: Substring? = nil,
    paragraphBefore: Substring = ""
  ) -> [StartingFigure]? {
    // The figures `分别` pairs stand after it (`3个产业分别…`: the count is none of them).
    let paired = clause.textRange(of: "分别")?.upperBound ?? clause.startIndex
    let figures = NumberUnitParser.figures(in: clause).filter {
      !$0.isScale && $0.value != nil && $0.unit != nil && $0.range.lowerBound >= paired
    }
    var names = TargetPatterns.pairedNames(
      clause, previous: nil, earlier: earlier, count: figures.count)
    // `四条重点产业链产值分别为…` after a sentence of the paragraph that listed the four.
    if names.count != figures.count, !paragraphBefore.isEmpty,
      let split = clause.textRange(of: "分别"),
      let listed = CountedIndustryNames.names(
        head: clause[..<split.lowerBound], earlier: paragraphBefore,
        after: clause[split.upperBound...])
    {
      names = listed
    }
    guard names.count > 1, names.count == figures.count, names.allSatisfy({ $0.count >= 2 })
    else { return nil }
    return zip(names, figures).compactMap { name, figure in
      let unit = figure.unit ?? ""
      var kind = GoalKindRules.kind(unit: unit, clause: clause)
      if kind == .growth { kind = .annualRate }  // 分别增长9%、12%: one-year rates
      guard BaselineIndicator.kinds.contains(kind) else { return nil }
      return StartingFigure(
        metric: name, value: figure.value ?? 0, unit: PerMuUnit.unit(unit, metric: name) ?? unit,
        year: year, kind: kind, sourceText: String(clause), paragraph: paragraph)
    }
  }

  /// `实现A和B零的突破` told as what was done: one of each now stands.
  static func firstOnes(in clause: Substring, year: Int?, paragraph: Int) -> [StartingFigure] {
    // `实现零的突破、达到2家`: the count that follows says how many stand now.
    if let zero = clause.textRange(of: "零的突破") ?? clause.textRange(of: "零突破"),
      NumberUnitParser.figures(in: clause[zero.upperBound...]).contains(where: {
        $0.unit.map(KnownUnits.counts.contains) == true
      })
    {
      return []
    }
    let context = SentenceContext(year: year)
    return SpecialGoalPatterns.goals(in: clause, context: context)
      .filter { $0.goal.qualifiers.contains("零突破") }
      .flatMap { candidate in
        MetricText.splitNames(candidate.metric).filter { $0.count >= 2 }.map { name in
          StartingFigure(
            metric: name, value: 1, unit: candidate.goal.unit ?? "个", year: year, kind: .count,
            sourceText: String(clause), paragraph: paragraph)
        }
      }
  }

  /// Verbs by which an enterprise wins the title a first one counts.
  static let winningVerbs = ["获评", "入选", "获批", "被认定为", "认定为", "成为"]

  /// `X公司获评国家级专精特新“小巨人”企业,实现零的突破`: a first one named by no words of its
  /// own is one of the title the clause before says was won (in the enterprises' unit).
  static func wonFirst(_ figure: StartingFigure, after before: Substring, enterpriseUnit: String)
    -> StartingFigure
  {
    guard figure.metric.count <= 2,
      let clause = SentenceSegmenter.clauses(of: before).last,
      let verb = winningVerbs.lazy.compactMap({ clause.textRange(of: $0) }).first
    else { return figure }
    let title = MetricText.clean(clause[verb.upperBound...])
    guard title.count >= 3 else { return figure }
    var won = figure
    won.metric = title
    if title.hasSuffix("企业") { won.unit = enterpriseUnit }
    return won
  }

  /// `A18.2万元、B465万元,分别比2020年提高5.1万元和128万元`: a 分别 clause with no names of its
  /// own gives each figure of the clause before a starting figure of its change, named by that
  /// figure's metric and the words after 分别 (`A比2020年提高`).
  static func pairedWithPrevious(_ clause: Substring, previous: [StartingFigure])
    -> [StartingFigure]?
  {
    guard let split = clause.textRange(of: "分别"),
      MetricText.clean(clause[..<split.lowerBound]).isEmpty
    else { return nil }
    let figures = NumberUnitParser.figures(in: clause).filter {
      !$0.isScale && $0.value != nil && $0.unit != nil
    }
    guard figures.count > 1, figures.count == previous.count else { return nil }
    let change = PlanTextCharacters.trimmed(clause[split.upperBound..<figures[0].range.lowerBound])
    return zip(previous, figures).map { earlier, figure in
      var starting = earlier
      starting.metric = earlier.metric + change
      starting.value = figure.value ?? 0
      starting.unit = PerMuUnit.unit(figure.unit, metric: earlier.metric) ?? figure.unit
      starting.kind = .absolute
      starting.isPastChange = true
      starting.sourceText = String(clause)
      return starting
    }
  }

  /// A one-year rate of the year before a growth goal's year (`2026年…增长9.6%`, then `2027年
  /// …增长10%以上`): where the goal's year starts from, its baseline.
  static func isLastYearsGrowth(_ figure: StartingFigure, of goal: Goal) -> Bool {
    guard figure.kind == .annualRate, goal.kind == .growth, let year = goal.target?.year,
      figure.year == year - 1
    else { return false }
    return goal.baseYear == nil || goal.baseYear == year - 1
  }

  /// Of the figures, the latest one stated before the year (any year when nil): a count's
  /// starting figure.
  static func latest(_ figures: [StartingFigure], before year: Int?) -> StartingFigure? {
    figures.filter { !$0.isPastChange && ($0.year ?? 0) < (year ?? Int.max) }
      .max { ($0.year ?? 0) < ($1.year ?? 0) }
  }

  /// Sets the baseline of each goal that has none from a starting figure of its unit whose
  /// metric shares a name with it; each starting figure goes to the goals sharing the longest
  /// run of characters with it, not to one sharing less (`规上工业总产值` is not the baseline of
  /// `规上工业企业出口交货值` when a goal names `规上工业总产值` itself). Returns the starting
  /// figures no goal took (the plan's baseline indicators).
  @discardableResult
  static func attach(
    _ starting: [StartingFigure], to goals: inout [GoalCandidate],
    stages: BaselineStages = BaselineStages()
  ) -> [StartingFigure] {
    var pairs: [(goal: Int, figure: Int, shared: Int)] = []
    // A town's share (`place`) takes none of the region's starting figures.
    for index in goals.indices
    where goals[index].goal.baseline == nil && !goals[index].midSeries && goals[index].place == nil
      && !goals[index].partOfYear
    {
      let goal = goals[index].goal
      guard let unit = goal.unit else { continue }
      // A change takes no level as its start; only this year's growth takes last year's.
      for (position, figure) in starting.enumerated()
      where !figure.isPastChange && figure.unit == unit
        && (figure.year ?? 0) < (goal.target?.year ?? Int.max)
        && (goal.isChange
          ? Self.isLastYearsGrowth(figure, of: goal)
          : (figure.kind == .annualRate) == (goal.kind == .annualRate))
        && StartingIndustry.allows(
          figure.metric, for: goals[index].metric, growth: goal.kind == .growth)
        && AmountClasses.allows(figure.metric, for: goals[index].metric)
        && ParkScopedStarts.allows(figure.metric, for: goals[index].metric)
        && PartFigures.allows(figure.metric, for: goals[index].metric)
        && !ClaimedStartingFigures.isClaimed(figure, from: index, goals: goals)
        && !ClaimedStartingFigures.isHeldCloser(figure, from: index, goals: goals)
        && stages.items.allows(figure, goalParagraph: stages.paragraphs?[index])
        && IncrementStarts.allows(figure, for: goals[index])
      {
        let shared = sharedRun(figure.metric, goals[index].metric)
        if shared > 0 { pairs.append((index, position, shared)) }
      }
    }
    // Of the goals sharing as much, those that leave it to another (`BaselineStages`) do not
    // take it.
    // The other goal must be one that may take the figure itself (not a count of new ones a
    // level starts no: `IncrementStarts`), or neither would take it.
    let all = goals
    let mayTake = Set(pairs.map { [$0.goal, $0.figure] })
    pairs.removeAll { pair in
      stages.leaves(
        pair.goal, metric: starting[pair.figure].metric, shared: pair.shared, goals: all,
        mayTake: { mayTake.contains([$0, pair.figure]) })
    }
    // A figure taken by a closer name is not given to a goal sharing less of it; goals that
    // share as much (one metric at two stages: 2025 and 2030) all take it.
    var taken: [Int: Int] = [:]
    var served: Set<Int> = []
    let ordered = pairs.enumerated().sorted {
      $0.element.shared != $1.element.shared
        ? $0.element.shared > $1.element.shared : $0.offset < $1.offset
    }.map(\.element)
    for pair in ordered
    where (taken[pair.figure] ?? pair.shared) == pair.shared && !served.contains(pair.goal) {
      let match = starting[pair.figure]
      taken[pair.figure] = pair.shared
      served.insert(pair.goal)
      goals[pair.goal].goal.baseline = Figure(value: match.value, year: match.year)
      goals[pair.goal].review.append(.baselineFromStartingSituation(match.year))
    }
    return starting.indices.filter { taken[$0] == nil }.map { starting[$0] }
  }

  /// The longest run of characters the two names share when it is four or more (or the
  /// whole of two equal short names); 0 when they share no name.
  static func sharedRun(_ a: String, _ b: String) -> Int {
    guard sharesName(a, b) else { return 0 }
    return a.count < 4 ? a.count : SharedRuns.longest(a, b)
  }

  /// True when the two names share a run of at least four characters.
  static func sharesName(_ a: String, _ b: String) -> Bool {
    let x = Array(a)
    let y = Array(b)
    guard x.count >= 4, y.count >= 4 else { return a == b }
    for start in 0...(x.count - 4) {
      let piece = String(x[start..<(start + 4)])
      if b.contains(piece) { return true }
    }
    return false
  }
}
