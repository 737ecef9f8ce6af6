@preconcurrency import CNCursesW
import ScreenCore

/// Puts cell buffers on screen, sending curses only the cells that changed since the
/// previous frame. Wide characters are written whole with `setcchar` + `mvwadd_wch`; the
/// cell that ends at the bottom-right corner is inserted (`mvwins_wch`) so that the cursor
/// never has to advance past the last cell, which would fail.
@MainActor
final class ScreenPainter {
  private var previous: CellBuffer?

  private var cursorVisible: Bool?

  private func setCursorVisible(_ visible: Bool) {
    guard cursorVisible != visible else { return }
    cursorVisible = visible
    curs_set(visible ? 1 : 0)
  }

  /// Forgets the previous frame: the next paint rewrites every cell.
  func invalidate() {
    previous = nil
    cursorVisible = nil
  }

  /// Paints `buffer` (whose size must be the screen's) and updates the terminal. With a
  /// `cursor` inside the screen the terminal cursor is shown there (where an input method
  /// puts its candidate window); otherwise it is hidden.
  func paint(_ buffer: CellBuffer, styles: StyleTable, cursor: CursorPosition? = nil) {
    let window = plandash_stdscr()
    if let old = previous, old.width != buffer.width || old.height != buffer.height {
      previous = nil
    }
    if previous == nil { werase(window) }
    for y in 0..<buffer.height {
      guard let (first, last) = changedSpan(row: y, in: buffer) else { continue }
      paintRow(y, from: first, through: last, of: buffer, styles: styles, window: window)
    }
    previous = buffer
    if let cursor, buffer.contains(x: cursor.x, y: cursor.y) {
      leaveok(window, false)
      wmove(window, Int32(cursor.y), Int32(cursor.x))
      setCursorVisible(true)
    } else {
      leaveok(window, true)
      setCursorVisible(false)
    }
    wnoutrefresh(window)
    doupdate()
  }

  /// The first and last column of row `y` that differ from the previous frame, widened to
  /// whole wide characters; nil when the row is unchanged.
  private func changedSpan(row y: Int, in buffer: CellBuffer) -> (Int, Int)? {
    let width = buffer.width
    guard width > 0 else { return nil }
    var first = 0
    var last = width - 1
    if let old = previous {
      while first < width, old[first, y] == buffer[first, y] { first += 1 }
      guard first < width else { return nil }
      while last > first, old[last, y] == buffer[last, y] { last -= 1 }
    }
    while first > 0, buffer[first, y].width == 0 { first -= 1 }
    if buffer[last, y].width == 2, last + 1 < width { last += 1 }
    return (first, last)
  }

  private func paintRow(
    _ y: Int, from first: Int, through last: Int, of buffer: CellBuffer, styles: StyleTable,
    window: WindowPointer?
  ) {
    var x = first
    while x <= last {
      let cell = buffer[x, y]
      let fitsWide = cell.width == 2 && x + 1 < buffer.width && buffer[x + 1, y].width == 0
      let width = fitsWide ? 2 : 1
      let text = (cell.width == 0 || (cell.width == 2 && !fitsWide)) ? " " : cell.text
      put(
        text, width: width, style: cell.style, x: x, y: y, buffer: buffer, styles: styles,
        window: window)
      x += width
    }
  }

  private func put(
    _ text: String, width: Int, style: CellStyle, x: Int, y: Int, buffer: CellBuffer,
    styles: StyleTable, window: WindowPointer?
  ) {
    let look = styles.look(for: style)
    var characters = GlyphCheck.wideCharacters(for: text, width: width)
    var complex = cchar_t()
    let made = characters.withUnsafeMutableBufferPointer { pointer in
      setcchar(&complex, pointer.baseAddress, look.attributes, look.pair, nil)
    }
    guard made != ERR else { return }
    let endsAtCorner = y == buffer.height - 1 && x + width - 1 == buffer.width - 1
    if endsAtCorner {
      _ = mvwins_wch(window, Int32(y), Int32(x), &complex)
    } else {
      _ = mvwadd_wch(window, Int32(y), Int32(x), &complex)
    }
  }
}
