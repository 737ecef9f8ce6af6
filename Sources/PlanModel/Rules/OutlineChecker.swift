/// Checks one plan's outline: keys present and unique, parents existing and earlier, titles
/// not empty, the numbers of each heading's children in order without gaps or repeats, and
/// every item's `source.heading` naming a heading of the outline.
///
/// Numbering is checked per parent and style. A run of siblings opens with 1 — or runs on
/// from the last heading of the same style and level before it, as 巴中's sections (一)…(十六)
/// run on across its chapters; a run under an unheaded part (南充's) simply opens again.
struct OutlineChecker {
  let planIndex: Int
  let plan: Plan
  var outline: [OutlineHeading] { plan.outline }
  private(set) var found: [PlanViolation] = []

  init(planIndex: Int, plan: Plan) {
    self.planIndex = planIndex
    self.plan = plan
  }

  /// Where one run of numbered siblings stands: the last number and the heading of each value.
  private struct Run {
    var last: HeadingNumber
    var indexByValue: [Int: Int]
  }

  private struct RunKey: Hashable {
    var parent: String?
    var style: HeadingNumber.Style
  }

  private struct LevelKey: Hashable {
    var level: Int
    var style: HeadingNumber.Style
  }

  mutating func run() {
    headings()
    items()
  }

  /// The outline's own rules, heading by heading.
  private mutating func headings() {
    var indexByKey: [String: Int] = [:]
    var runs: [RunKey: Run] = [:]
    var lastAtLevel: [LevelKey: HeadingNumber] = [:]
    for (index, heading) in outline.enumerated() {
      let path = ["outline", "\(index)"]
      keyAndParent(heading, at: index, indexByKey: indexByKey)
      if indexByKey[heading.key] == nil { indexByKey[heading.key] = index }
      if heading.title.allSatisfy(\.isWhitespace) {
        fail(path + ["title"], RuleText.emptyHeadingTitle)
      }
      guard !heading.number.isEmpty else { continue }
      guard let number = HeadingNumber(printed: heading.number) else {
        fail(path + ["number"], RuleText.unknownHeadingNumber(heading.number))
        continue
      }
      let runKey = RunKey(parent: heading.parent, style: number.style)
      let levelKey = LevelKey(level: heading.level, style: number.style)
      if var run = runs[runKey] {
        follow(run, with: number, at: index)
        run.last = number
        if run.indexByValue[number.value] == nil { run.indexByValue[number.value] = index }
        runs[runKey] = run
      } else {
        open(with: number, after: lastAtLevel[levelKey], at: index)
        runs[runKey] = Run(last: number, indexByValue: [number.value: index])
      }
      lastAtLevel[levelKey] = number
    }
  }

  /// The key is present and unused before; the parent is an earlier heading.
  private mutating func keyAndParent(
    _ heading: OutlineHeading, at index: Int, indexByKey: [String: Int]
  ) {
    let path = ["outline", "\(index)"]
    if heading.key.isEmpty {
      fail(path + ["key"], RuleText.emptyHeadingKey)
    } else if let first = indexByKey[heading.key] {
      fail(
        path + ["key"], RuleText.duplicateHeadingKey(heading.key),
        firstAt: ["outline", "\(first)", "key"])
    }
    guard let parent = heading.parent else { return }
    if indexByKey[parent] == nil {
      let later = outline[index...].contains { $0.key == parent }
      fail(
        path + ["parent"],
        later ? RuleText.parentHeadingAfter(parent) : RuleText.unknownParentHeading(parent))
    }
  }

  /// A number following others of its run: the next value, or a repeat, a step back or a gap.
  private mutating func follow(_ run: Run, with number: HeadingNumber, at index: Int) {
    let path = ["outline", "\(index)", "number"]
    let printed = outline[index].number
    if let first = run.indexByValue[number.value] {
      fail(
        path, RuleText.duplicateHeadingNumber(printed),
        firstAt: ["outline", "\(first)", "number"])
    } else if number.value < run.last.value {
      fail(path, RuleText.headingNumberBackwards(printed, after: run.last.printed))
    } else if number.value > run.last.value + 1 {
      fail(
        path,
        RuleText.headingNumberGap(printed, after: run.last.printed, missing: run.last.next.printed)
      )
    }
  }

  /// The first number of a run: 1, or the one after the last of its style at its level.
  private mutating func open(
    with number: HeadingNumber, after previous: HeadingNumber?, at index: Int
  ) {
    if number.value == 1 || number.value == previous.map({ $0.value + 1 }) { return }
    let first = HeadingNumber(style: number.style, value: 1)
    fail(
      ["outline", "\(index)", "number"],
      RuleText.headingNumberOpens(
        outline[index].number, expected: first.printed, runOn: previous?.next.printed))
  }

  /// Every item's `source.heading`, and every stage's, names a heading of the outline.
  private mutating func items() {
    let keys = Set(outline.map(\.key))
    func check(_ source: SourceRef?, _ path: @autoclosure () -> [String]) {
      guard let key = source?.heading, !keys.contains(key) else { return }
      fail(path() + ["source", "heading"], RuleText.unknownHeading(key))
    }
    for (i, stage) in plan.document.stages.enumerated() {
      check(stage.source, ["plan", "stages", "\(i)"])
    }
    for i in plan.targets.indices { check(plan.targets[i].source, ["targets", "\(i)"]) }
    for i in plan.indicators.indices { check(plan.indicators[i].source, ["indicators", "\(i)"]) }
    for i in plan.clusters.indices { check(plan.clusters[i].source, ["clusters", "\(i)"]) }
    for i in plan.ladders.indices {
      check(plan.ladders[i].source, ["ladders", "\(i)"])
      for j in plan.ladders[i].tiers.indices {
        check(plan.ladders[i].tiers[j].source, ["ladders", "\(i)", "tiers", "\(j)"])
      }
    }
    for i in plan.measures.indices { check(plan.measures[i].source, ["measures", "\(i)"]) }
    for i in plan.baselineIndicators.indices {
      check(plan.baselineIndicators[i].source, ["baseline_indicators", "\(i)"])
    }
  }

  private mutating func fail(_ path: [String], _ message: Localized, firstAt: [String]? = nil) {
    found.append(
      PlanViolation(
        planIndex: planIndex, path: path, message: message,
        firstDefinedAt: firstAt.map { PlanPlace(planIndex: planIndex, path: $0) }))
  }
}
