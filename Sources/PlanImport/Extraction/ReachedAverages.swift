import PlanModel

/// `研发经费支出占营业收入比重达到1.8%,力争达到全省平均水平`: a clause reaching an average with no
/// subject and no figure of its own is a comparator goal of the clause before's metric.
enum ReachedAverages {
  static let verbs = ["达到", "接近", "赶上", "超过"]
  static let averages = ["平均水平", "平均值"]

  static func goals(_ clause: Substring, previous: Substring?, context: SentenceContext)
    -> [GoalCandidate]
  {
    guard let previous, NumberUnitParser.figures(in: clause).isEmpty,
      let verb = verbs.compactMap({ clause.range(of: $0) }).first,
      MetricText.clean(clause[..<verb.lowerBound]).isEmpty
    else { return [] }
    let comparator = PlanTextCharacters.trimmed(clause[verb.upperBound...])
    guard averages.contains(where: comparator.hasSuffix), comparator.count <= 12 else { return [] }
    let metric = MetricText.clean(previous.prefix { !PlanTextCharacters.isDigit($0) })
    guard metric.count >= 4 else { return [] }
    var qualifiers = ["力争", "争取"].filter { clause.contains($0) }
    qualifiers.append(String(clause[verb]))
    let goal = Goal(
      kind: .comparator, direction: .up, target: Figure(year: context.year),
      qualifiers: qualifiers, comparator: comparator)
    return [
      GoalCandidate(
        metric: metric, goal: goal, sourceText: String(clause),
        review: context.yearMark.map { [$0] } ?? [])
    ]
  }
}
