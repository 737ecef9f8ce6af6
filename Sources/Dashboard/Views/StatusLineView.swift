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
    /// The prompt and the text being typed, with a note on the right where it fits.
    func editor(_ prompt: String, _ editor: LineEditor, note: String = "") -> CursorPosition? {
      let used = buffer.write(
        prompt, x: 0, y: rect.y, width: rect.width, style: CellStyle(.title, bold: true),
        glyphs: glyphs, pad: false)
      var room = rect.width - used
      let noteWidth = DisplayWidth.of(TextSanitizer.clean(note, cjkWide: glyphs.cjkWide))
      if !note.isEmpty, room > 16 {
        // The typed text keeps 8 columns; the note takes the rest, cut if it must be.
        let shown = min(noteWidth, room - 8)
        room -= shown + 1
        buffer.write(
          note, x: rect.width - shown, y: rect.y, width: shown, style: CellStyle(.warning),
          glyphs: glyphs)
      }
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
    var right = ""
    if !state.marked.isEmpty { right = UIText.marked(lang) + " \(state.marked.count) " }
    switch state.mode {
    case .filter(let e, _):
      let idle = Filtering.hasNothingToFilter(state, context.data)
      return editor("/", e, note: idle ? UIText.nothingToFilter(lang) : "")
    case .command(let e):
      return editor(":", e)
    case .note(let ids, let e):
      let prompt = UIText.note(lang) + (ids.count > 1 ? " ×\(ids.count)" : "") + ": "
      return editor(prompt, e)
    case .actual, .help, .normal:
      break
    }
    var left: [Glyph] = []
    var role = StyleRole.muted
    if let message = state.message {
      left = fitted(message, width: rect.width - DisplayWidth.of(right) - 1, glyphs)
      switch message.kind {
      case .info: role = .statusLine
      case .warning: role = .warning
      case .error: role = .error
      }
    } else {
      left = TextSanitizer.glyphs(UIText.hintNormal(lang), cjkWide: glyphs.cjkWide)
    }
    let rw = DisplayWidth.of(right)
    buffer.write(
      glyphs: [.space] + left, x: 0, y: rect.y, width: max(0, rect.width - rw),
      style: CellStyle(role), glyphs: glyphs)
    if rw > 0 && rw < rect.width {
      buffer.write(
        right, x: rect.width - rw, y: rect.y, width: rw, style: CellStyle(.marked, bold: true),
        glyphs: glyphs)
    }
    return nil
  }

  /// A message in `width` columns: its text cut with an ellipsis where needed so that its
  /// tail stays whole.
  static func fitted(_ message: StatusMessage, width: Int, _ set: GlyphSet) -> [Glyph] {
    let text = TextSanitizer.glyphs(message.text, cjkWide: set.cjkWide)
    let tail = TextSanitizer.glyphs(message.tail, cjkWide: set.cjkWide)
    guard text.displayWidth + tail.displayWidth > width, tail.displayWidth < width else {
      return text + tail
    }
    let ellipsis = TextSanitizer.glyphs(set.ellipsis, cjkWide: set.cjkWide)
    return TextLayout.fit(text, width: width - tail.displayWidth, ellipsis: ellipsis) + tail
  }
}
