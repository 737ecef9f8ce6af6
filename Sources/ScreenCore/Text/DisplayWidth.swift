import CDisplayWidth

/// Display width as glibc's `wcwidth` gives it — the measure ncursesw uses to advance the
/// cursor — so the buffer and the terminal agree on where every character lands.
public enum DisplayWidth {
  /// Takes the environment's locale and makes `LC_CTYPE` UTF-8 when it is not (glibc measures
  /// every CJK character as -1 in an ASCII locale). Returns true when `LC_CTYPE` is UTF-8.
  @discardableResult
  public static func ensureUTF8Locale() -> Bool { cdw_ensure_utf8_locale() == 1 }

  /// Done once, before the first measurement.
  private static let localeIsUTF8: Bool = ensureUTF8Locale()

  /// glibc's width of one code point: 0, 1, 2, or -1 when it is not printable. Inlinable,
  /// so that printable ASCII costs no call from the dashboard's text layout.
  @inlinable
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    return glibcWidth(value)
  }

  @usableFromInline
  static func glibcWidth(_ value: UInt32) -> Int {
    _ = localeIsUTF8
    return Int(cdw_wcwidth(Int32(bitPattern: value)))
  }

  /// The width of one grapheme: its first code point's width plus any the others add,
  /// at most 2; nil when the grapheme starts with a code point that is not printable.
  public static func of(grapheme: Character) -> Int? {
    var scalars = grapheme.unicodeScalars.makeIterator()
    guard let first = scalars.next() else { return 0 }
    let base = of(first)
    if base < 0 { return nil }
    var total = base
    while let next = scalars.next() {
      let w = of(next)
      if w > 0 { total += w }
    }
    return min(total, 2)
  }

  /// The width of text already sanitised (see `TextSanitizer`): the sum of its graphemes.
  public static func of(_ text: String) -> Int {
    var total = 0
    for character in text { total += of(grapheme: character) ?? 0 }
    return total
  }
}
