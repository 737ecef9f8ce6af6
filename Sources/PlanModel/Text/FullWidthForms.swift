/// Full-width forms of ASCII characters (U+FF01–U+FF5E: `，` `：` `；` `（` `）` `％` `０`–`９` …)
/// read as their ASCII forms, one character for one (so offsets in characters stay the same).
/// Plans on government portals and in Word files are written with full-width punctuation, the
/// seed texts the import rules were written on with ASCII punctuation: the drafter reads every
/// document folded, and the review screen finds a drafted sentence in the text as printed by
/// comparing both folded. Chinese punctuation with no ASCII form (`、` `。` `“”` `——` `《》`),
/// circled numbers and the ideographic space stay as they are.
public enum FullWidthForms {
  static let range: ClosedRange<UInt32> = 0xFF01...0xFF5E
  static let offset: UInt32 = 0xFEE0

  /// The text with each full-width ASCII form replaced by its ASCII character.
  public static func folded(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { range.contains($0.value) }) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if range.contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - offset) {
        scalars.append(ascii)
      } else {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }
}
