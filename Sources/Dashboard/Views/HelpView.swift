/// Draws the `?` help: every key binding from `KeyTable`, grouped by where it applies.
enum HelpView {
  static func draw(
    scroll: Int, in rect: Rect, into buffer: inout CellBuffer, _ context: ViewContext
  ) {
    let glyphs = context.glyphs
    let lang = context.language
    let filter = context.state.helpFilter
    buffer.drawBox(
      rect, title: UIText.help(lang) + " (?, Esc)" + (filter.isEmpty ? "" : " /" + filter),
      style: CellStyle(.borderFocused),
      titleStyle: CellStyle(.title, bold: true), glyphs: glyphs)
    let inner = rect.inner
    guard inner.width > 2, inner.height > 0 else { return }
    let help = context.data.helpPage(in: context.state)
    for row in 0..<inner.height {
      let index = scroll + row
      guard index < help.rows.count else { break }
      let line = help.rows[index]
      let y = inner.y + row
      if line.isHeading {
        buffer.write(
          line.key, x: inner.x + 1, y: y, width: inner.width - 1,
          style: CellStyle(.header, bold: true), glyphs: glyphs)
        continue
      }
      // A key on a row of its own (too long for the column) may use the whole row.
      let keyRoom = line.description.isEmpty ? max(0, inner.width - 3) : help.keyWidth
      buffer.write(
        line.key, x: inner.x + 3, y: y, width: keyRoom, style: CellStyle(.title), glyphs: glyphs)
      guard !line.description.isEmpty else { continue }
      let x = inner.x + 4 + help.keyWidth
      buffer.write(
        line.description, x: x, y: y, width: inner.maxX - x, style: .normal, glyphs: glyphs)
    }
  }
}
