import PlanModel

/// One pass over the paragraphs: every goal with the paragraph and heading it stands in, the
/// figures stated as the starting situation, every cluster mention and every ladder chain.
struct TextReading {
  struct PlacedGoal {
    var candidate: GoalCandidate
    var paragraph: Int
    var key: String?
  }

  struct Chain {
    var steps: [String]
    var sentence: String
    var paragraph: Int
    var key: String?
    /// Each step's own sentence, where the steps stand in sentences of their own.
    var stepSentences: [String] = []
  }

  /// A row of figures by year (`LadderRows`), where it stands.
  typealias RowLine = (name: String, line: String, paragraph: Int, key: String?)

  private(set) var goals: [PlacedGoal] = []
  private(set) var starting: [BaselinePatterns.StartingFigure] = []
  private(set) var clusters: [DraftCluster] = []
  private(set) var chains: [Chain] = []
  /// The industries each park's own line names, and the mentions a park's clause gave.
  private var parkLines: [String: [String]] = [:]
  private var parkDirected: [(park: String, mention: Int)] = []
  /// The mentions `ClusterAttractLists` gave, kept only under an industry a cluster names.
  private var attractParts: [Int] = []
  /// The rows by year read since the last paragraph that is none (`LadderRows`).
  private var rowRun: [RowLine] = []
  /// The rows of a table of tiers by paragraph, set out as rows by year: `骨干企业	年营业收入10亿元
  /// 以上	41	100` under year columns as `骨干企业 | 2025年 41家 | 2028年 100家` (`YearColumnRows`).
  private var columnRows: [Int: String] = [:]

  /// `reference`: the year the plan starts from; a sentence reporting an earlier year states
  /// the starting situation; `workYear`: the year of a one-year work plan; `documentYear`: the
  /// year the document is written in (`明年` is the next).
  init(
    paragraphs: [String], outline: OutlineRecogniser, sections: PlanSections, reference: Int?,
    period: PlanPeriod? = nil, workYear: Int? = nil, documentYear: Int? = nil
  ) {
    var years = YearContext(
      reference: reference, workYear: workYear, nextYear: documentYear.map { $0 + 1 },
      period: period)
    let enterpriseUnit = Self.enterpriseUnit(in: paragraphs)
    let chapterYears = ChapterAsOfYears.years(
      paragraphs: paragraphs, outline: outline, sections: sections, reference: reference)
    columnRows = YearColumnRows.lines(paragraphs)
    for (index, paragraph) in paragraphs.enumerated() {
      let firstGoal = goals.count
      let key = outline.placeKeys[index]
      if readRow(
        outline.lines[index] == nil ? paragraph : nil, paragraph: index, key: key,
        reference: reference)
      {
        continue
      }
      let carries =
        key == nil || sections.isGoal(key) || GoalListLines.inGoalList(index, in: paragraphs)
      years.startParagraph(
        key: key, carries: carries,
        takes: sections.isGoal(key) || Self.continuesList(index, in: paragraphs),
        inGoals: sections.isGoal(key))
      let tier = Self.tier(of: key, in: outline)
      let headingYear = Self.headingYear(key, in: outline)
      let text = outline.lines[index].map { $0.runIn ? $0.body : "" } ?? paragraph
      let lead = outline.lines[index] == nil ? MeasurePatterns.leadPhrase(paragraph) : nil
      let datedYear = Self.reportedYear(in: text[...], before: reference)
      var paragraphChains: [Chain] = []
      let (goalLead, industry, ownCluster) = Self.leads(
        index, paragraph: paragraph, key: key, outline: outline, sections: sections)
      readHeadingCluster(index, key: key, outline: outline, sections: sections)
      readSegments(text, of: industry, ownCluster: ownCluster, index)
      let runIn = industry ?? Self.itemIndustry(index, in: outline)
      var lastReport: LastReport?
      let ownYear = sections.isOwnYearReview(key) ? documentYear : key.flatMap { chapterYears[$0] }
      for (sentence, quoted) in Self.sentences(text, reference, quoting: sections.isStarting(key)) {
        let pieces = Self.datedPieces(
          sentence, years: &years, key: key, carries: carries, headingYear: headingYear)
        if readReport(
          sentence, in: text, paragraph: index, inStartingPart: sections.isStarting(key) && !quoted,
          inGoalsPart: sections.isGoal(key), reference: reference,
          documentYear: documentYear ?? reference,
          fallbackYears: (datedYear, headingYear, ownYear), enterpriseUnit: enterpriseUnit,
          last: &lastReport)
        {
          continue
        }
        let reportSubject = lastReport?.subject
        lastReport = nil
        let cutOff = index == paragraphs.count - 1 && Self.endsCut(sentence, in: text)
        let sentenceFirst = goals.count
        // An assessment's scores and thresholds grade the work; they are no goals.
        for (piece, year) in pieces where !sections.isAssessment(key) {
          let context = Self.pieceContext(
            piece, year: year, inGoals: sections.isGoal(key) || GoalStatement.opens(paragraph),
            enterpriseUnit: enterpriseUnit, period: period, reportSubject: reportSubject,
            startingPart: sections.isStarting(key) && !quoted)
          readGoals(
            in: piece, context: context, cutOff: cutOff, paragraph: index, key: key,
            lead: goalLead, industry: SubjectIndustry.opening(sentence) ?? runIn,
            sentence: sentence)
        }
        readSentenceClusters(
          sentence, year: pieces.last?.1.year, tier: tier, paragraph: index,
          leads: (lead, industry, runIn), outline: outline, sections: sections)
        paragraphChains += chains(in: sentence, from: sentenceFirst, paragraph: index, key: key)
      }
      readParagraphChains(
        paragraphChains, text: text, lead: outline.lines[index].map(\.title) ?? lead,
        paragraph: index, key: key, firstGoal: firstGoal)
      ChangeStartYears.carry(&goals[firstGoal...])
    }
    finish(levelLines: paragraphs, keys: outline.placeKeys)
    readUpgradeTasks(paragraphs, outline: outline)
  }

