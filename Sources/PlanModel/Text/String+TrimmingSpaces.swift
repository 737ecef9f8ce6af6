extension String {
  /// The text without leading and trailing spaces: ASCII space, tab and the ideographic
  /// space U+3000 an input method types. One rule for typed input, CSV fields and numbers.
  public var trimmingSpaces: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }
    guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
    let end = lastIndex(where: { !isSpace($0) })!
    return String(self[start...end])
  }
}
