/// `由2024年的9家增加到20家`, `从18.4万元提高到30万元`: a change stated from its start to its
/// goal. The first figure — after `由`/`从`, a year and `的` where written — is the goal's
/// starting figure (with that year), not a goal of its own.
enum ChangeStart {
  struct Pair: Hashable {
    /// The figure the change starts from.
    var start: FigureReading
    /// The figure it is to reach.
    var goal: FigureReading
    var year: Int?
    /// The year written before the goal figure (`增加到2025年的2986亿元`), where written.
    var goalYear: Int?
    /// Where `由`/`从` stands: the goal's metric is written before it.
    var lead: String.Index
  }

  static let leads: Set<Character> = ["由", "从"]
  /// The verbs of a change to a figure, standing between its two ends.
  static let verbs = [
    "增加到", "增加至", "提高到", "提高至", "提升到", "提升至", "上升到", "上升至", "增长到", "增长至", "扩大到",
    "扩大至", "增至", "下降到", "下降至", "降低到", "降低至", "减少到", "减少至", "降至", "压减至", "压减到",
    "缩小到", "缩小至", "发展到", "发展至",
  ]

  /// Each change of the clause whose two ends are adjacent figures of the same unit.
  static func pairs(in clause: Substring, figures: [FigureReading]) -> [Pair] {
    zip(figures, figures.dropFirst()).compactMap { start, goal in
      guard start.unit == goal.unit, start.value != nil,
        let (lead, year) = leadAndYear(before: clause[..<start.range.lowerBound])
      else { return nil }
      var between = clause[start.range.upperBound..<goal.range.lowerBound]
      for (written, _) in QualifierWords.trailing where between.hasPrefix(written) {
        between = between.dropFirst(written.count)
      }
      let goalYear = datedEnd(&between)
      guard verbs.contains(String(between)) else { return nil }
      return Pair(start: start, goal: goal, year: year, goalYear: goalYear, lead: lead)
    }
  }

  /// The clause's changes, each change with no year of its own starting from the year an
  /// earlier change of the sentence named (`A由2025年的2100家增加到3500家,B由860家增加到1300家`:
  /// 860 is of 2025 too); `year` carries that year from clause to clause.
  static func pairs(in clause: Substring, figures: [FigureReading], carrying year: inout Int?)
    -> [Pair]
  {
    pairs(in: clause, figures: figures).map { pair in
      var pair = pair
      if let own = pair.year { year = own } else { pair.year = year }
      return pair
    }
  }

  /// `增加到2025年的`: the year written between the verb and the goal figure, taken off.
  private static func datedEnd(_ between: inout Substring) -> Int? {
    guard between.last == "的",
      let written = NumberUnitParser.years(in: between).last,
      ["的", "底的", "末的"].contains(String(between[written.range.upperBound...]))
    else { return nil }
    between = between[..<written.range.lowerBound]
    return written.year
  }

  /// Where `由`/`从` stands before the start figure, and the year between them (`由2024年的`,
  /// `由2024年底的`, `从`).
  private static func leadAndYear(before: Substring) -> (String.Index, Int?)? {
    var rest = before
    if rest.last == "的" { rest = rest.dropLast() }
    var year: Int?
    if let written = NumberUnitParser.years(in: rest).last {
      let tail = rest[written.range.upperBound...]
      if ["", "底", "末"].contains(String(tail)) {
        year = written.year
        rest = rest[..<written.range.lowerBound]
      }
    }
    guard let last = rest.last, leads.contains(last) else { return nil }
    return (rest.index(before: rest.endIndex), year)
  }
}