  /// One sentence's clusters, and the lists of fields it gives its paragraph's industry.
  private mutating func readSentenceClusters(
    _ sentence: Substring, year: Int?, tier: String?, paragraph index: Int,
    leads: (lead: String?, industry: String?, runIn: String?), outline: OutlineRecogniser,
    sections: PlanSections
  ) {
    readClusters(
      sentence, year: year, tier: tier, paragraph: index, lead: leads.lead,
      industry: leads.industry)
    let named =
      leads.runIn ?? (outline.lines[index]?.title ?? leads.lead).flatMap(Self.namedIndustry)
    let key = outline.placeKeys[index]
    readAttractLists(
      sentence, parent: named, paragraph: index,
      fieldsOf: Self.ownFieldsIndustry(index, key, named, outline: outline, sections: sections))
  }

  /// Successive tasks each titled by an upgrade (`推动小升规`, `推动规改股`, `推动股上市`): a
  /// ladder (`UpgradeTaskLadders`), each task's count of its upgrade the step's.
  private mutating func readUpgradeTasks(_ paragraphs: [String], outline: OutlineRecogniser) {
    for ladder in UpgradeTaskLadders.ladders(paragraphs, outline: outline) {
      UpgradeTaskLadders.name(&goals, ladder: ladder, outline: outline)
      chains.append(
        Chain(
          steps: ladder.steps, sentence: paragraphs[ladder.tasks[0]],
          paragraph: ladder.tasks[0], key: ladder.key,
          stepSentences: ladder.tasks.map { paragraphs[$0] }))
    }
  }

  /// `专栏 …梯次培育目标` over `市级X:…`, `省级X:…`, `国家级X:…` lines: a ladder
  /// (`LevelLineLadders`), each line's counts its step's.
  private mutating func readLevelLines(_ paragraphs: [String], keys: [String?]) {
    for ladder in LevelLineLadders.ladders(paragraphs) {
      chains.append(
        Chain(
          steps: ladder.steps, sentence: paragraphs[ladder.title], paragraph: ladder.title,
          key: keys[ladder.title], stepSentences: ladder.lines))
      LevelLineLadders.name(&goals, lines: ladder.title + 1, steps: ladder.steps)
    }
  }

  /// The sentence's pieces, each with its year: a due year inside a later clause holds from
  /// that clause on, a `其中` clause's year for that clause alone (`YearClauses`, `PartYears`);
  /// a sentence opening with another industry takes no year from the one before.
  /// What the goal rules know of a piece of a sentence: its year, whether it stands among the
  /// goals, the plan's unit of enterprises and period, the subject a report names before it.
  static func pieceContext(
    _ piece: Substring, year: (year: Int?, mark: ReviewMark?), inGoals: Bool,
    enterpriseUnit: String, period: PlanPeriod?, reportSubject: String?, startingPart: Bool = false
  ) -> SentenceContext {
    // A span phrase (`三年内…`) in a piece with no year, or with years only after it, reaches
    // the clauses after it.
    let reaches = year.year == nil || !NumberUnitParser.years(in: piece).isEmpty
    return SentenceContext(
      year: year.year, yearMark: year.mark, isStartingSituation: startingPart, inGoals: inGoals,
      enterpriseUnit: enterpriseUnit,
      period: period, spanReach: reaches ? SpanReach.reach(in: piece, period: period) : nil,
      reportSubject: reportSubject)
  }

  static func datedPieces(
    _ sentence: Substring, years: inout YearContext, key: String?, carries: Bool, headingYear: Int?
  ) -> [(Substring, (year: Int?, mark: ReviewMark?))] {
    years.startSentence(subject: SubjectIndustry.opening(sentence))
    return YearClauses.pieces(of: sentence).flatMap(PartYears.pieces(of:)).map { piece in
      (piece, years.year(for: piece, key: key, carries: carries, headingYear: headingYear))
    }
  }

  /// The text's sentences (`StartingHead`), each followed, in a part reporting where things
  /// stand, by the plan's goals it quotes (`QuotedGoals`), marked as quoted.
  static func sentences(_ text: String, _ reference: Int?, quoting: Bool) -> [(Substring, Bool)] {
    StartingHead.sentences(of: text, reference: reference).flatMap { sentence in
      [(sentence, false)]
        + (quoting ? QuotedGoals.goals(in: sentence, from: reference).map { ($0, true) } : [])
    }
  }

  /// The last sentence read as the starting situation: its year, where it ends, its subject.
  private typealias LastReport = (year: Int?, end: String.Index, subject: String?)

