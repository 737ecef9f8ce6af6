/// Which goals take a starting figure when several share its name as closely — one metric
/// stated for several years. Each goal stated at a stage in a paragraph of its own takes it
/// (`第一阶段…到2025年,工业增加值突破6000亿元`, `第二阶段…到2030年…超过8500亿元`), but of the
/// goals one paragraph states for several years only the latest does (`到2027年…达到1000亿元。
/// 到2030年…突破1300亿元`: the 2030 goal), and a goal of a vision beyond the plan's goals (a
/// paragraph opened by `展望`: `展望2035年,…突破1200亿元`) only when no other goal names it.
struct BaselineStages {
  /// Words opening a paragraph of vision.
  static let visionWords = ["展望"]

  /// The paragraph of each goal, in the goals' order; nil when not known.
  var paragraphs: [Int]?
  /// The paragraphs a vision opens.
  var visions: Set<Int> = []
  /// Which goals a figure reported under an item may start (`SiblingItemStarts`).
  var items = SiblingItemStarts()
  /// The paragraphs that open a stage (`LatestGoalStarts`).
  var stages: Set<Int> = []

  /// The paragraphs of `texts` that open with a vision (`展望2035年,…`).
  static func visions(in texts: [String]) -> Set<Int> {
    Set(
      texts.indices.filter { index in
        let text = PlanTextCharacters.trimmed(texts[index])
        return visionWords.contains(where: text.hasPrefix)
      })
  }

  /// True when goal `index` leaves a starting figure named `metric` to another goal of its
  /// unit sharing that name as closely (`shared` characters), or naming the same metric
  /// (`全县规上工业营业收入`, then `规上工业营业收入`).
  /// `mayTake` says which other goals may take the figure at all.
  func leaves(
    _ index: Int, metric: String, shared: Int, goals: [GoalCandidate],
    mayTake: (Int) -> Bool = { _ in true }
  ) -> Bool {
    goals.indices.contains { other in
      other != index && mayTake(other) && goals[other].goal.unit == goals[index].goal.unit
        && (BaselinePatterns.sharedRun(metric, goals[other].metric) == shared
          || Self.sameMetric(goals[index].metric, goals[other].metric))
        && yields(index, to: other, in: goals)
    }
  }

  /// One name ending the other, four characters or more: one metric, written with and without
  /// its place (`全县规上工业营业收入`, `规上工业营业收入`).
  static func sameMetric(_ a: String, _ b: String) -> Bool {
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    return short.count >= 4 && long.hasSuffix(short)
  }

  /// `index` is a vision's goal and `other` is not, or `other` is the later goal of its paragraph.
  private func yields(_ index: Int, to other: Int, in goals: [GoalCandidate]) -> Bool {
    guard let paragraphs else { return false }
    let vision = visions.contains(paragraphs[index])
    if vision != visions.contains(paragraphs[other]) { return vision }
    guard let year = goals[index].goal.target?.year,
      let otherYear = goals[other].goal.target?.year
    else { return false }
    guard paragraphs[index] == paragraphs[other] else {
      return LatestGoalStarts.yields(
        paragraph: paragraphs[index], year: year, to: paragraphs[other], otherYear: otherYear,
        stages: stages)
    }
    return otherYear > year
  }
}
