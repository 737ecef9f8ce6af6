/// The bottom row: the filter, command or note being typed (with its cursor), else the
/// last message, else key hints.
enum StatusLineView {
  /// Draws the line; returns where the text cursor is, while typing.
  @discardableResult
  static func draw(_ layout: ScreenLayout, into buffer: inout CellBuffer, _ context: ViewContext)
    -> CursorPosition?
  {
    let state = context.state
    let glyphs = context.glyphs
    let lang = context.language
    let rect = layout.status
    buffer.fill(rect, style: CellStyle(.statusLine))
    func editor(_ prompt: String, _ editor: LineEditor) -> CursorPosition? {
      let used = buffer.write(
        prompt, x: 0, y: rect.y, width: rect.width, style: CellStyle(.title, bold: true),
        glyphs: glyphs, pad: false)
      let room = rect.width - used
      guard room > 0 else { return nil }
      let (shown, column) = editor.window(width: room, cjkWide: glyphs.cjkWide)
      buffer.write(
        glyphs: shown, x: used, y: rect.y, width: room, style: CellStyle(.statusLine),
        glyphs: glyphs)
      let cx = used + column
      if cx < rect.width {
        var cell = buffer[cx, rect.y]
        cell.style.reverse = true
        if cell.width == 0 { return CursorPosition(x: cx, y: rect.y) }
        buffer[cx, rect.y] = cell
      }
      return CursorPosition(x: cx, y: rect.y)
    }
    switch state.mode {
    case .filter(let e):
      return editor("/", e)
    case .command(let e):
      return editor(":", e)
    case .note(let ids, let e):
      let prompt = UIText.note(lang) + (ids.count > 1 ? " ×\(ids.count)" : "") + ": "
      return editor(prompt, e)
    case .actual, .help, .normal:
      break
    }
    var left = ""
    var role = StyleRole.muted
    if let message = state.message {
      left = message.text
      switch message.kind {
      case .info: role = .statusLine
      case .warning: role = .warning
      case .error: role = .error
      }
    } else {
      left = UIText.hintNormal(lang)
    }
    var right = ""
    if !state.marked.isEmpty { right = UIText.marked(lang) + " \(state.marked.count) " }
    let rw = DisplayWidth.of(right)
    buffer.write(
      " " + left, x: 0, y: rect.y, width: max(0, rect.width - rw), style: CellStyle(role),
      glyphs: glyphs)
    if rw > 0 && rw < rect.width {
      buffer.write(
        right, x: rect.width - rw, y: rect.y, width: rw, style: CellStyle(.marked, bold: true),
        glyphs: glyphs)
    }
    return nil
  }
}

/// Where the terminal should put its cursor (an input method shows its candidates there).
public struct CursorPosition: Hashable, Sendable {
  public var x: Int
  public var y: Int

  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
}