  /// Reads `sentence` as the starting situation when it reports it (or, with no year of its
  /// own, goes on with the report just before it): its figures are baselines of the year it
  /// reports — its own, the period's, the paragraph's, the heading's, or the report before's.
  /// `documentYear`: the year whose months so far a sentence may open with (`MonthsSoFar`).
  private mutating func readReport(
    _ sentence: Substring, in text: String, paragraph index: Int, inStartingPart: Bool,
    inGoalsPart: Bool,
    reference: Int?, documentYear: Int?, fallbackYears: (dated: Int?, heading: Int?, own: Int?),
    enterpriseUnit: String, last lastReport: inout LastReport?
  ) -> Bool {
    let soFar = MonthsSoFar.year(of: sentence, documentYear: documentYear)
    let (reportsStart, periodYear) = Self.reportsStart(
      sentence, inStartingPart: inStartingPart, reference: reference)
    guard
      reportsStart || soFar != nil
        || (NumberUnitParser.years(in: sentence).isEmpty
          && Self.continuesReport(lastReport?.end, in: text))
        || (lastReport != nil
          && (StatedAsIs.continuesReport(sentence) || ReportedYearWhole.continuesReport(sentence)))
        || (!inGoalsPart
          && PastYearParagraphs.continuesReport(
            sentence, in: text, reference: reference, reporting: lastReport != nil))
    else { return false }
    let reported =
      soFar ?? Self.reportedYear(in: sentence, before: reference) ?? periodYear
      ?? fallbackYears.dated
      ?? fallbackYears.heading.flatMap { $0 < (reference ?? Int.max) ? $0 : nil }
      ?? lastReport?.year ?? fallbackYears.own
    let subject = readStarting(
      sentence, year: reported, reference: reference, paragraph: index,
      enterpriseUnit: enterpriseUnit, earlier: text[..<sentence.startIndex])
    lastReport = (reported, sentence.endIndex, subject)
    return true
  }

  /// True for the text's last sentence when it ends with no sentence mark (a page cut off).
  static func endsCut(_ sentence: Substring, in text: String) -> Bool {
    sentence.endIndex == text.endIndex
      && !(sentence.last.map(PlanTextCharacters.sentenceEnds.contains) ?? false)
  }

  /// The phrase heading the paragraph's goals — a run-in heading's title
  /// (`27.提升土地利用效率。全年…`) heads its task, as a lead phrase heads a goal line: no goal
  /// of its own — and, in a task, the one industry its heading develops.
  static func leads(
    _ index: Int, paragraph: String, key: String?, outline: OutlineRecogniser,
    sections: PlanSections
  ) -> (goalLead: String?, industry: String?, ownCluster: String?) {
    let goalLead =
      outline.lines[index].map { $0.runIn ? $0.title : nil } ?? GoalLineLead.phrase(of: paragraph)
    let industry =
      sections.isTask(key)
      ? headingIndustry(index, key: key, in: outline)
        ?? runInIndustryName(outline.lines[index]?.title)
        ?? TierItemIndustry.industry(index, in: outline) : nil
    // `(一)X产业集群`: a task heading that is only a cluster's name.
    let ownCluster =
      sections.isTask(key)
      ? key.flatMap(outline.heading).flatMap { clusterHeadingName($0.title) } : nil
    return (goalLead, industry, ownCluster)
  }

  /// After the last paragraph: the last run of rows, the park industries off their lines, and
  /// the directions to attract of an industry no cluster or scale names.
  /// `levelLines`: the paragraphs, for the ladders of their goal lines (`readLevelLines`).
  private mutating func finish(levelLines paragraphs: [String], keys: [String?]) {
    readRowRun()
    readLevelLines(paragraphs, keys: keys)
    // `展望2035年,…进入全省第一方阵`: a vision beyond the plan's years, no goal.
    let outlooks = OutlookGoals.paragraphs(in: paragraphs)
    goals.removeAll { OutlookGoals.isVision($0, outlooks: outlooks) }
    let named = Set(
      clusters.map(\.matchName)
        + goals.compactMap { ClusterAssembly.scaleName(of: $0.candidate) }.map(
          DraftCluster.matchName))
    let orphans = Set(
      attractParts.filter { index in
        clusters[index].parentName.map { !named.contains(DraftCluster.matchName($0)) } ?? true
      })
    clusters = clusters.indices.filter { !orphans.contains($0) }.map { clusters[$0] }
    let offLine = ClusterDirections.offLine(
      directed: parkDirected, lines: parkLines, mentions: clusters)
    clusters = clusters.indices.filter { !offLine.contains($0) }.map { clusters[$0] }
  }

  /// The sentence's ladders: the chains it states, and a pipeline of stages it grades with
  /// the counts from goal `first` on (`LadderPipeline`).
  private func chains(in sentence: Substring, from first: Int, paragraph: Int, key: String?)
    -> [Chain]
  {
    let listed = LadderLists.ladders(in: sentence)
    let pipeline =
      LadderPipeline.steps(in: sentence, goals: goals[first...])
      ?? (listed.isEmpty ? CountedStageLists.steps(in: sentence, goals: goals[first...]) : nil)
    // `…梯度培育计划,全年新增A企业150家、B企业60家…`: the tiers counted, when nothing else is read.
    let counted =
      listed.isEmpty && pipeline == nil
      ? LadderCounts.steps(in: sentence, goals: goals[first...]) : nil
    return (listed + [pipeline, counted].compactMap { $0 }).map { steps in
      Chain(steps: steps, sentence: String(sentence), paragraph: paragraph, key: key)
    }
  }

  /// The starting figures a sentence states (each of its clause's year: `ReportClauseYears`),
  /// and the clusters it lists as approved; returns what its last figure measures (the subject
  /// of a goal after it that names none).
  @discardableResult
  private mutating func readStarting(
    _ sentence: Substring, year: Int?, reference: Int?, paragraph: Int, enterpriseUnit: String,
    earlier: Substring = ""
  ) -> String? {
    // `全县辖6个镇、2个街道`: the region's divisions are no starting figure.
    let figures = ReportClauseYears.redate(
      BaselinePatterns.figures(
        in: sentence, year: year, paragraph: paragraph, enterpriseUnit: enterpriseUnit,
        earlier: earlier
      ).filter { !$0.metric.hasSuffix("辖") }, in: sentence, reported: year, before: reference)
    starting += figures
    readListedClusters(
      ClusterLists.counted(inSentence: sentence) + ClusterPartLists.approved(inSentence: sentence),
      in: sentence, paragraph)
    return figures.last?.metric
  }

