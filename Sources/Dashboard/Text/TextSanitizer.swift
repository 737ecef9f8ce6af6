/// Turns text from plan files or the user into glyphs that are safe to draw: control
/// characters and escape sequences become visible placeholders (`^[`, `^A`, `^?`, `<U+0085>`),
/// never raw bytes for the terminal; zero-width characters are dropped; in `--cjk-wide` mode
/// every East Asian ambiguous character is replaced (see `CJKSubstitutes`).
public enum TextSanitizer {
  public static func glyphs(_ text: String, cjkWide: Bool = false) -> [Glyph] {
    var result: [Glyph] = []
    result.reserveCapacity(text.utf8.count)
    for character in text {
      append(character, cjkWide: cjkWide, to: &result)
    }
    return result
  }

  /// The sanitised text itself (placeholders included).
  public static func clean(_ text: String, cjkWide: Bool = false) -> String {
    glyphs(text, cjkWide: cjkWide).text
  }

  private static func append(_ character: Character, cjkWide: Bool, to result: inout [Glyph]) {
    if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
      result.append(Glyph(String(character), width: 1))
      return
    }
    if character == "\n" || character == "\r\n" || character == "\t" || character == "\r" {
      result.append(.space)
      return
    }
    let first = character.unicodeScalars.first!
    if controlPlaceholder(first) != nil {
      for scalar in character.unicodeScalars {
        let text = controlPlaceholder(scalar) ?? "<U+\(hex(scalar.value))>"
        result.append(contentsOf: text.map { Glyph(String($0), width: 1) })
      }
      return
    }
    if cjkWide && AmbiguousWidth.containsAmbiguous(String(character)) {
      let substitute = CJKSubstitutes.replacement(for: character)
      for sub in substitute {
        append(sub, cjkWide: false, to: &result)
      }
      return
    }
    guard let width = DisplayWidth.of(grapheme: character) else {
      let text = "<U+\(hex(first.value))>"
      result.append(contentsOf: text.map { Glyph(String($0), width: 1) })
      return
    }
    if width == 0 { return }
    result.append(Glyph(String(character), width: width))
  }

  /// Caret notation for C0 controls and DEL, a code for C1 controls; nil for others.
  static func controlPlaceholder(_ scalar: Unicode.Scalar) -> String? {
    let value = scalar.value
    if value < 0x20 {
      return "^" + String(UnicodeScalar(UInt8(value + 0x40)))
    }
    if value == 0x7F { return "^?" }
    if value >= 0x80 && value < 0xA0 { return "<U+\(hex(value))>" }
    return nil
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
