/// A place among the first written in digits or in Chinese numerals after `前` (`前10位`, `前三位`,
/// `前十强`, `前五名`): the number of places.
enum TopPlaces {
  static let lead: Character = "前"
  static let closers = ["强", "位", "名"]

  /// The number opening `text` (what follows `前`) and where it ends, when a closer follows it.
  static func place(after text: Substring) -> (value: Double, end: String.Index)? {
    if let number = NumberUnitParser.readNumber(text, from: text.startIndex),
      number.start == text.startIndex
    {
      return closes(text[number.end...]) ? (number.value, number.end) : nil
    }
    let numerals = text.prefix(while: ChineseNumber.isNumeral)
    guard let value = ChineseNumber.value(numerals), value > 0,
      closes(text[numerals.endIndex...])
    else { return nil }
    return (Double(value), numerals.endIndex)
  }

  static func closes(_ after: Substring) -> Bool { closers.contains(where: after.hasPrefix) }
}

extension TopPlaces {
  /// Words before a place among the first that make it where one stands (`位居全省前十位`).
  /// (`居` only with what it ranks among: not the `居` of `家居`, `居民`.)
  static let standingWords = ["位居", "位列", "排名", "稳居", "居全", "居第", "居前"]

  /// `综合发展水平连续两年位居全省省级开发区前十位`: a place among the first one stands at, where
  /// `前` stands and the places; not the first ones picked out (`对前10位企业`).
  static func standing(in clause: Substring) -> (lead: String.Index, value: Double)? {
    guard let lead = clause.firstIndex(of: Self.lead),
      standingWords.contains(where: clause[..<lead].contains),
      let place = place(after: clause[clause.index(after: lead)...])
    else { return nil }
    let after = clause[place.end...].dropFirst()
    guard !after.hasPrefix("企业"), !after.hasPrefix("的") else { return nil }
    return (lead, place.value)
  }
}
