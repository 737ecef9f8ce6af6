import PlanModel

/// Turns what the text reading found into the plan's item lists, with ids, sources (the
/// verbatim sentence and the heading it stands under) and review marks.
struct DraftItems {
  let paragraphs: [String]
  let outline: OutlineRecogniser
  let sections: PlanSections
  let reading: TextReading
  let tables: [DocumentTable]
  let horizon: Horizon
  let language: Language
  /// For each table, the paragraph it stands after (nil before the first).
  var tablePlaces: [Int?] = []
  /// The one industry the plan is about, if its title names one (`PlanIndustry`).
  var planIndustry: String?

  func headingKey(_ paragraph: Int) -> String? {
    paragraph < outline.placeKeys.count ? outline.placeKeys[paragraph] : nil
  }

  func source(_ text: String, paragraph: Int, review: [ReviewMark]) -> SourceRef {
    let key = headingKey(paragraph)
    return SourceRef(
      section: key, text: text, heading: key, review: review.map { $0.text(language) })
  }

  /// The task paragraphs and 任务分工 rows, joined: the measures, their review marks, the rows
  /// no task matched and the task list's own paragraphs.
  private func readMeasures() -> (
    measures: [DraftMeasure], reviews: [Int: [ReviewMark]], unmatched: [TaskTableRow],
    listParagraphs: Set<Int>
  ) {
    let list = TaskListReader.rows(paragraphs: paragraphs, outline: outline)
    var measures = MeasurePatterns.measures(
      paragraphs: paragraphs, outline: outline, sections: sections,
      skipped: list.paragraphs.union(outline.boxParagraphs).union(
        GoalStatement.paragraphs(paragraphs)))
    // A text heading no tasks may list them as `一是…`, `二是…` after their introduction.
    measures += IntroducedActions.measures(
      paragraphs: paragraphs, outline: outline, sections: sections,
      taken: Set(measures.flatMap(\.paragraphs)))
    var reviews: [Int: [ReviewMark]] = [:]
    let rows = tables.flatMap(TaskTableReader.rows(of:)) + list.rows
    var unmatched = MeasureAssembly.join(rows, into: &measures, reviews: &reviews)
    ActionUnitClauses.give(
      to: &measures, paragraphs: paragraphs,
      taskParagraphs: Set(measures.flatMap(\.paragraphs)).union(list.paragraphs))
    // `排在第一位的为牵头单位`: the first unit of each list leads.
    FirstListedLead.apply(to: &measures, rows: &unmatched, paragraphs: paragraphs)
    return (measures, reviews, unmatched, list.paragraphs)
  }

