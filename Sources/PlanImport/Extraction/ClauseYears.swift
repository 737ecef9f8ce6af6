/// Years that open the clauses of one sentence: `2025年营业收入达到95亿元,2026年达到115亿元,
/// 2027年力争突破140亿元,规上企业达到70家以上` states each figure for the year opening its
/// clause (and a clause opened by no year, for the year of the clause before). Read only where
/// two clauses or more open with different years; a sentence with one year keeps it for all
/// its clauses (`年均增长8%,到2027年达到6000亿元`).
enum ClauseYears {
  /// For each clause, the year the latest dated clause up to it names (its opening year, or
  /// a year of its own); all nil when fewer than two clauses open with different years.
  static func years(of clauses: [Substring]) -> [Int?] {
    let opening = clauses.enumerated().map { openingYear($1, first: $0 == 0) }
    guard Set(opening.compactMap { $0 }).count > 1 else {
      return Array(repeating: nil, count: clauses.count)
    }
    var current: Int?
    return clauses.indices.map { index in
      // A clause before the first opened one keeps a year of its own (`X2025年达到…`).
      if let year = opening[index] ?? ownYear(clauses[index]) { current = year }
      return current
    }
  }

  /// The first year a clause names that is not a base of comparison or a span.
  static func ownYear(_ clause: Substring) -> Int? {
    NumberUnitParser.years(in: clause).first { $0.role == .due || $0.role == .plain }?.year
  }

  /// The year a clause opens with (`2026年达到…`, `力争到2027年…`); the first clause may have a
  /// label before it (`目标:2025年…`).
  static func openingYear(_ clause: Substring, first: Bool) -> Int? {
    guard
      let year = NumberUnitParser.years(in: clause).first,
      year.role == .due || year.role == .plain
    else { return nil }
    var lead = PlanTextCharacters.trimmed(clause[..<year.range.lowerBound])[...]
    if first, let colon = lead.lastIndex(of: ":"),
      lead.distance(from: lead.startIndex, to: colon) <= 6
    {
      lead = lead[lead.index(after: colon)...]
    }
    for opener in YearClauses.yearOpeners where lead.hasPrefix(opener) {
      lead = lead.dropFirst(opener.count)
    }
    for due in NumberUnitParser.dueLeads where lead.hasSuffix(due) {
      lead = lead.dropLast(due.count)
    }
    return lead.isEmpty ? year.year : nil
  }

  /// The figures of one metric the sentence states for several years: all but the last year's
  /// are mid-series (they take no starting figure and count no ladder step).
  static func markSeries(_ goals: inout [GoalCandidate]) {
    for index in goals.indices {
      guard let year = goals[index].goal.target?.year else { continue }
      let later = goals.contains { other in
        other.metric == goals[index].metric && other.goal.unit == goals[index].goal.unit
          && (other.goal.target?.year ?? 0) > year
      }
      if later { goals[index].midSeries = true }
    }
  }
}
