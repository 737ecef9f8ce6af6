/// A ladder of upgrades written as successive tasks rather than one chain, each task titled by
/// one upgrade (`4．推动小升规。…三年新增规上工业企业150家。`, `5．推动规改股。…三年完成规改股企业
/// 30家。`, `6．推动股上市。…三年新增上市（挂牌）企业5家。`): the upgrades are the steps, in the
/// tasks' order, each counted by its task's first count of the enterprises making it
/// (`UpgradeLinkCounts`: the label quoted, or the tier risen to closing on enterprises — a note in
/// brackets, `上市（挂牌）企业`, read through; a pool, `入库培育企业`, no count), filed under its label.
/// Gates: three tasks or more in a row, siblings (one numbering style, one heading over them),
/// each title holding exactly one upgrade — a short name (`个` `小` `微` `规` `高` `专` `股` …), a
/// verb of rising and the short name of the tier risen to — each rising higher than the one before
/// (`个转企` → `小升规` → `规改股` → `股上市`); a task naming two (`推进小升规、规改股、股上市`),
/// lone tasks (`推动企业“小升规”` then `推进企业上市`) or tasks out of order give none.
enum UpgradeTaskLadders {
  static let fewestSteps = 3
  /// The short names an upgrade starts from.
  static let starts: Set<Character> = ["个", "小", "微", "规", "高", "专", "巨", "股", "瞪"]
  /// The short names of the tiers risen to, lowest first.
  static let risen: [Character] = ["企", "规", "高", "专", "巨", "冠", "股", "市"]
  /// What follows a short name that goes on into a word (`企业`, `规模`).
  static let wordGoesOn: Set<Character> = ["业", "模"]

  struct Ladder {
    var steps: [String]
    /// Each step's task paragraph.
    var tasks: [Int]
    /// The heading over the tasks.
    var key: String?
  }

  /// Each run of such tasks in the outline.
  static func ladders(_ paragraphs: [String], outline: OutlineRecogniser) -> [Ladder] {
    var found: [Ladder] = []
    var run: [(label: String, rank: Int, paragraph: Int)] = []
    var runStyle: HeadingMarker.Style?
    var runParent: String?
    func close() {
      if run.count >= fewestSteps {
        found.append(Ladder(steps: run.map(\.label), tasks: run.map(\.paragraph), key: runParent))
      }
      run = []
    }
    for index in paragraphs.indices {
      guard index < outline.lines.count, let line = outline.lines[index] else { continue }
      let parent = outline.placeKeys[index].flatMap(outline.heading)?.parent
      guard let (label, rank) = upgrade(in: line.title) else {
        // A heading under the last task goes on with it; any other ends the run.
        if let last = run.last, parent != outline.placeKeys[last.paragraph] { close() }
        continue
      }
      let sibling = !run.isEmpty && runStyle == line.marker.style && runParent == parent
      if !sibling || rank <= (run.last?.rank ?? -1) { close() }
      run.append((label, rank, index))
      (runStyle, runParent) = (line.marker.style, parent)
    }
    close()
    return found
  }

  /// The one upgrade a task's title names (`推动小升规` → `小升规`) and the rank of the tier it
  /// rises to; nil for none or several.
  static func upgrade(in title: String) -> (label: String, rank: Int)? {
    let chars = Array(RestatedChains.plain(title))
    guard chars.count >= 3 else { return nil }
    var links: [(String, Int)] = []
    for start in 0...(chars.count - 3) {
      let (from, verb, to) = (chars[start], chars[start + 1], chars[start + 2])
      // `规上企业`, `小升规模`: the short name goes on into a word, no upgrade.
      let next = start + 3 < chars.count ? chars[start + 3] : nil
      guard starts.contains(from), LadderUpgrades.verbs.contains(verb),
        let rank = risen.firstIndex(of: to), !(next.map(wordGoesOn.contains) ?? false)
      else { continue }
      links.append((String(chars[start..<(start + 3)]), rank))
    }
    return links.count == 1 ? links.first : nil
  }

  /// Each step's count: the first count of its task's paragraphs (from the task's own to the
  /// next heading) that counts the upgrade, its metric renamed to the step's label.
  static func name(
    _ goals: inout [TextReading.PlacedGoal], ladder: Ladder, outline: OutlineRecogniser
  ) {
    for (step, task) in zip(ladder.steps, ladder.tasks) {
      var end = task + 1
      while end < outline.lines.count, outline.lines[end] == nil { end += 1 }
      guard
        let found = goals.firstIndex(where: { placed in
          (task..<end).contains(placed.paragraph) && placed.candidate.isCount
            && placed.candidate.goal.target?.hasNumber == true
            && counts(placed.candidate.metric, step: step)
        })
      else { continue }
      goals[found].candidate.metric = step
    }
  }

  /// Whether a count's metric counts the enterprises making the upgrade.
  static func counts(_ metric: String, step: String) -> Bool {
    let plain = QualifiedStepNames.withoutNotes(RestatedChains.plain(metric))
    return UpgradeLinkCounts.step(for: plain, among: [step]) != nil
  }
}
