import PlanModel

/// What each part of the outline is for: the goals (`主要目标`, `发展目标`), the background
/// (`发展基础`, `指导思想` …) and the tasks after them, where every paragraph is a measure.
struct PlanSections {
  static let goalWords = ["目标"]
  static let backgroundWords =
    [
      "指导思想", "总体要求", "基本原则", "发展原则", "发展基础", "面临形势", "重大意义", "发展导向", "总体思路",
      "发展现状", "现实基础", "发展环境", "形势", "意义", "基本情况", "回顾", "工作总结",
    ] + HeadingMarker.prefaceWords
  static let startingWords = [
    "发展基础", "发展现状", "现实基础", "基础", "现状", "成效", "回顾", "基本情况", "概况", "工作总结",
    // `一、《行动方案》出台的背景是什么?`: a 政策解读's chapter on where things stand.
    "背景",
  ]

  let outline: [OutlineHeading]
  /// Keys of the headings whose paragraphs are tasks (measures).
  private(set) var taskKeys: Set<String> = []
  /// Keys of the headings in the goals part.
  private(set) var goalKeys: Set<String> = []
  /// Keys of the headings that report the starting situation.
  private(set) var startingKeys: Set<String> = []
  /// Keys of the headings of an assessment's rules (`考核办法`): no goals are read there.
  private(set) var assessmentKeys: Set<String> = []

  init(outline: [OutlineHeading]) {
    self.outline = outline
    let goalIndex = outline.firstIndex { h in Self.goalWords.contains(where: h.title.contains) }
    var taskStart: Int?
    if let goalIndex {
      goalKeys = Set(subtree(at: goalIndex).map(\.key))
      taskStart = GoalChapters.taskStart(in: outline, goalIndex: goalIndex)
    } else {
      taskStart = outline.firstIndex { h in h.inText && !Self.isBackground(h.title) }
    }
    if let taskStart {
      taskKeys = Set(
        outline[taskStart...].filter { h in
          !Self.isBackground(h.title) && !goalKeys.contains(h.key)
        }.map(\.key))
    }
    // An attachment (`附件:重点任务分工`) follows the text: its items are not the plan's tasks.
    for (index, heading) in outline.enumerated()
    where heading.level == 1 && heading.number.isEmpty && heading.title.hasPrefix("附件") {
      taskKeys.subtract(subtree(at: index).map(\.key))
    }
    // A policy's closing articles (`六、附则`: who interprets it, when it takes effect) are no
    // tasks, nor are their sections.
    for (index, heading) in outline.enumerated()
    where Self.closingWords.contains(where: heading.title.hasSuffix) {
      taskKeys.subtract(subtree(at: index).map(\.key))
    }
    // A report's review (`实施总体情况`, `存在的主要问题`) is no task, nor are its sections.
    for (index, heading) in outline.enumerated() where ReviewSections.isReview(heading.title) {
      taskKeys.subtract(subtree(at: index).map(\.key))
    }
    // A reform's rules (`评价办法`, `差别化政策`) are no tasks.
    for (index, heading) in outline.enumerated() where SchemeRuleSections.isRules(heading.title) {
      taskKeys.subtract(subtree(at: index).map(\.key))
      if SchemeRuleSections.isAssessment(heading.title) {
        assessmentKeys.formUnion(subtree(at: index).map(\.key))
      }
    }
    for (index, heading) in outline.enumerated()
    where
      (Self.startingWords.contains(where: heading.title.contains)
      || ReviewSections.isReview(heading.title))
      && !goalKeys.contains(heading.key)
      && !taskKeys.contains(heading.key)
    {
      startingKeys.formUnion(subtree(at: index).map(\.key))
    }
  }

  /// How the heading of a policy's closing articles ends.
  static let closingWords = ["附则"]

  /// Verbs a task heading opens with: `优化发展环境` is work to do, not the background.
  static let taskVerbs = ["优化", "营造", "改善", "打造", "加强", "强化", "完善", "健全", "深化", "提升", "持续"]

  /// A heading of the background (`发展环境`, `指导思想` …), not one of work to do that
  /// names it (`六、优化发展环境`).
  static func isBackground(_ title: String) -> Bool {
    // `前　言`: a heading spaced out letter by letter is read without its spaces.
    let title = title.filter { !PlanTextCharacters.isSpace($0) }
    // `致投资者`: a letter to the readers before the text, as a preface is.
    if HeadingMarker.isLetterHeading(title) { return true }
    return (backgroundWords.contains(where: title.contains) || ReviewSections.isReview(title))
      && !taskVerbs.contains(where: title.hasPrefix)
  }

  /// The heading and everything under it.
  func subtree(at index: Int) -> [OutlineHeading] {
    let level = outline[index].level
    var result = [outline[index]]
    for heading in outline[(index + 1)...] {
      if heading.level <= level { break }
      result.append(heading)
    }
    return result
  }

  /// Keys of the headings reviewing the year the document is written in (`OwnYearReviews`).
  private(set) var ownYearKeys: Set<String> = []

  /// Marks the parts reviewing the document's own year (`今年以来,…`) as the starting situation.
  mutating func markOwnYearReviews(outline recognised: OutlineRecogniser, paragraphs: [String]) {
    ownYearKeys = OwnYearReviews.keys(
      outline: recognised, paragraphs: paragraphs,
      excluding: goalKeys.union(taskKeys).union(startingKeys)
    ) { index in Set(subtree(at: index).map(\.key)) }
    startingKeys.formUnion(ownYearKeys)
  }

  /// Marks every part on where things stand as reviewing the document's own year (a report on
  /// a stretch of that year: `OneYearPlan.reportsStretch`).
  mutating func markStartingPartsOwnYear() {
    ownYearKeys.formUnion(startingKeys)
  }

  func isOwnYearReview(_ key: String?) -> Bool { key.map(ownYearKeys.contains) ?? false }
  func isTask(_ key: String?) -> Bool { key.map(taskKeys.contains) ?? false }
  func isGoal(_ key: String?) -> Bool { key.map(goalKeys.contains) ?? false }
  func isStarting(_ key: String?) -> Bool { key.map(startingKeys.contains) ?? false }
  func isAssessment(_ key: String?) -> Bool { key.map(assessmentKeys.contains) ?? false }
}
