/// Draws the `?` help: every key binding from `KeyTable`, grouped by where it applies.
enum HelpView {
  static func draw(
    scroll: Int, in rect: Rect, into buffer: inout CellBuffer, _ context: ViewContext
  ) {
    let glyphs = context.glyphs
    let lang = context.language
    buffer.drawBox(
      rect, title: UIText.help(lang) + " (?, Esc)", style: CellStyle(.borderFocused),
      titleStyle: CellStyle(.title, bold: true), glyphs: glyphs)
    let inner = rect.inner
    guard inner.width > 2, inner.height > 0 else { return }
    let lines = KeyTable.helpLines(lang)
    // Key labels are short; a long one (a command with its arguments) runs into its text.
    let keyWidth = min(16, max(8, inner.width / 4))
    for row in 0..<inner.height {
      let index = scroll + row
      guard index < lines.count else { break }
      let line = lines[index]
      let y = inner.y + row
      if line.isHeading {
        buffer.write(
          line.key, x: inner.x + 1, y: y, width: inner.width - 1,
          style: CellStyle(.header, bold: true), glyphs: glyphs)
      } else if DisplayWidth.of(line.key) > keyWidth {
        let used = buffer.write(
          line.key, x: inner.x + 3, y: y, width: max(0, inner.width - 3), style: CellStyle(.title),
          glyphs: glyphs, pad: false)
        let x = inner.x + 5 + used
        buffer.write(
          line.description, x: x, y: y, width: inner.maxX - x, style: .normal, glyphs: glyphs)
      } else {
        buffer.write(
          line.key, x: inner.x + 3, y: y, width: keyWidth, style: CellStyle(.title), glyphs: glyphs)
        let x = inner.x + 4 + keyWidth
        buffer.write(
          line.description, x: x, y: y, width: inner.maxX - x, style: .normal, glyphs: glyphs)
      }
    }
  }
}
