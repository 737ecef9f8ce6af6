/// A ladder step counted twice, once in the ladder's own sentence (`深化“个转企、小升规、…”梯度培育,
/// 三年累计推动个转企60家、小升规40家…`) and once elsewhere without a year (`近三年累计推动小升规企业
/// 32家`, work done): the count the ladder's sentence gives, dated, is the step's.
enum StepSentences {
  static func prefers(
    _ candidate: GoalCandidate, over held: GoalCandidate, ladders: [String]
  ) -> Bool {
    guard candidate.goal.target?.year != nil, held.goal.target?.year == nil else { return false }
    let inLadder = { (goal: GoalCandidate) in
      ladders.contains { $0.contains(goal.sourceText) }
    }
    return inLadder(candidate) && !inLadder(held)
  }
}
