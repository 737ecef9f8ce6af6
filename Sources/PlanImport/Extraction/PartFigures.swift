/// A starting figure of one part of the whole, singled out as the highest or lowest —
/// `研发活动覆盖率最高的A区为71.6%`, `分行业看,B业企业研发活动覆盖率最高,为68.2%`, `C业最低,仅为31.5%`
/// — is that part's figure: the baseline only of a goal naming the part (`C业…覆盖率达到60%`),
/// never of the whole's goals sharing its measure (`全市…覆盖率达到80%`); else a starting
/// figure of its own.
enum PartFigures {
  /// Words that single out one part among the others.
  static let superlatives = ["最高", "最低", "最大", "最小", "最多", "最少", "最快", "最慢", "最强", "最弱"]
  /// Words after the part's name that only join it to its figure (`甲区为70.5%`).
  static let joins = ["仅为", "只有", "仅有", "为", "达到", "达", "是"]

  /// The part a starting figure's metric singles out: the words after `最高的`
  /// (`…覆盖率最高的A区` → `A区`), or the words before a closing `最高` (`C业最低` → `C业`).
  static func part(of metric: String) -> String? {
    for word in superlatives {
      if let range = metric.textRange(of: word + "的") {
        var name = metric[range.upperBound...]
        if let join = joins.first(where: name.hasSuffix) { name = name.dropLast(join.count) }
        return name.count >= 2 ? String(name) : nil
      }
      if metric.hasSuffix(word) {
        var name = metric.dropLast(word.count)
        for prefix in StartingIndustry.regionPrefixes where name.hasPrefix(prefix) {
          name = name.dropFirst(prefix.count)
        }
        return name.count >= 2 ? String(name) : nil
      }
    }
    return nil
  }

  /// False when the figure singles out a part the goal's metric does not name.
  static func allows(_ figureMetric: String, for goalMetric: String) -> Bool {
    part(of: figureMetric).map(goalMetric.contains) ?? true
  }

  /// `B业企业研发活动覆盖率最高,为68.2%`: a figure joined by a verb alone (`为`, `仅为`) to the
  /// clause before it, which closes on a superlative, is that clause's figure — the clause
  /// names what it measures.
  static func subject(ofBare metric: String, clause: Substring, in sentence: Substring)
    -> String?
  {
    guard metric.isEmpty || joins.contains(metric) else { return nil }
    var earlier = sentence[..<clause.startIndex]
    while let last = earlier.last,
      PlanTextCharacters.clauseEnds.contains(last) || PlanTextCharacters.isSpace(last)
    {
      earlier = earlier.dropLast()
    }
    guard let previous = SentenceSegmenter.clauses(of: earlier).last else { return nil }
    let subject = MetricText.clean(previous)
    guard superlatives.contains(where: subject.hasSuffix), subject.count > 2 else { return nil }
    return subject
  }
}