  /// `创新型中小企业 | 2025年 560家 | 2026年 700家 | 2028年 1000家以上`: a row of figures by year
  /// gives its goals, and joins the run of rows it stands in; a line that is none (or a
  /// heading's, nil) ends the run.
  /// A row of a table of tiers is read as its row by year (`columnRows`), its source as printed.
  private mutating func readRow(_ line: String?, paragraph: Int, key: String?, reference: Int?)
    -> Bool
  {
    guard let source = line,
      let row = LadderRows.row(columnRows[paragraph] ?? source, reference: reference)
    else {
      readRowRun()
      return false
    }
    goals += row.goals.map { candidate in
      var candidate = candidate
      candidate.sourceText = source
      return PlacedGoal(candidate: candidate, paragraph: paragraph, key: key)
    }
    rowRun.append((row.name, source, paragraph, key))
    return true
  }

  /// A run of rows by year, each naming an enterprise tier, is a ladder (`LadderRows`).
  private mutating func readRowRun() {
    defer { rowRun = [] }
    guard let first = rowRun.first,
      let steps = LadderRows.steps(
        rowRun.map(\.name), chains: chains.map(\.steps),
        graded: rowRun.allSatisfy { columnRows[$0.paragraph] != nil })
    else { return }
    chains.append(
      Chain(
        steps: steps, sentence: first.line, paragraph: first.paragraph, key: first.key,
        stepSentences: rowRun.map(\.line)))
  }

  /// The paragraph's ladders: the chains its sentences state, else its programmes, unless the
  /// paragraph states one step by step; then the counts that name their steps.
  private mutating func readParagraphChains(
    _ sentenceChains: [Chain], text: String, lead: String?, paragraph index: Int, key: String?,
    firstGoal: Int
  ) {
    var paragraphChains = sentenceChains
    if let (steps, sentence) = LadderLists.programmes(in: text[...]) {
      paragraphChains.append(
        Chain(steps: steps, sentence: String(sentence), paragraph: index, key: key))
    }
    if let steps = LadderParagraphs.steps(inParagraph: text, lead: lead) {
      paragraphChains = [
        Chain(
          steps: steps.map(\.step), sentence: lead ?? String(steps[0].sentence),
          paragraph: index, key: key, stepSentences: steps.map { String($0.sentence) })
      ]
    }
    // `…区级试点企业,…省级试点企业达到12家,国家级试点企业实现零突破`: levels counted (`LevelCountLadders`).
    // `(一)实施优质企业梯度培育工程。…A企业达到30家,B企业达到480家,…`: the title grades them.
    if paragraphChains.isEmpty,
      let (steps, sentence) = GradedTitle.steps(
        inParagraph: text, title: lead, goals: goals[firstGoal...], earlier: chains.flatMap(\.steps)
      )
    {
      paragraphChains.append(
        Chain(steps: steps, sentence: sentence, paragraph: index, key: key))
    }
    if paragraphChains.isEmpty, let steps = LevelCountLadders.steps(in: goals[firstGoal...]) {
      paragraphChains.append(
        Chain(
          steps: steps.map(\.step), sentence: steps[0].sentence, paragraph: index, key: key,
          stepSentences: steps.map(\.sentence)))
    }
    chains += paragraphChains
    ReferencedSteps.name(&goals, from: firstGoal, chains: paragraphChains)
    LadderLabelSteps.name(&goals, from: firstGoal, chains: paragraphChains)
  }