  func fill(_ plan: inout Plan, ids: inout DraftIDs) {
    let (measures, measureReviews, unmatched, listParagraphs) = readMeasures()
    let chains = self.chains
    let steps = chains.flatMap(\.steps)
    let textGoals = RestatedStartingFigures.dated(
      datedByTables(reading.goals), starting: reading.starting, before: horizon.start)
    // `做大A、B、C三大绿色低碳产业`: the group is no cluster of its own, its total no scale —
    // unless it is read as its parts' parent (`整车、零部件两大汽车产业`, `汽车` a cluster).
    let groups = CountedGroups.notClusters(in: paragraphs, mentions: reading.clusters)
    var filing = GoalFiling(
      goals: textGoals + tableGoals(besides: textGoals),
      measureParagraphs: Set(measures.flatMap(\.paragraphs)),
      ladderSteps: steps, ladderSentences: chains.map(\.sentence),
      ladderParagraphs: Set(chains.map(\.paragraph)),
      planIndustry: planIndustry,
      groups: groups, outlooks: OutlookGoals.paragraphs(in: paragraphs),
      tierOf: { TextReading.tier(of: $0, in: outline) })
    // Each cluster's scale chosen among the figures the text links to it.
    let resolved = resolvedClusters(measures: measures, groups: groups, filing: &filing)
    // A starting figure an indicators' table or the goal's own sentence states as a goal's
    // baseline is that baseline (not one `attach` gave a goal from another sentence).
    let stated =
      (filing.targets.map(\.candidate) + filing.indicators.map(\.0.candidate)
      + filing.stepGoals.values)
      .filter { $0.goal.baseline != nil }
    let (goals, stepGoals, unused) = attachStarting(filing, text: textGoals)
    let withStarts = goals + Array(stepGoals.values)
    plan.baselineIndicators = unused.filter { figure in
      !RestatedStartingFigures.isRestated(figure, among: withStarts)
    }.filter { figure in
      // A change over the years before (`能耗累计下降14.2%`) is the baseline of no goal.
      figure.isPastChange
        || !stated.contains { goal in
          goal.goal.baseline?.value == figure.value && goal.goal.unit == figure.unit
            && goal.goal.baseline?.year == figure.year
        }
    }.map { figure in
      BaselineIndicator(
        id: ids.make("baseline", name: figure.metric), name: figure.metric, kind: figure.kind,
        unit: figure.unit, baseline: Figure(value: figure.value, year: figure.year),
        source: source(figure.sourceText, paragraph: figure.paragraph, review: []))
    }
    plan.baselineIndicators += resolved.starts.map { scaleStart($0, ids: &ids) }
    plan.baselineIndicators += Self.ownStarts(filing.scaleStarts, besides: goals + stepGoals.values)
      .map { scaleStart($0, ids: &ids) }
    for (index, placed) in filing.targets.enumerated() {
      plan.targets.append(
        Target(
          id: ids.make("target", name: goals[index].metric), metric: goals[index].metric,
          goal: fitted(goals[index]).goal,
          source: source(
            goals[index].sourceText, paragraph: placed.paragraph,
            review: fitted(goals[index]).review)))
    }
    for (placed, category) in filing.indicators {
      let fit = fitted(placed.candidate)
      plan.indicators.append(
        Indicator(
          id: ids.make("indicator", name: placed.candidate.metric), name: placed.candidate.metric,
          category: category, goal: fit.goal,
          source: source(
            placed.candidate.sourceText, paragraph: placed.paragraph, review: fit.review)))
    }
    plan.clusters = ClusterAssembly.clusters(
      resolved.clusters.map(fittedScale), ids: &ids, language: language,
      headingOf: headingKey)
    plan.ladders = ladders(stepGoals: stepGoals, ids: &ids)
    fillMeasures(
      &plan, measures: measures, reviews: measureReviews, unmatched: unmatched,
      outputs: filing.outputs, listParagraphs: listParagraphs, ids: &ids)
  }

  /// The plan's measures: the task paragraphs' (with the counts filed as their outputs), the
  /// 任务分工 rows no task matched, and the programmes named in prose outside the tasks.
  private func fillMeasures(
    _ plan: inout Plan, measures: [DraftMeasure], reviews measureReviews: [Int: [ReviewMark]],
    unmatched: [TaskTableRow], outputs: [Int: [GoalCandidate]], listParagraphs: Set<Int>,
    ids: inout DraftIDs
  ) {
    for (index, draft) in measures.enumerated() {
      plan.measures.append(
        MeasureAssembly.measure(
          draft, id: ids.make("measure", name: draft.title),
          outputs: draft.paragraphs.flatMap { outputs[$0] ?? [] }.map {
            fitted($0).candidate
          },
          review: measureReviews[index] ?? [], horizon: horizon, language: language))
    }
    for row in unmatched {
      plan.measures.append(
        MeasureAssembly.measure(
          row: row, id: ids.make("measure", name: row.task), horizon: horizon,
          language: language))
    }
    let taskParagraphs = Set(measures.flatMap(\.paragraphs)).union(listParagraphs)
    for (index, paragraph) in paragraphs.enumerated() where !taskParagraphs.contains(index) {
      for programme in ProgrammeSentences.programmes(in: paragraph) {
        plan.measures.append(
          MeasureAssembly.measure(
            programme: programme, id: ids.make("measure", name: programme.title),
            section: headingKey(index), paragraph: index))
      }
    }
  }

