/// A note in brackets that says what a name takes in besides itself: `独角兽(含潜在独角兽)企业`,
/// `高新技术企业(包括拟认定企业)` — no part of the name a count is matched by.
enum InclusionNotes {
  /// Words that open such a note.
  static let openings = ["含", "包含", "包括"]

  /// The text without such notes, in brackets of either width.
  static func without(_ text: String) -> String {
    var result = text
    for (open, close) in [("(", ")"), ("（", "）")] {
      while let start = noteStart(in: result, open: open),
        let end = result[start...].textRange(of: close)
      {
        result.removeSubrange(start..<end.upperBound)
      }
    }
    return result
  }

  /// Where the first bracket opening such a note stands.
  private static func noteStart(in text: String, open: String) -> String.Index? {
    var search = text.startIndex
    while let range = text[search...].textRange(of: open) {
      if openings.contains(where: { text[range.upperBound...].hasPrefix($0) }) {
        return range.lowerBound
      }
      search = range.upperBound
    }
    return nil
  }
}
