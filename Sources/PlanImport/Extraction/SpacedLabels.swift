/// A field's label spaced out to line up with the labels of the lines around it, as a Word
/// file or a portal page prints a block of fields (`链　　长：`, `副 链 长：`, `牵 头 单 位:`):
/// the label is read without its spaces (`链长`, `副链长`, `牵头单位`). Only a label opening the
/// line: two to six Chinese characters with a short run of spaces of either width between every
/// two of them, then a colon (`推进 项目建设。…`, `产业链长 三年:…` stay as they are).
enum SpacedLabels {
  /// The fewest and the most characters of a label.
  static let labelLength = 2...6
  /// The longest run of spaces inside a label.
  static let longestGap = 4

  /// The line with the spaces inside its opening label dropped, or the line as it is.
  static func closed(_ paragraph: String) -> String {
    let text = PlanTextCharacters.trimmed(paragraph)
    var label = ""
    var gap = 0
    for (offset, c) in text.enumerated() {
      if c == ":" || c == "\u{FF1A}" {
        guard labelLength.contains(label.count) else {
          return paragraph
        }
        return label + text.dropFirst(offset)
      }
      if PlanTextCharacters.isHan(c) {
        // Spaced out evenly: a space between every two characters of the label.
        guard label.isEmpty || gap > 0 else { return paragraph }
        label.append(c)
        gap = 0
      } else if PlanTextCharacters.isSpace(c), !label.isEmpty, gap < longestGap {
        gap += 1
      } else {
        return paragraph
      }
    }
    return paragraph
  }
}