  private mutating func readGoals(
    in piece: Substring, context: SentenceContext, cutOff: Bool, paragraph: Int, key: String?,
    lead: String?, industry: String?, sentence: Substring
  ) {
    // The counts a task works on (`WorkedCounts`), read clause by clause, piece by piece.
    let worked = WorkedCounts.figures(in: piece, paragraph: paragraph)
    starting += worked
    for var candidate in TargetPatterns.goals(in: piece, context: context)
      + SpecialGoalPatterns.goals(in: piece, context: context)
    where !GoalLineLead.isLead(candidate, lead)
      // `对全县150家规上工业企业实行…`: the count a task works on stands; it is no goal.
      && !worked.contains(where: {
        $0.value == candidate.goal.target?.value && $0.unit == candidate.goal.unit
      })
    {
      candidate.partOfYear = YearStretchGoals.opensStretch(sentence)
      // `其中，整车产值达到450亿元`: a part's scale under the paragraph's industry.
      if let part = PartOutputScales.cluster(
        for: candidate, in: sentence, parent: industry, paragraph: paragraph)
      {
        clusters.append(part)
        continue
      }
      // `A产业链营业收入达到560亿元，B产业链达到280亿元`: B's output, its word left out.
      if ElidedOutputClauses.isOutputFigure(candidate),
        let metric = ElidedOutputClauses.metric(candidate.metric, in: sentence)
      {
        candidate.metric = metric
      }
      // `产业规模突破80亿元` in a paragraph developing one industry is that industry's.
      if let industry,
        let metric = ClusterHeading.industryMetric(candidate.metric, industry: industry)
      {
        candidate.metric = metric
      }
      if let metric = ClassedClusterOutput.metric(candidate.metric, in: sentence) {
        candidate.metric = metric
      }
      // `主导产业产值目标:A产业突破150亿元`: A's output, under a head that names it once.
      if let tiered = OutputHeadScales.read(&candidate, in: sentence, paragraph: paragraph) {
        clusters.append(tiered)
      }
      // `上市企业实现零突破` in the goals and again in a task: one goal.
      if candidate.goal.qualifiers.contains("零突破"),
        goals.contains(where: {
          $0.candidate.goal.qualifiers.contains("零突破")
            && BaselinePatterns.sharesName($0.candidate.metric, candidate.metric)
        })
      {
        continue
      }
      // `A、B产业产值各达到50亿元`: each one's scale (`ListedEachScale`).
      let each = ListedEachScale.clusters(for: candidate, in: sentence, paragraph: paragraph)
      guard each.isEmpty else {
        clusters += each
        continue
      }
      // `三大新兴产业产值均突破100亿元`: the scale of each industry listed before.
      let shared = SharedClusterScale.clusters(
        for: candidate,
        among: clusters + SharedClusterScale.listed(in: sentence, paragraph: paragraph),
        paragraph: paragraph)
      guard shared.isEmpty else {
        clusters += shared
        continue
      }
      // `三大新兴产业产值分别达到…` after `A、B、C产业。`, `每个特色集群…均…` (`GroupedClusterScales`).
      let grouped = GroupedClusterScales.clusters(
        for: candidate, title: lead, in: sentence, paragraph: paragraph)
      guard grouped.isEmpty else {
        clusters += grouped
        continue
      }
      if cutOff { candidate.review.append(.textCutOff) }
      if candidate.metric.count > MetricText.longestClear {
        candidate.review.append(.metricUnclear)
      }
      goals.append(PlacedGoal(candidate: candidate, paragraph: paragraph, key: key))
    }
  }

  /// A task heading naming its cluster and tier (`(三)培育储能新兴产业`).
  private mutating func readHeadingCluster(
    _ index: Int, key: String?, outline: OutlineRecogniser, sections: PlanSections
  ) {
    // `二、人工智能。…` under `第三节 培育新兴产业`: the item's industry (`IndustryItemTitle`).
    if let item = IndustryItemTitle.industry(index, in: outline) {
      clusters.append(
        DraftCluster(name: item.name, tier: item.tier, sourceText: item.name, paragraph: index))
    }
    guard outline.lines[index] != nil, sections.isTask(key),
      let title = key.flatMap(outline.heading)?.title
    else { return }
    let parent = key.flatMap(outline.heading)?.parent.flatMap(outline.heading)
    if let segment = ChainSegments.heading(title) {
      clusters.append(
        DraftCluster(name: segment.name, tier: segment.tier, sourceText: title, paragraph: index))
    } else if let segment = parent.flatMap({ ChainSegments.heading($0.title) }),
      let part = ChainSegments.part(title)
    {
      clusters.append(
        DraftCluster(name: part, parentName: segment.name, sourceText: title, paragraph: index))
    } else if let named = ClusterHeading.named(title) ?? ClusterHeading.bracketed(title) {
      clusters.append(
        DraftCluster(name: named.name, tier: named.tier, sourceText: title, paragraph: index))
    } else if let name = PlaceHeadedIndustry.name(title) {
      clusters.append(DraftCluster(name: name, sourceText: title, paragraph: index))
    } else if let chain = ClusterHeading.chain(title) {
      clusters.append(DraftCluster(name: chain, sourceText: title, paragraph: index))
    } else if let parent, let name = ClusterHeading.developed(title, under: parent.title) {
      clusters.append(DraftCluster(name: name, sourceText: title, paragraph: index))
    }
  }

  /// The segments of the industry the paragraph's heading develops, under their label
  /// (`重点环节:做强A,…;做大B,…`: `ClusterSegmentClauses`); under a heading that is only a
  /// cluster's name (`ownCluster`), that cluster's parts in the lists its verbs of developing
  /// open (`ClusterVerbLists`).
  private mutating func readSegments(
    _ text: String, of industry: String?, ownCluster: String?, _ paragraph: Int
  ) {
    if let industry {
      for name in ClusterSegmentClauses.segments(inParagraph: text) where name != industry {
        clusters.append(
          DraftCluster(name: name, parentName: industry, sourceText: text, paragraph: paragraph))
      }
    }
    guard let cluster = ownCluster else { return }
    for name in ClusterVerbLists.parts(inParagraph: text) where name != cluster {
      clusters.append(
        DraftCluster(name: name, parentName: cluster, sourceText: text, paragraph: paragraph))
    }
  }

  /// `industry`: the industry the paragraph's heading develops (`3.发展高端装备产业。…`).
  /// Clusters named with a scale class (`千亿级X产业集群`), and those a shared scale names
  /// (`A、B两个百亿级产业`).
  private mutating func readScaledClusters(
    _ sentence: Substring, year: Int?, tier: String?, paragraph: Int
  ) {
    for (name, scale) in ClusterPatterns.scaled(in: sentence, year: year) {
      clusters.append(
        DraftCluster(
          name: name, tier: tier, scale: scale, sourceText: String(sentence), paragraph: paragraph,
          scaleIsClass: true))
    }
    for (name, scale) in ClusterPatterns.scaled(in: sentence, year: year, shared: true) {
      var cluster = DraftCluster(
        name: name, tier: tier, scale: scale, sourceText: String(sentence), paragraph: paragraph)
      cluster.sharesScale = true
      clusters.append(cluster)
    }
  }

