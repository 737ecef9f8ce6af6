/// Basic Chinese line-breaking rules (禁则) for wrapped text: where a line may end.
///
/// - A run of ASCII letters, digits, decimal points and `%` (`2027`, `100`, `5G`, `30%`, `1.5`)
///   stays together.
/// - Closing punctuation (`、，。；：！？）」』”’》〉】` and ASCII `, . ; : ! ? ) ] } >`) never starts
///   a line.
/// - Opening punctuation (`（「『“‘《〈【` and ASCII `( [ { <`) never ends a line.
/// - A no-break space (U+00A0) holds its neighbours together (`~ accelerate 4`).
/// - An en dash joining a range (`2023–2027`) neither starts nor ends a line.
///
/// Between any other two characters (two Chinese characters, a Chinese character and a
/// figure) a line may break. Spaces are handled by `TextLayout.wrap` itself.
enum LineBreakRules {
  static let closing: Set<String> = [
    "、", "，", "。", "；", "：", "！", "？", "）", "」", "』", "”", "’", "》", "〉", "】", "〕", "〗",
    "］", "｝", "．", ",", ".", ";", ":", "!", "?", ")", "]", "}", ">", "–",
  ]

  static let opening: Set<String> = [
    "（", "「", "『", "“", "‘", "《", "〈", "【", "〔", "〖", "［", "｛", "(", "[", "{", "<", "–",
  ]

  static let noBreakSpace = "\u{00A0}"

  /// Whether a character belongs to a run that is kept on one line.
  static func isRunCharacter(_ glyph: Glyph) -> Bool {
    guard glyph.text.utf8.count == 1, let byte = glyph.text.utf8.first else { return false }
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "."), UInt8(ascii: "%"):
      return true
    default: return false
    }
  }

  /// Whether a line may end after `before` and the next one start with `after`.
  static func allowsBreak(between before: Glyph, and after: Glyph) -> Bool {
    if closing.contains(after.text) || opening.contains(before.text) { return false }
    if before.text == noBreakSpace || after.text == noBreakSpace { return false }
    return !(isRunCharacter(before) && isRunCharacter(after))
  }
}
