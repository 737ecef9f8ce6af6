/// `到2029年,上述四类企业分别达到200家、80家、8家和2家以上`, `三个层级企业分别达到1500家、400家、30家`:
/// counts a phrase referring back to a ladder's steps gives them — as many counts as the
/// paragraph's ladder has steps, each in order that step's.
enum ReferencedSteps {
  /// Words opening a phrase that refers back to what the text has just named.
  static let openers = ["上述", "前述", "以上", "这些", "这", "各类"]
  /// Words naming the steps as kinds or levels of enterprise (`四类企业`, `三个层级企业`).
  static let classWords = ["类企业", "层级企业", "个层级", "级企业", "类主体"]

  /// True when the metric refers back to a ladder's steps rather than naming one thing.
  static func isReference(_ metric: String) -> Bool {
    (metric.count <= 10
      && (openers.contains(where: metric.hasPrefix) || classWords.contains(where: metric.contains)))
      || NamedLadderCounts.namesLadder(metric)
  }

  /// The goals from `start` on (one paragraph's): each run of counts with one referring
  /// metric, from one clause and as long as one of the paragraph's ladders, named after its
  /// steps in order.
  static func name(
    _ goals: inout [TextReading.PlacedGoal], from start: Int, chains: [TextReading.Chain]
  ) {
    var index = start
    while index < goals.count {
      let first = goals[index].candidate
      var end = index + 1
      while end < goals.count, goals[end].candidate.metric == first.metric,
        goals[end].candidate.sourceText == first.sourceText
      {
        end += 1
      }
      if first.isCount, let chain = chains.last(where: { $0.steps.count == end - index }),
        isReference(first.metric) || NamedLadderCounts.follows(first, in: chain.sentence)
      {
        for (offset, step) in chain.steps.enumerated() where goals[index + offset].candidate.isCount
        {
          goals[index + offset].candidate.metric = step
        }
      }
      index = end
    }
  }
}
