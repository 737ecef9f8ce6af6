/// The `?` help: every key of the review key table, grouped, scrolled from `top`.
enum ReviewHelpView {
  static func draw(_ state: DraftReviewState, top: Int, into buffer: inout CellBuffer) {
    let lang = state.language
    let lines = ReviewKeyTable.helpLines(lang)
    buffer.write(
      " \(ReviewText.title(lang)) — ?", x: 0, y: 0, width: buffer.width,
      style: CellStyle(.title, bold: true), glyphs: state.glyphs)
    let keyWidth = min(20, lines.map { DisplayWidth.of($0.key) }.max() ?? 8) + 2
    let rows = max(0, buffer.height - 2)
    for (row, line) in lines.dropFirst(top).prefix(rows).enumerated() {
      let y = 1 + row
      if line.heading {
        buffer.write(
          line.key, x: 1, y: y, width: buffer.width - 1, style: CellStyle(.header, bold: true),
          glyphs: state.glyphs)
      } else {
        buffer.write(
          line.key, x: 3, y: y, width: keyWidth, style: CellStyle(.title), glyphs: state.glyphs)
        buffer.write(
          line.text, x: 3 + keyWidth, y: y, width: max(0, buffer.width - 3 - keyWidth),
          glyphs: state.glyphs)
      }
    }
    let status = Rect(x: 0, y: buffer.height - 1, width: buffer.width, height: 1)
    buffer.fill(status, style: CellStyle(.statusLine))
    let hint = Localized(zh: "Esc/q/? 关闭  j/k 滚动", en: "Esc/q/? close  j/k scroll")(lang)
    buffer.write(
      hint, x: 0, y: status.y, width: status.width, style: CellStyle(.statusLine),
      glyphs: state.glyphs)
  }
}
