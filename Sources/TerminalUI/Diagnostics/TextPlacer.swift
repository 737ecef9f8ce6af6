@preconcurrency import CNCursesW
import ScreenCore

/// Writes a line of text into a cell buffer, measuring each character with glibc's
/// `wcwidth` (as ncurses does) and clipping at the right edge without splitting a wide
/// character. Enough for the terminal check screen; the dashboard has its own layout.
enum TextPlacer {
  /// Places `text` from column `x` on row `y`; returns the column after the last cell used.
  @discardableResult
  static func put(
    _ text: String, x: Int, y: Int, style: CellStyle = .normal, limit: Int? = nil,
    into buffer: inout CellBuffer
  ) -> Int {
    guard y >= 0, y < buffer.height else { return x }
    let end = min(buffer.width, limit ?? buffer.width)
    var column = x
    for character in text {
      var glyph = String(character)
      var width =
        character.unicodeScalars.first.map { Int(wcwidth(wchar_t(bitPattern: $0.value))) } ?? 1
      if width < 1 || width > 2 {
        glyph = "?"
        width = 1
      }
      guard column + width <= end else { break }
      if column >= 0 {
        buffer[column, y] = Cell(text: glyph, width: UInt8(width), style: style)
        if width == 2 { buffer[column + 1, y] = .continuation(style) }
      }
      column += width
    }
    return column
  }
}