  private mutating func readClusters(
    _ sentence: Substring, year: Int?, tier: String?, paragraph: Int, lead: String?,
    industry: String?
  ) {
    readScaledClusters(sentence, year: year, tier: tier, paragraph: paragraph)
    readTierLists(sentence, year: year, paragraph: paragraph)
    for (names, tier) in ClusterRolePhrases.tiers(in: sentence) {
      for name in names {
        clusters.append(
          DraftCluster(name: name, tier: tier, sourceText: String(sentence), paragraph: paragraph))
      }
    }
    readListedClusters(ClusterLists.explicit(inSentence: sentence), in: sentence, paragraph)
    readDirections(sentence, year: year, paragraph: paragraph)
    if let industry {
      for name in ClusterFieldLabels.parts(inSentence: sentence) where name != industry {
        clusters.append(
          DraftCluster(
            name: name, parentName: industry, sourceText: String(sentence), paragraph: paragraph))
      }
    }
    for (parent, names) in ClusterPartLists.parts(inSentence: sentence)
      + ClusterLeadLists.parts(inSentence: sentence)
      + ClusterChainGroups.parts(inSentence: sentence)
    {
      for name in names {
        clusters.append(
          DraftCluster(
            name: name, parentName: parent, sourceText: String(sentence), paragraph: paragraph))
      }
    }
    guard let tier else {
      readCountedParts(sentence, of: industry, paragraph)
      return
    }
    // In a paragraph a cluster heads (`电子信息。…`), a list names its parts; so does a list
    // after a clause that names a cluster (`突破发展电子信息产业,培育壮大A、B等重点产业`).
    let lead = lead.flatMap { $0.count <= ClusterAssembly.longestName ? $0 : nil }
    // Under a heading naming its own industry (`做强X主导产业`), a counted list names X's parts.
    let headed = lead == nil && industry != nil
    if headed { readCountedParts(sentence, of: industry, paragraph) }
    var named: String?
    let clauses = SentenceSegmenter.clauses(of: sentence)
    for (position, clause) in clauses.enumerated() {
      let parent = lead ?? named
      // `聚焦A、B等领域` in one industry's own paragraph: its fields (`IndustryFieldLists`).
      let fields = headed && parent == nil && IndustryFieldLists.namesFields(clause)
      let parts =
        (fields ? [] : ClusterPatterns.listedUnder(tierHeading: clause))
        + (headed ? [] : ClusterLists.counted(in: clause))
        + (parent.map { ClusterLists.parts(in: clause, of: $0) } ?? [])
        + (lead.map { ClusterPartClasses.parts(in: clause, sentence: sentence, own: $0) } ?? [])
      var heads = ClusterPatterns.named(in: clause)
      if heads.isEmpty, lead == nil,
        let economy = ClusterEconomy.named(in: clause, later: clauses[(position + 1)...])
      {
        heads = [economy]
      }
      for (name, isPart) in parts.map({ ($0, true) }) + heads.map({ ($0, false) })
      where name != parent {
        let under = isPart ? parent : lead
        clusters.append(
          DraftCluster(
            name: name, tier: under == nil ? tier : nil, parentName: under,
            sourceText: String(sentence), paragraph: paragraph,
            review: under == nil ? [.clusterTierFromHeading] : []))
      }
      if lead == nil, let head = heads.last { named = head }
    }
  }

  /// `A、B、C三大主导产业`: clusters listed with their tier, each with the scale a clause after
  /// the list gives every one of them (`EachIndustryScale`).
  private mutating func readTierLists(_ sentence: Substring, year: Int?, paragraph: Int) {
    let listed = ClusterPatterns.listed(in: sentence)
    // `…三个新兴产业,每个产业到2030年都要形成200亿级规模`: each one's scale.
    let each = listed.count == 1 ? EachIndustryScale.scale(in: sentence, year: year) : nil
    // `培育A、B、C等特色产业链`: chains listed with their tier (`TierChainLists`), no scale.
    let chains = TierChainLists.lists(in: sentence).map { ($0.names, $0.tier, nil as Figure?) }
    for (names, listTier, scale) in listed.map({ ($0.names, $0.tier, each) }) + chains {
      for name in names {
        clusters.append(
          DraftCluster(
            name: name, tier: listTier, scale: scale, sourceText: String(sentence),
            paragraph: paragraph))
      }
    }
  }

  /// The directions to attract or fill a paragraph names for its industry (`ClusterAttractLists`).
  /// Also the fields it lists as what it develops (`IndustryOwnLists`): `fieldsOf`, the
  /// industry of the paragraph (nil in the starting situation).
  private mutating func readAttractLists(
    _ sentence: Substring, parent: String?, paragraph: Int, fieldsOf: String?
  ) {
    let subject = SubjectIndustry.opening(sentence)
    readOwnFields(sentence, parent: subject ?? fieldsOf, paragraph: paragraph)
    guard let parent = subject ?? parent else { return }
    for clause in SentenceSegmenter.clauses(of: sentence) {
      for name in ClusterAttractLists.parts(
        in: clause, subjectNamed: subject != nil, parent: parent)
      where name != parent {
        attractParts.append(clusters.count)
        clusters.append(
          DraftCluster(
            name: name, parentName: parent, sourceText: String(sentence), paragraph: paragraph))
      }
    }
  }

