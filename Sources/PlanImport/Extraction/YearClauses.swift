/// Where a sentence's due year holds: a year that opens its clause (`到2027年,…`,
/// `年均增长8%,到2027年达到6000亿元`) holds for the whole sentence; a year standing inside a
/// later clause, after that clause's own subject (`对A予以保护,对B在2035年前予以保留`), holds
/// only from that clause on, and the clauses before it take the year they would have had
/// without it.
enum YearClauses {
  /// Words that may open a clause before its due year (`力争到2027年`).
  static let yearOpeners = ["力争", "争取", "预计", "计划", "确保"] + NumberUnitParser.dueLeads

  /// The sentence, or its clauses before and from the clause that states its own due year
  /// after its subject.
  static func pieces(of sentence: Substring) -> [Substring] {
    guard sentence.contains("年") else { return [sentence] }
    let clauses = SentenceSegmenter.clauses(of: sentence)
    guard
      let dated = clauses.firstIndex(where: { clause in
        NumberUnitParser.years(in: clause).contains { $0.role == .due }
      }), dated > 0,
      let year = NumberUnitParser.years(in: clauses[dated]).first(where: { $0.role == .due })
    else { return [sentence] }
    let clause = clauses[dated]
    var subject = PlanTextCharacters.trimmed(clause[..<year.range.lowerBound])
    for opener in yearOpeners where subject.hasPrefix(opener) {
      subject.removeFirst(opener.count)
    }
    for lead in NumberUnitParser.dueLeads where subject.hasSuffix(lead) {
      subject.removeLast(lead.count)
    }
    guard !subject.isEmpty else { return [sentence] }
    return [sentence[..<clause.startIndex], sentence[clause.startIndex...]]
  }
}
