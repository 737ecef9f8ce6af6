import Foundation

/// The small text clean-ups every reader applies to what it reads.
enum TextCleaning {
  /// The text without white space at either end: spaces of every width (ideographic,
  /// no-break), tabs, line breaks, zero-width spaces and stray byte-order marks.
  static func trimmed<S: StringProtocol>(_ text: S) -> String {
    let isBlank: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{200B}" || $0 == "\u{FEFF}" }
    guard let start = text.firstIndex(where: { !isBlank($0) }) else { return "" }
    let end = text.lastIndex(where: { !isBlank($0) })!
    return String(text[start...end])
  }

  /// The text with runs of white space inside it made one space, and trimmed — how a
  /// paragraph reads once its source line breaks are gone. A run holding a line break
  /// between two Chinese characters leaves nothing, as Chinese is written without spaces.
  static func collapsed(_ text: String) -> String {
    var result = ""
    var pendingSpace = false
    var pendingBreak = false
    for character in text {
      if character.isWhitespace || character == "\u{200B}" || character == "\u{FEFF}" {
        pendingSpace = !result.isEmpty
        pendingBreak = pendingBreak || character.isNewline
        continue
      }
      if pendingSpace, let last = result.last,
        !(pendingBreak && isWide(last) && isWide(character))
      {
        result.append(" ")
      }
      pendingSpace = false
      pendingBreak = false
      result.append(character)
    }
    return result
  }

  /// Whether a character is written full width (CJK ideographs, kana, full-width forms and
  /// punctuation): two of them need no space between.
  static func isWide(_ character: Character) -> Bool {
    guard let value = character.unicodeScalars.first?.value else { return false }
    return (0x2E80...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value)
      || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFFEF).contains(value)
      || (0x20000...0x3FFFF).contains(value) || (0x2010...0x2027).contains(value)
  }
}
