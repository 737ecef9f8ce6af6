@preconcurrency import CNCursesW

/// The last guard before text reaches curses: a cell's text must be one printable
/// character (plus combining marks) whose width, as glibc and so ncurses measure it,
/// matches the cell's. Anything else is replaced, so a bad cell can never move the cursor,
/// wrap, or send a control sequence.
enum GlyphCheck {
  /// The wide characters to hand to `setcchar`, NUL-terminated: a spacing character
  /// followed by at most four combining ones.
  static func wideCharacters(for text: String, width: Int) -> [wchar_t] {
    let scalars = Array(text.unicodeScalars)
    guard let first = scalars.first, isPrintable(first) else { return placeholder(width) }
    guard Int(wcwidth(wchar_t(bitPattern: first.value))) == width else {
      return placeholder(width)
    }
    var result: [wchar_t] = [wchar_t(bitPattern: first.value)]
    for scalar in scalars.dropFirst() {
      guard result.count < 5, isPrintable(scalar), wcwidth(wchar_t(bitPattern: scalar.value)) == 0
      else { break }
      result.append(wchar_t(bitPattern: scalar.value))
    }
    result.append(0)
    return result
  }

  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value >= 0x20 && value != 0x7F && !(0x80...0x9F).contains(value)
  }

  /// `?` for a narrow cell, the full-width `？` for a wide one.
  static func placeholder(_ width: Int) -> [wchar_t] {
    width == 2 ? [0xFF1F, 0] : [0x3F, 0]
  }
}
