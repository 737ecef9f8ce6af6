/// The bottom row: the field being edited (with its cursor), else the last message, else
/// the main keys.
enum ReviewStatusLine {
  static func draw(_ state: DraftReviewState, _ rect: Rect, into buffer: inout CellBuffer)
    -> CursorPosition?
  {
    buffer.fill(rect, style: CellStyle(.statusLine))
    let glyphs = state.glyphs
    if case .editing(let field, let editor) = state.mode, let ref = state.selected {
      let prompt = field.label(for: ref.kind)(state.language) + ": "
      let used = buffer.write(
        prompt, x: 0, y: rect.y, width: rect.width, style: CellStyle(.title, bold: true),
        glyphs: glyphs, pad: false)
      var room = rect.width - used
      var note = ""
      if let message = state.message, message.kind == .error { note = message.text }
      if !note.isEmpty, room > 24 {
        let shown = min(
          DisplayWidth.of(TextSanitizer.clean(note, cjkWide: glyphs.cjkWide)), room - 12)
        room -= shown + 1
        buffer.write(
          note, x: rect.width - shown, y: rect.y, width: shown, style: CellStyle(.error),
          glyphs: glyphs)
      }
      guard room > 0 else { return nil }
      let (shown, column) = editor.window(width: room, cjkWide: glyphs.cjkWide)
      buffer.write(
        glyphs: shown, x: used, y: rect.y, width: room, style: CellStyle(.statusLine),
        glyphs: glyphs)
      return CursorPosition(x: min(rect.width - 1, used + column), y: rect.y)
    }
    if let message = state.message {
      let role: StyleRole =
        switch message.kind {
        case .info: .statusLine
        case .warning: .warning
        case .error: .error
        }
      let tailWidth = DisplayWidth.of(message.tail)
      buffer.write(
        message.text, x: 0, y: rect.y, width: max(0, rect.width - tailWidth),
        style: CellStyle(role), glyphs: glyphs)
      if tailWidth > 0 {
        buffer.write(
          message.tail, x: max(0, rect.width - tailWidth), y: rect.y,
          width: min(tailWidth, rect.width), style: CellStyle(.statusLine), glyphs: glyphs)
      }
      return nil
    }
    buffer.write(
      ReviewText.hints(state.language), x: 0, y: rect.y, width: rect.width,
      style: CellStyle(.statusLine), glyphs: glyphs)
    return nil
  }
}
