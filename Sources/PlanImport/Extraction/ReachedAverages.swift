import PlanModel

/// `研发经费支出占营业收入比重达到1.8%,力争达到全省平均水平`: a clause reaching an average with no
/// subject and no figure of its own is a comparator goal of the clause before's metric.
enum ReachedAverages {
  static let verbs = ["达到", "接近", "赶上", "超过"]
  static let averages = ["平均水平", "平均值"]

  /// Words of effort that may stand before the verb where the clause names no subject.
  static let effortWords = ["力争", "争取", "确保", "努力", "进一步", "逐步"]

  /// True when the words before the verb are only words of effort (`力争`).
  static func hasNoSubject(_ head: Substring) -> Bool {
    var rest = PlanTextCharacters.trimmed(head)[...]
    while let word = effortWords.first(where: rest.hasPrefix) { rest = rest.dropFirst(word.count) }
    return rest.isEmpty
  }

  static func goals(_ clause: Substring, previous: Substring?, context: SentenceContext)
    -> [GoalCandidate]
  {
    guard let previous, NumberUnitParser.figures(in: clause).isEmpty,
      let verb = verbs.compactMap({ clause.textRange(of: $0) }).first,
      hasNoSubject(clause[..<verb.lowerBound])
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
