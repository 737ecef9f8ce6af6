/// Draws the open drill-down page: a box titled with the item, its rows from the scroll
/// position, the selected item row highlighted.
enum DetailView {
  static func draw(
    _ detail: DetailState, in rect: Rect, into buffer: inout CellBuffer, _ context: ViewContext
  ) {
    let glyphs = context.glyphs
    let page = context.data.page(detail, in: context.state)
    buffer.drawBox(
      rect, title: page.title, style: CellStyle(.borderFocused),
      titleStyle: CellStyle(.title, bold: true),
      glyphs: glyphs)
    let inner = rect.inner
    guard inner.width > 2, inner.height > 0 else { return }
    let selectable = page.selectable
    let selectedRow =
      selectable.indices.contains(detail.selection) ? selectable[detail.selection] : nil
    for line in 0..<inner.height {
      let index = detail.scroll + line
      guard index < page.rows.count else { break }
      let row = page.rows[index]
      let y = inner.y + line
      let selected = index == selectedRow
      if selected {
        buffer.fill(
          Rect(x: inner.x, y: y, width: inner.width, height: 1), style: CellStyle(.selection))
      }
      buffer.write(
        selected ? glyphs.cursorMark : " ", x: inner.x, y: y, width: 1,
        style: CellStyle(selected ? .selection : .normal), glyphs: glyphs)
      var x = inner.x + 2
      let end = inner.maxX - 1
      for cell in row.cells {
        guard x < end else { break }
        switch cell {
        case .text(let text, let width, let align, let role):
          let w = min(width ?? (end - x), end - x)
          let keeps = [.done, .inProgress, .blocked, .todo, .behind, .marked].contains(role)
          let style = CellStyle(selected && !keeps ? .selection : role, bold: role == .header)
          buffer.write(text, x: x, y: y, width: w, style: style, glyphs: glyphs, align: align)
          x += w + 1
        case .bar(let fraction, let width):
          let w = min(width, end - x)
          if let fraction {
            buffer.drawBar(fraction: fraction, x: x, y: y, width: w, glyphs: glyphs)
          }
          x += w + 1
        }
      }
    }
  }
}
