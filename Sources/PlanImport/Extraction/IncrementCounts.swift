/// A count of new ones (`新增`, `新培育` …) — an increment, not where a step should stand —
/// also where the metric was read without the word: `力争到2029年新增国家级制造业单项冠军企业3家`
/// counts the step `制造业单项冠军企业` with the metric `制造业单项冠军企业`, the increment word
/// standing before it in the source, a level (`国家级`, `省级以上`) perhaps between. A count whose
/// source names the metric after no such word (`单项冠军企业达到4家`, `新增…,单项冠军企业4家`: the
/// word belongs to another clause) is none.
enum IncrementCounts {
  /// Words that open a count of new ones.
  static let words = IncrementStarts.incrementWords
  /// Words of level that may stand between the increment word and the tier (`新增国家级…`).
  static let levelWords = LadderLists.levels + ["以上"]

  static func isIncrement(_ candidate: GoalCandidate) -> Bool {
    if words.contains(where: candidate.metric.hasPrefix) { return true }
    let source = candidate.sourceText
    guard !candidate.metric.isEmpty,
      let found = source.textRange(of: candidate.metric, backwards: true)
    else { return false }
    var before = Substring(source[..<found.lowerBound])
    var dropped = true
    while dropped {
      dropped = false
      for level in levelWords where before.hasSuffix(level) {
        before = before.dropLast(level.count)
        dropped = true
      }
    }
    return words.contains(where: before.hasSuffix)
  }
}
