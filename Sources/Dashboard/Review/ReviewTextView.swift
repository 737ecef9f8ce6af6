/// The text pane: the document's sentences from the top one shown, each starting a line;
/// the cursor sentence marked `▸` and drawn as selected, the selected item's sentences
/// marked `*` and drawn in the marked style.
enum ReviewTextView {
  static func draw(_ state: DraftReviewState, _ layout: ReviewLayout, into buffer: inout CellBuffer)
  {
    let rect = layout.text
    let focused = state.focus == .text && state.mode == .browsing
    let count = state.document.sentences.count
    let title =
      "\(ReviewText.textPane(state.language)) \(count == 0 ? 0 : state.textCursor + 1)/\(count)"
    buffer.drawBox(
      rect, title: title, style: CellStyle(focused ? .borderFocused : .border),
      titleStyle: CellStyle(focused ? .borderFocused : .title, bold: true), glyphs: state.glyphs)
    let inner = rect.inner
    var y = inner.y
    if let note = state.documentNote {
      buffer.write(
        note(state.language), x: inner.x, y: y, width: inner.width, style: CellStyle(.warning),
        glyphs: state.glyphs)
      y += 1
    }
    var index = state.textTop
    while y < inner.maxY, index < count {
      let sentence = state.document.sentences[index]
      let isCursor = index == state.textCursor
      let isItem = state.highlight.contains(index)
      let style =
        isCursor
        ? CellStyle(focused ? .selection : .selectionUnfocused)
        : CellStyle(isItem ? .marked : .normal)
      let lines = ReviewTextLines.lines(sentence, width: layout.textColumns, glyphs: state.glyphs)
      for (n, line) in lines.enumerated() where y < inner.maxY {
        let gutter = n > 0 ? " " : isCursor ? state.glyphs.cursorMark : isItem ? "*" : " "
        buffer.write(
          gutter, x: inner.x, y: y, width: 1, style: CellStyle(isItem ? .marked : .normal),
          glyphs: state.glyphs)
        buffer.write(
          glyphs: line, x: inner.x + 1, y: y, width: layout.textColumns, style: style,
          glyphs: state.glyphs)
        y += 1
      }
      index += 1
    }
  }
}