  /// The industry whose own fields a paragraph lists (`IndustryOwnLists`): its heading's
  /// without the verb it reads with (`2.做优X产业。`), else `named`; none in the starting situation.
  static func ownFieldsIndustry(
    _ index: Int, _ key: String?, _ named: String?, outline: OutlineRecogniser,
    sections: PlanSections
  ) -> String? {
    guard !sections.isStarting(key) else { return nil }
    let title = outline.lines[index]?.title ?? key.flatMap(outline.heading)?.title
    return IndustryOwnLists.developedIndustry(title) ?? named
  }

  /// The fields an industry's paragraph or sentence lists as what it develops: its
  /// sub-clusters (`IndustryOwnLists`), kept, as the directions to attract, only under an
  /// industry a cluster or a scale names.
  private mutating func readOwnFields(_ sentence: Substring, parent: String?, paragraph: Int) {
    var framed = true
    for clause in SentenceSegmenter.clauses(of: sentence) {
      defer { framed = framed && IndustryOwnLists.frames(clause) }
      guard let found = IndustryOwnLists.fields(in: clause, parent: parent, framed: framed) else {
        continue
      }
      for name in found.names {
        attractParts.append(clusters.count)
        clusters.append(
          DraftCluster(
            name: name, parentName: found.parent, sourceText: String(sentence),
            paragraph: paragraph))
      }
    }
  }

  /// `新能源汽车及零部件`, a lead phrase or title that is an industry's name alone.
  static func namedIndustry(_ phrase: String) -> String? {
    runInIndustryName(phrase.hasSuffix("产业") ? phrase : phrase + "产业")
  }

  /// The directions a clause gives an industry (its parts) or a park (its leading industries):
  /// `ClusterDirections`.
  private mutating func readDirections(_ sentence: Substring, year: Int?, paragraph: Int) {
    let source = String(sentence)
    let line = ClusterDirections.parkLine(sentence)
    if let line { parkLines[line.park] = line.industries.map(\.name) }
    for (name, scale) in line?.industries ?? [] {
      clusters.append(
        DraftCluster(
          name: name, tier: ClusterDirections.parkTier, scale: scale?.figure(year: year),
          sourceText: source, paragraph: paragraph))
    }
    for found in ClusterDirections.lists(inSentence: sentence) {
      if let parent = found.parent {
        clusters.append(DraftCluster(name: parent, sourceText: source, paragraph: paragraph))
      }
      for name in found.names {
        if found.parent == nil { parkDirected.append((found.subject, clusters.count)) }
        clusters.append(
          DraftCluster(
            name: name, tier: found.parent == nil ? ClusterDirections.parkTier : nil,
            parentName: found.parent, sourceText: source, paragraph: paragraph))
      }
    }
  }

  /// In a paragraph developing one industry (its heading's, or one a clause names), a list
  /// closed by a count equal to its length names its parts (`围绕A、B和C三大领域`); the
  /// industry is then a cluster too.
  private mutating func readCountedParts(
    _ sentence: Substring, of industry: String?, _ paragraph: Int
  ) {
    var parent = industry
    for clause in SentenceSegmenter.clauses(of: sentence) {
      if let named = ClusterPatterns.named(in: clause).last {
        parent = named
        continue
      }
      guard let parent else { continue }
      let parts = ClusterLists.counted(in: clause).filter { $0 != parent }
      guard !parts.isEmpty else { continue }
      let source = String(sentence)
      clusters.append(DraftCluster(name: parent, sourceText: source, paragraph: paragraph))
      for name in parts {
        clusters.append(
          DraftCluster(name: name, parentName: parent, sourceText: source, paragraph: paragraph))
      }
    }
  }

  /// The plain years a sentence names, not the year of a goal's starting figure in brackets
  /// (`突破900家(2024年为712家)` reports on no year).
  static func plainYears(_ years: [YearReading], in sentence: Substring) -> [Int] {
    let notes = BracketBaseline.notes(in: sentence)
    return years.filter { year in
      year.role == .plain && !BracketBaseline.holds(year, among: notes)
    }.map(\.year)
  }

  /// `3.电子信息产业。…`, `(二)精细化工产业链。…`: a run-in heading that is only an industry's
  /// (or its chain's) name names it.
  static func runInIndustry(_ title: String?) -> String? {
    guard var title, title.count <= ClusterAssembly.longestName + 1 else { return nil }
    if title.hasSuffix("产业链") { title.removeLast() }
    if let named = ClusterItemTitle.industryTitle(title) { title = named }
    guard title.hasSuffix("产业"), title.count <= ClusterAssembly.longestName,
      title.dropLast(2).allSatisfy(PlanTextCharacters.isHan), title.count >= 4,
      // `7.未来产业。…`: the tier's industries together, no one industry (`ClusterNameGate`).
      !ClusterNameGate.namesAClass(title[...])
    else { return nil }
    return String(title.dropLast(2))
  }

  /// True for a line of a list (`——…`, `-…`, `●…`) or a paragraph after a line closed by `:`
  /// (`到2027年,实现以下目标:`): a paragraph that may take the year an earlier one set.
  static func continuesList(_ index: Int, in paragraphs: [String]) -> Bool {
    let text = PlanTextCharacters.trimmed(paragraphs[index])
    if let first = text.first, "—-–●·•▪".contains(first) { return true }
    return index > 0 && PlanTextCharacters.trimmed(paragraphs[index - 1]).hasSuffix(":")
  }

  /// The industry a run-in item names by its title: `3.电子信息产业。…`, or under a heading about
  /// industries `(二)汽车零部件。…` (`IndustryItemTitle`).
  static func itemIndustry(_ index: Int, in outline: OutlineRecogniser) -> String? {
    runInIndustry(outline.lines[index]?.title)
      ?? IndustryItemTitle.industry(index, in: outline)?.name
  }

