/// Character classes of Chinese plan text, shared by every extraction rule: digits in either
/// width, Han characters, and the punctuation that ends sentences and clauses.
enum PlanTextCharacters {
  /// The value of an ASCII or full-width digit.
  static func digit(_ c: Character) -> Int? {
    guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return nil }
    switch scalar.value {
    case 0x30...0x39: return Int(scalar.value - 0x30)
    case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
    default: return nil
    }
  }

  static func isDigit(_ c: Character) -> Bool { digit(c) != nil }

  static func isHan(_ c: Character) -> Bool {
    guard let scalar = c.unicodeScalars.first else { return false }
    return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
  }

  static func isLatinLetter(_ c: Character) -> Bool {
    c.isASCII && c.isLetter
  }

  /// Ends a sentence: 。!?; and their ASCII forms.
  static let sentenceEnds: Set<Character> = ["。", "!", "?", "!", "?", ";", ";"]
  /// Ends a clause inside a sentence.
  static let clauseEnds: Set<Character> = [",", ",", ":", ":"]
  static let openingBrackets: Set<Character> = ["(", "("]
  static let closingBrackets: Set<Character> = [")", ")"]
  /// Dashes that join ranges (2—3户) and ladder steps (创新型—专精特新).
  static let dashes: Set<Character> = ["—", "–", "-", "~", "~", "-"]
  static let quotes: Set<Character> = ["“", "”", "\"", "‘", "’", "「", "」", "《", "》"]

  /// White space of either width (the ideographic space U+3000 included).
  static func isSpace(_ c: Character) -> Bool { c.isWhitespace || c == "\u{3000}" }

  /// The text without surrounding white space of either width.
  static func trimmed(_ text: Substring) -> String {
    var start = text.startIndex
    var end = text.endIndex
    while start < end, isSpace(text[start]) { start = text.index(after: start) }
    while end > start, isSpace(text[text.index(before: end)]) { end = text.index(before: end) }
    return String(text[start..<end])
  }

  static func trimmed(_ text: String) -> String { trimmed(text[...]) }

  /// The text without its quote marks (“新星” → 新星).
  static func unquoted(_ text: String) -> String {
    // By scalars (each mark is one): most texts have none and come back as they are.
    guard text.unicodeScalars.contains(where: quoteScalars.contains) else { return text }
    var kept = String.UnicodeScalarView()
    kept.append(contentsOf: text.unicodeScalars.lazy.filter { !quoteScalars.contains($0) })
    return String(kept)
  }

  private static let quoteScalars = Set(quotes.flatMap(\.unicodeScalars))
}
