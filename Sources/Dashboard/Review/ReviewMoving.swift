/// Moving through the item list and the text pane, and keeping what is selected on screen.
enum ReviewMoving {
  static func move(_ state: inout DraftReviewState, _ action: ReviewAction) {
    let layout = state.layout
    switch state.focus {
    case .items:
      let page = layout.listRows
      let last = max(0, state.order.count - 1)
      state.selection = clamp(state.selection, action, page: page, last: last)
      followSelection(&state)
    case .text:
      let last = max(0, state.document.sentences.count - 1)
      state.textCursor = clamp(state.textCursor, action, page: layout.textRows, last: last)
      scrollText(&state)
    }
  }

  private static func clamp(_ index: Int, _ action: ReviewAction, page: Int, last: Int) -> Int {
    let moved =
      switch action {
      case .moveUp: index - 1
      case .moveDown: index + 1
      case .pageUp: index - page
      case .pageDown: index + page
      case .moveToTop: 0
      default: last
      }
    return min(max(0, moved), last)
  }

  /// After the selection moved: the item's sentences highlighted, the text cursor on the
  /// first of them, both panes scrolled to show them.
  static func followSelection(_ state: inout DraftReviewState) {
    let text = state.selected.flatMap { state.plan.reviewItem($0)?.source.text }
    state.highlight = state.document.sentences(holding: text)
    if !state.highlight.isEmpty {
      state.textCursor = state.highlight.lowerBound
      // Shown with a little of what comes before it.
      if !textShows(state, state.highlight) {
        state.textTop = max(0, state.textCursor - 2)
      }
    }
    scrollIntoView(&state)
  }

  /// Keeps the selected item and the text cursor on screen.
  static func scrollIntoView(_ state: inout DraftReviewState) {
    let rows = state.layout.listRows
    if state.selection < state.itemTop { state.itemTop = state.selection }
    if state.selection >= state.itemTop + rows { state.itemTop = state.selection - rows + 1 }
    state.itemTop = max(0, min(state.itemTop, max(0, state.order.count - rows)))
    scrollText(&state)
  }

  /// Scrolls the text pane so the cursor sentence is shown whole where it fits.
  static func scrollText(_ state: inout DraftReviewState) {
    if state.textCursor < state.textTop { state.textTop = state.textCursor }
    while state.textTop < state.textCursor,
      !textShows(state, state.textCursor..<(state.textCursor + 1))
    {
      state.textTop += 1
    }
  }

  /// Whether the text pane, from its top sentence, shows the sentences whole.
  private static func textShows(_ state: DraftReviewState, _ sentences: Range<Int>) -> Bool {
    guard sentences.lowerBound >= state.textTop else { return false }
    let layout = state.layout
    var used = 0
    for index in state.textTop..<min(sentences.upperBound, state.document.sentences.count) {
      used += ReviewTextLines.height(
        state.document.sentences[index], width: layout.textColumns, glyphs: state.glyphs)
      if used > layout.textRows { return false }
    }
    return true
  }

  /// Enter in the text pane: selects the first listed item drafted from the cursor sentence.
  static func selectItemAtSentence(_ state: inout DraftReviewState) {
    let cursor = state.textCursor
    let match = state.order.firstIndex { ref in
      let text = state.plan.reviewItem(ref)?.source.text
      return state.document.sentences(holding: text).contains(cursor)
    }
    guard let match else {
      state.message = StatusMessage(ReviewText.noItemHere(state.language), kind: .warning)
      return
    }
    state.selection = match
    state.focus = .items
    followSelection(&state)
  }
}