  /// `runInIndustry` when the heading is only a name (`3.新型显示产业。…`), not a verb's
  /// phrase or a tier (`1.巩固提升支柱产业。…`, `做大做强主导产业`): the industry whose
  /// paragraph's counted lists name its parts.
  static func runInIndustryName(_ title: String?) -> String? {
    guard let name = runInIndustry(title),
      !headingWords.contains(where: name.contains), ClusterLists.listedName(name) == name
    else { return nil }
    return name
  }

  /// Words a heading's phrase holds that no industry's name does: verbs of developing and
  /// tiers.
  static let headingWords = [
    "做大", "做强", "做优", "做精", "巩固", "加快", "前瞻", "集聚", "发展", "培育", "壮大", "提升",
    "推动", "打造", "推进", "实施", "构建", "聚焦", "突破", "优化", "升级", "大力", "支柱", "主导",
    "新兴", "未来", "特色", "优势", "重点", "战略", "传统",
  ]

  /// The industry a task heading develops (`发展高端装备产业`), for a paragraph under it or
  /// run into it.
  static func headingIndustry(_ index: Int, key: String?, in outline: OutlineRecogniser)
    -> String?
  {
    guard let title = outline.lines[index]?.title ?? key.flatMap(outline.heading)?.title else {
      return nil
    }
    return ClusterPatterns.named(in: title[...]).last ?? ClusterHeading.chain(title)
      ?? ClusterHeading.bracketed(title)?.name ?? clusterHeadingName(title)
      ?? PlaceHeadedIndustry.name(title)
  }

  /// `(一)工程机械产业集群`: a heading that is only a cluster's name names its industry.
  static func clusterHeadingName(_ title: String) -> String? {
    guard title.hasSuffix("产业集群") else { return nil }
    return runInIndustryName(String(title.dropLast(2)))
  }

  /// Clusters a list names without a tier (`A、B、C3个产业入选…`, `打造X产业集群`).
  private mutating func readListedClusters(
    _ names: [String], in sentence: Substring, _ paragraph: Int
  ) {
    for name in names {
      clusters.append(DraftCluster(name: name, sourceText: String(sentence), paragraph: paragraph))
    }
  }

  /// Whether the sentence goes on a report the last one made: cut from it at `;` (`2025年,全市
  /// 完成技改投资138亿元;数控化率达到58.6%`), so a sentence naming no year of its own reports
  /// on the same year.
  static func continuesReport(_ end: String.Index?, in text: String) -> Bool {
    guard let end, end < text.endIndex else { return false }
    return text[end] == ";" || text[end] == "；"
  }

  /// The year a starting-situation text reports on: the first year before the plan's start
  /// it names (`2022年全市…`, `截至2022年底`), not a base of comparison (`较2012年`).
  /// True when the sentence reports the starting situation: it stands under a starting-situation
  /// heading, recalls a past five-year period (its last year returned), or names a year before
  /// the plan's start and no due year (a `截至` year before it is none: `AsOfYears`).
  static func reportsStart(_ sentence: Substring, inStartingPart: Bool, reference: Int?) -> (
    Bool, Int?
  ) {
    let sentenceYears = NumberUnitParser.years(in: sentence)
    let asOf = sentenceYears.filter { AsOfYears.isPast($0, in: sentence, reference: reference) }
    let noDueYear = sentenceYears.allSatisfy { $0.role != .due || asOf.contains($0) }
    let periodYear = noDueYear ? FiveYearPeriods.pastYear(in: sentence, before: reference) : nil
    let pastYears = plainYears(sentenceYears, in: sentence) + asOf.map(\.year)
    let isStarting =
      inStartingPart || periodYear != nil
      || (noDueYear && pastYears.contains { $0 < (reference ?? Int.max) })
    return (isStarting, periodYear)
  }

  static func reportedYear(in text: Substring, before reference: Int?) -> Int? {
    NumberUnitParser.years(in: text).first {
      $0.role != .base && $0.role != .span && $0.year < (reference ?? Int.max)
        && !StartYears.isStart($0, in: text)
    }?.year
  }

  /// `户` when the text counts in 户 more often than in 家 (`企业3户`), else `家`.
  static func enterpriseUnit(in paragraphs: [String]) -> String {
    var counts: [Character: Int] = ["家": 0, "户": 0]
    for paragraph in paragraphs {
      var previousIsDigit = false
      for c in paragraph {
        if previousIsDigit, counts[c] != nil { counts[c, default: 0] += 1 }
        previousIsDigit = PlanTextCharacters.isDigit(c)
      }
    }
    return (counts["户"] ?? 0) > (counts["家"] ?? 0) ? "户" : "家"
  }

  /// The tier the paragraph's heading (or an ancestor's) names.
  static func tier(of key: String?, in outline: OutlineRecogniser) -> String? {
    var current = key.flatMap(outline.heading)
    while let heading = current {
      if let tier = ClusterPatterns.tier(ofHeading: heading.title) { return tier }
      current = heading.parent.flatMap(outline.heading)
    }
    return nil
  }

  /// A due year the heading (or an ancestor) names: `第一阶段(2023—2025年)` → 2025.
  static func headingYear(_ key: String?, in outline: OutlineRecogniser) -> Int? {
    var current = key.flatMap(outline.heading)
    while let heading = current {
      if let year = NumberUnitParser.years(in: heading.title[...]).map(\.year).max() { return year }
      current = heading.parent.flatMap(outline.heading)
    }
    return nil
  }
}
