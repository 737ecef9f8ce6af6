/// `突破900家(2024年为712家)`: a goal's starting figure printed in brackets right after it —
/// a year, `为`/`是`/`达到`/`:`/`预计为` or nothing, and one figure, nothing else; or, after
/// several goals, their starting figures in the same order (`…400个、80家、2家(2025年分别为236个、
/// 41家、0家)`).
enum BracketBaseline {
  struct Note: Hashable {
    /// The brackets and what they hold.
    var range: Range<String.Index>
    var year: Int
    /// The starting figures, one for a single goal, several after `分别为`.
    var entries: [Entry]

    var value: Double { entries[0].value }
    var unit: String? { entries[0].unit }
  }

  struct Entry: Hashable {
    var value: Double
    var unit: String?
  }

  /// What may stand between the year and its one figure.
  static let singleLinks = [
    "", "为", "是", "达", "达到", "底为", "末为", "底", "末", ":", "预计为", "预计", "预计达到", "约为", "约",
  ]
  /// What may stand between the year and a list of figures in the goals' order.
  static let seriesLinks = ["分别为", "分别是", "分别达到", "分别", "预计分别为"]

  static func notes(in text: Substring) -> [Note] {
    var found: [Note] = []
    var index = text.startIndex
    while let open = text[index...].firstIndex(where: PlanTextCharacters.openingBrackets.contains) {
      guard
        let close = text[open...].firstIndex(where: PlanTextCharacters.closingBrackets.contains)
      else { break }
      let inner = text[text.index(after: open)..<close]
      if let note = note(inner, range: open..<text.index(after: close)) { found.append(note) }
      index = text.index(after: close)
    }
    return found
  }

  private static func note(_ inner: Substring, range: Range<String.Index>) -> Note? {
    let years = NumberUnitParser.years(in: inner)
    let figures = NumberUnitParser.figures(in: inner)
    guard years.count == 1, let year = years.first, year.range.lowerBound == inner.startIndex,
      year.role != .span, let first = figures.first, let last = figures.last,
      last.range.upperBound == inner.endIndex,
      figures.allSatisfy({ $0.value != nil && $0.unit != nil })
    else { return nil }
    let between = String(inner[year.range.upperBound..<first.range.lowerBound])
    if figures.count == 1 {
      guard singleLinks.contains(between) else { return nil }
    } else {
      guard seriesLinks.contains(between), separatedByListMarks(figures, in: inner) else {
        return nil
      }
    }
    let entries = figures.compactMap { figure in
      figure.value.map { Entry(value: $0, unit: figure.unit) }
    }
    return Note(range: range, year: year.year, entries: entries)
  }

  /// True when only `、`, `,` or `和` stands between the figures of a series.
  private static func separatedByListMarks(_ figures: [FigureReading], in inner: Substring)
    -> Bool
  {
    zip(figures, figures.dropFirst()).allSatisfy { earlier, later in
      ["、", ",", "和", "及"].contains(
        String(inner[earlier.range.upperBound..<later.range.lowerBound]))
    }
  }

  /// The starting figure a goal's figure takes: a one-figure note standing right after it
  /// (after `以上`/`左右`), or its entry in a series note after the last of the goals'
  /// figures in the sentence (the figures before the note, matched from the last, unit by unit).
  static func note(
    after figure: FigureReading, in clause: Substring, among notes: [Note],
    sentenceFigures: [FigureReading] = []
  ) -> (year: Int, entry: Entry)? {
    var rest = clause[figure.range.upperBound...]
    for (written, _) in QualifierWords.trailing where rest.hasPrefix(written) {
      rest = rest.dropFirst(written.count)
    }
    if let single = notes.first(where: {
      $0.entries.count == 1 && $0.range.lowerBound == rest.startIndex && $0.unit == figure.unit
    }) {
      return (single.year, single.entries[0])
    }
    for series in notes where series.entries.count > 1 {
      let before = sentenceFigures.filter { $0.range.upperBound <= series.range.lowerBound }
      guard before.count >= series.entries.count else { continue }
      let goals = before.suffix(series.entries.count)
      guard let position = goals.firstIndex(where: { $0.range == figure.range }) else {
        continue
      }
      let entry = series.entries[position - goals.startIndex]
      if entry.unit == figure.unit { return (series.year, entry) }
    }
    return nil
  }

  /// True when a year stands inside one of the notes: it is a starting figure's year, not a
  /// year the sentence reports on or sets a goal for.
  static func holds(_ year: YearReading, among notes: [Note]) -> Bool {
    notes.contains { $0.range.contains(year.range.lowerBound) }
  }
}