  /// The targets and the ladder steps' counts with the starting figures that are their
  /// baselines, and the starting figures left over, each a baseline indicator of its own. A
  /// step takes only a figure that names it (`2024年底,…创新型中小企业986家` for the step
  /// `创新型中小企业`, counted `达到1800家`). `text` holds the goals the text states (a table's
  /// row the text restates gives its starting figure: `restatedRowStarts`).
  func attachStarting(_ filing: GoalFiling, text: [TextReading.PlacedGoal]) -> (
    targets: [GoalCandidate], steps: [String: GoalCandidate],
    unused: [BaselinePatterns.StartingFigure]
  ) {
    var goals = filing.targets.map(\.candidate)
    var unused = BaselinePatterns.attach(
      reading.starting + restatedRowStarts(text), to: &goals,
      stages: BaselineStages(
        paragraphs: filing.targets.map(\.paragraph),
        visions: BaselineStages.visions(in: paragraphs),
        items: SiblingItemStarts(outline: outline, starting: reading.starting),
        stages: LatestGoalStarts.stages(in: paragraphs)))
    var stepGoals = filing.stepGoals
    let names = stepGoals.keys.sorted()
    for name in names {
      // A count of new ones (`全年新增规上工业企业40家`) has no starting level: the stock
      // (`总数达到287家`) and last year's new ones stay starting figures of their own.
      guard var goal = stepGoals[name], goal.goal.baseline == nil, GoalFiling.isLevel(goal)
      else { continue }
      if let restated = LadderOwnCounts.restatedBaseline(
        of: name, count: goal, targets: goals, steps: names)
      {
        goal.goal.baseline = restated
        stepGoals[name] = goal
        continue
      }
      let own = unused.filter {
        $0.unit == goal.goal.unit && GoalFiling.step(for: $0.metric, among: names) == name
      }
      guard let figure = BaselinePatterns.latest(own, before: goal.goal.target?.year) else {
        continue
      }
      goal.goal.baseline = Figure(value: figure.value, year: figure.year)
      goal.review.append(.baselineFromStartingSituation(figure.year))
      stepGoals[name] = goal
      unused.removeAll { $0 == figure }
    }
    return (goals, stepGoals, unused)
  }

  /// The goals of the indicators' tables (`IndicatorTableGoals`, `YearRowTableGoals`,
  /// `BreakdownTableGoals`), each placed at the
  /// paragraph its table follows; not those the text itself states with the same figure.
  func tableGoals(besides text: [TextReading.PlacedGoal]) -> [TextReading.PlacedGoal] {
    var placed: [TextReading.PlacedGoal] = []
    for (index, table) in tables.enumerated() {
      let paragraph = tablePlace(index) ?? 0
      let before = paragraphs.isEmpty ? [] : Array(paragraphs[max(0, paragraph - 2)...paragraph])
      // A table of tiers gives its steps' counts (`TierTableLadders`), no other goals.
      if let tiers = TierTableLadders.ladder(in: table, before: before, reference: horizon.start) {
        placed += tiers.goals.map {
          TextReading.PlacedGoal(candidate: $0, paragraph: paragraph, key: headingKey(paragraph))
        }
        continue
      }
      let breakdown = BreakdownTableGoals.goals(in: table, before: before)
      let rows =
        IndicatorTableGoals.goals(in: table, before: caption(table, before))
        + YearRowTableGoals.goals(in: table) + breakdown
      for candidate in rows
      where !text.contains(where: {
        RestatedRows.restates($0.candidate, row: candidate, rows: rows)
      }) {
        placed.append(
          TextReading.PlacedGoal(
            candidate: candidate, paragraph: paragraph, key: headingKey(paragraph)))
      }
      // A town's share is its own goal, whatever the region's goals state; a chain's goals
      // beside its scale (`ChainGoalTable`) are its own too.
      for candidate in PlaceColumnTableGoals.goals(in: table, before: before)
        + ChainGoalTable.goals(in: table)
      {
        placed.append(
          TextReading.PlacedGoal(
            candidate: candidate, paragraph: paragraph, key: headingKey(paragraph)))
      }
    }
    return placed
  }

  /// The rows of the indicators' tables (`IndicatorTableGoals`), each table read with the
  /// paragraphs before it (its caption); without the tables of tiers unless `tiers`.
  func indicatorRows(tiers: Bool = true) -> [GoalCandidate] {
    tables.enumerated().flatMap { index, table -> [GoalCandidate] in
      if !tiers, let first = table.rows.first?.first,
        TierTableHeaders.isNameLabel(first)
      {
        return []
      }
      let paragraph = tablePlace(index) ?? 0
      let before = paragraphs.isEmpty ? [] : Array(paragraphs[max(0, paragraph - 2)...paragraph])
      return IndicatorTableGoals.goals(in: table, before: caption(table, before))
    }
  }

