/// Joining a PDF's lines back into the text they were broken from.
enum PDFText {
  /// Two pieces of one text run together: a space only between two Latin words or
  /// numbers, none where either side is Chinese.
  static func joined(_ first: String, _ second: String) -> String {
    guard let last = first.last, let next = second.first else { return first + second }
    let needsSpace = !TextCleaning.isWide(last) && !TextCleaning.isWide(next) && last != "-"
    return first + (needsSpace ? " " : "") + second
  }

  /// Whether a line ends a sentence or clause a paragraph may end with.
  static func endsParagraph(_ text: String) -> Bool {
    let closing: Set<Character> = ["”", "’", "」", "』", "）", ")", "\"", "'"]
    let core = text.reversed().drop { closing.contains($0) || $0.isWhitespace }
    guard let last = core.first else { return true }
    return "。；：！？;:!?".contains(last)
  }
}
