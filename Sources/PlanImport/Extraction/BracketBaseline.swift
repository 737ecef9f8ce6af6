/// `突破900家(2024年为712家)`: a goal's starting figure printed in brackets right after it —
/// a year, `为`/`是`/`达到` or nothing, and one figure, nothing else.
enum BracketBaseline {
  struct Note: Hashable {
    /// The brackets and what they hold.
    var range: Range<String.Index>
    var year: Int
    var value: Double
    var unit: String?
  }

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
      year.role != .span, figures.count == 1, let figure = figures.first,
      let value = figure.value, figure.unit != nil, figure.range.upperBound == inner.endIndex
    else { return nil }
    let between = inner[year.range.upperBound..<figure.range.lowerBound]
    guard ["", "为", "是", "达", "达到", "底为", "末为", "底", "末"].contains(String(between)) else {
      return nil
    }
    return Note(range: range, year: year.year, value: value, unit: figure.unit)
  }

  /// The note standing right after a figure (after `以上`/`左右`), if one does.
  static func note(after figure: FigureReading, in clause: Substring, among notes: [Note]) -> Note?
  {
    var rest = clause[figure.range.upperBound...]
    for (written, _) in QualifierWords.trailing where rest.hasPrefix(written) {
      rest = rest.dropFirst(written.count)
    }
    return notes.first { $0.range.lowerBound == rest.startIndex && $0.unit == figure.unit }
  }
}
