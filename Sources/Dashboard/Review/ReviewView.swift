/// Draws the review screen into a cell buffer: header, text pane, item list, the selected
/// item's details, validation problems and the status line. Drawing only; no state changes.
public enum ReviewView {
  /// Draws everything; returns where the terminal's cursor goes while a field is edited.
  @discardableResult
  public static func draw(_ state: DraftReviewState, into buffer: inout CellBuffer)
    -> CursorPosition?
  {
    let full = Rect(x: 0, y: 0, width: buffer.width, height: buffer.height)
    buffer.fill(full)
    let lang = state.language
    if ReviewLayout.isTooSmall(width: buffer.width, height: buffer.height) {
      let text =
        "\(ReviewText.tooSmall(lang)) \(buffer.width)x\(buffer.height) < "
        + "\(ReviewLayout.minimum.width)x\(ReviewLayout.minimum.height)"
      buffer.write(
        text, x: 0, y: buffer.height / 2, width: buffer.width, style: CellStyle(.warning),
        glyphs: state.glyphs, align: .center)
      return nil
    }
    let layout = state.layout
    if case .help(let top) = state.mode {
      ReviewHelpView.draw(state, top: top, into: &buffer)
      return nil
    }
    drawHeader(state, layout.header, into: &buffer)
    ReviewTextView.draw(state, layout, into: &buffer)
    ReviewItemsView.drawList(state, layout.list, into: &buffer)
    ReviewItemsView.drawDetail(state, layout.detail, into: &buffer)
    drawProblems(state, layout.problems, into: &buffer)
    return ReviewStatusLine.draw(state, layout.status, into: &buffer)
  }

  private static func drawHeader(
    _ state: DraftReviewState, _ rect: Rect, into buffer: inout CellBuffer
  ) {
    let lang = state.language
    let counts = ReviewText.header(marked: state.markedCount, total: state.order.count)(lang)
    let countWidth = DisplayWidth.of(counts) + 1
    buffer.write(
      " \(ReviewText.title(lang))  \(state.plan.region.name) · \(state.draftPath)", x: 0,
      y: rect.y, width: max(0, rect.width - countWidth), style: CellStyle(.title, bold: true),
      glyphs: state.glyphs)
    buffer.write(
      counts, x: max(0, rect.width - countWidth), y: rect.y, width: min(countWidth, rect.width),
      style: CellStyle(state.markedCount > 0 ? .warning : .done), glyphs: state.glyphs)
  }

  private static func drawProblems(
    _ state: DraftReviewState, _ rect: Rect, into buffer: inout CellBuffer
  ) {
    guard rect.height >= 3 else { return }
    let title = "\(ReviewText.problemsPane(state.language)) (\(state.problems.count))"
    buffer.drawBox(
      rect, title: title, style: CellStyle(.error), titleStyle: CellStyle(.error, bold: true),
      glyphs: state.glyphs)
    let inner = rect.inner
    for (row, problem) in state.problems.prefix(inner.height).enumerated() {
      buffer.write(
        problem, x: inner.x, y: inner.y + row, width: inner.width, style: CellStyle(.normal),
        glyphs: state.glyphs)
    }
  }
}
