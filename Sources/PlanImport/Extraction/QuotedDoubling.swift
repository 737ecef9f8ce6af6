/// A doubling word inside a quoted name or slogan — `“三年倍增”行动的攻坚之年`,
/// `以“产业倍增、园区升级”为主线` — names a campaign or a line of work, no goal of its own; only a
/// quote holding the word alone (`实现“倍增”`) still states one.
enum QuotedDoubling {
  static let opening: Set<Character> = ["“", "「"]
  static let closing: Set<Character> = ["”", "」"]

  /// True when the doubling word at `range` stands inside a quote of the clause that holds more
  /// than the word.
  static func isNamed(_ range: Range<String.Index>, in clause: Substring) -> Bool {
    let before = clause[..<range.lowerBound]
    guard let open = before.lastIndex(where: opening.contains),
      !before[before.index(after: open)...].contains(where: closing.contains)
    else { return false }
    let after = clause[range.upperBound...]
    guard let close = after.firstIndex(where: closing.contains) else { return false }
    let inside = clause[clause.index(after: open)..<close]
    return inside.count > range.count(in: clause)
  }
}

extension Range where Bound == String.Index {
  /// The number of characters the range spans in `text`.
  fileprivate func count(in text: Substring) -> Int {
    text.distance(from: lowerBound, to: upperBound)
  }
}