  /// The paragraphs before a table that may give its rows their unit (`TableUnit`): none for a
  /// table of places' shares (`BreakdownTableGoals`, `PlaceColumnTableGoals`), whose rows are
  /// places, not indicators.
  func caption(_ table: DocumentTable, _ before: [String]) -> [String] {
    BreakdownTableGoals.goals(in: table, before: before).isEmpty
      && PlaceColumnTableGoals.goals(in: table, before: before).isEmpty ? before : []
  }

  /// The text's goals, a goal stated without a year that an indicators' table states with one
  /// (`…综合利用率达到95%` and the row `一般工业固体废物综合利用率 % 93.5 95`) taking the table's
  /// year: the same goal, restated.
  func datedByTables(_ goals: [TextReading.PlacedGoal]) -> [TextReading.PlacedGoal] {
    let rows = indicatorRows()
    guard !rows.isEmpty else { return goals }
    return goals.map { placed in
      var placed = placed
      let goal = placed.candidate.goal
      guard goal.target?.hasNumber == true, goal.target?.year == nil,
        let row = rows.first(where: { row in
          row.goal.unit == goal.unit && row.goal.target?.value == goal.target?.value
            && RestatedRows.sameName(placed.candidate.metric, row.metric)
        })
      else { return placed }
      placed.candidate.goal.target?.year = row.goal.target?.year
      return placed
    }
  }

  /// The starting figures of the table rows the text states again (`工业固体废物综合利用率 % 91
  /// 95`, and `…利用率达到95%` in a task): the row is not read twice, but its first year's
  /// figure still stands, for the text's goal or as a starting figure of its own — unless the
  /// text states that starting figure too. Not the rows of a table of tiers (its first column
  /// headed `梯队`, `层级` …: `YearColumnRows.tierHeaders`): their starting counts are the ladder's.
  func restatedRowStarts(_ text: [TextReading.PlacedGoal]) -> [BaselinePatterns.StartingFigure] {
    let rows = indicatorRows(tiers: false)
    return rows.compactMap { candidate in
      guard let baseline = candidate.goal.baseline, let value = baseline.value,
        baseline.year != nil, !candidate.goal.isChange,
        text.contains(where: { RestatedRows.restates($0.candidate, row: candidate, rows: rows) }),
        !reading.starting.contains(where: {
          !$0.isPastChange && $0.value == value && $0.unit == candidate.goal.unit
            && $0.year == baseline.year
        })
      else { return nil }
      return BaselinePatterns.StartingFigure(
        metric: candidate.metric, value: value, unit: candidate.goal.unit, year: baseline.year,
        kind: candidate.goal.kind, sourceText: candidate.sourceText)
    }
  }

  /// The goal with any year outside the horizon taken out (and said so).
  func fitted(_ candidate: GoalCandidate) -> (
    goal: Goal, review: [ReviewMark], candidate: GoalCandidate
  ) {
    var candidate = AnnualRateYears.dated(candidate, horizon: horizon)
    if let year = candidate.goal.target?.year, !(horizon.start...horizon.end).contains(year) {
      candidate.goal.target?.year = nil
      candidate.review.append(.yearOutsideHorizon(year))
    }
    if let base = candidate.goal.baseline?.year, let target = candidate.goal.target?.year,
      base > target
    {
      candidate.goal.baseline = nil
    }
    return (candidate.goal, candidate.review, candidate)
  }

  func fittedScale(_ cluster: DraftCluster) -> DraftCluster {
    var cluster = cluster
    if let year = cluster.scale?.year, !(horizon.start...horizon.end).contains(year) {
      cluster.scale?.year = nil
      cluster.review.append(.yearOutsideHorizon(year))
    }
    return cluster
  }
}

extension Goal {
  /// The same target figure in the same unit and year.
  func sameFigure(as other: Goal) -> Bool {
    target?.hasNumber == true && unit == other.unit && target?.value == other.target?.value
      && target?.min == other.target?.min && target?.year == other.target?.year
  }
}
