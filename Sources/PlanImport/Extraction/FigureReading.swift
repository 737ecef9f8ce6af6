import PlanModel

/// A number as a clause states it, with its unit: `900亿元`, `25%`, `2—3户`, `500亿级`.
struct FigureReading: Hashable {
  var value: Double?
  var min: Double?
  var max: Double?
  /// The unit when it is a known one (full-width ％ read as %).
  var unit: String?
  /// The characters after the number as written, when no known unit follows.
  var unknownUnit: String?
  /// Where the number and its unit stand in the clause.
  var range: Range<String.Index>
  /// `500亿级`: a scale class, not an amount.
  var isScale = false
  /// `四个`: a count written in Chinese numerals.
  var writtenInChinese = false

  var hasUnit: Bool { unit != nil }
  var threshold: Double? { value ?? min ?? max }

  func figure(year: Int?, qualifiers: [String] = []) -> Figure {
    Figure(value: value, min: min, max: max, year: year, qualifiers: qualifiers)
  }
}

/// A year a clause names, and how: `到2027年` (the year a target is due), `较2022年` (the base
/// of a change), or plainly (`2022年全市…`, a year the text reports on).
struct YearReading: Hashable {
  enum Role: Hashable { case due, base, plain, span }
  var year: Int
  var role: Role
  var range: Range<String.Index>
}
