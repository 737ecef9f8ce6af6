/// `培育形成“创新型中小企业—专精特新中小企业—专精特新‘小巨人’企业”梯队,分别达到150家、50家、5家`:
/// counts by `分别` after the ladder named as a whole (its quoted chain, then `梯队`/`梯度`/…) are
/// its steps' counts, in order (`ReferencedSteps` gives them). The counts' metric is then the
/// bare `分别`, the ladder named just before it.
enum NamedLadderCounts {
  /// The words a ladder named as a whole ends with.
  static let ladderWords = ["梯队", "梯度", "梯次", "体系"]

  /// True when a count's metric is the ladder itself: a quoted chain closed by a ladder word.
  static func namesLadder(_ metric: String) -> Bool {
    guard let close = metric.lastIndex(of: "”") else { return false }
    let after = metric[metric.index(after: close)...]
    return ladderWords.contains { after.hasPrefix($0) && after.count <= $0.count + 2 }
      && LadderPatterns.chains(in: metric[...]).contains { $0.count >= 3 }
  }

  /// The word a run of counts by `分别` is read under when nothing else names it.
  static let respectively = "分别"

  /// True when the count is one of a run by `分别` that stands, in the ladder's sentence, right
  /// after the ladder named as a whole.
  static func follows(_ candidate: GoalCandidate, in sentence: String) -> Bool {
    guard candidate.metric == respectively, candidate.sourceText.hasPrefix(respectively),
      let piece = sentence.textRange(of: candidate.sourceText)
    else { return false }
    var before = sentence[..<piece.lowerBound]
    while let last = before.last, PlanTextCharacters.clauseEnds.contains(last) {
      before = before.dropLast()
    }
    return namesLadder(String(before))
  }
}
