import PlanModel

/// The only writer of `DraftReviewState`: each action changes the state here and nowhere else.
/// It writes no file — `finish` leaves the plan in `finishRequest` for the app to hand to the
/// CLI, whose outcome comes back as `.finished`.
public enum ReviewReducer {
  public static func reduce(_ state: inout DraftReviewState, _ action: ReviewAction) {
    if action != .quit { state.quitArmed = false }
    if reduceHelp(&state, action) { return }
    switch action {
    case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
      state.message = nil
      ReviewMoving.move(&state, action)
    case .switchPane:
      state.focus = state.focus == .items ? .text : .items
    case .accept, .reject, .newItem, .undo, .redo:
      ReviewChanges.reduce(&state, action)
    case .chooseField:
      guard let ref = state.selected else { return nothingSelected(&state) }
      state.mode = .choosingField
      state.message = StatusMessage(ReviewText.chooseField(ref.kind)(state.language))
    case .edit(let field):
      ReviewEditing.open(&state, field)
    case .cancelChoice:
      state.mode = .browsing
      state.message = nil
    case .editorInsert, .editorSubmit, .editorCancel, .editorLeft, .editorRight, .editorHome,
      .editorEnd, .editorBackspace, .editorDelete:
      ReviewEditing.reduce(&state, action)
    case .itemAtSentence:
      ReviewMoving.selectItemAtSentence(&state)
    case .finish:
      state.finishRequest = state.plan
      state.message = StatusMessage(ReviewText.writing(state.language))
    case .finished(let outcome):
      finished(&state, outcome)
    case .quit:
      quit(&state)
    case .showHelp:
      state.mode = .help(top: 0)
    case .closeHelp:
      state.mode = .browsing
    case .toggleLanguage:
      state.language = state.language == .zh ? .en : .zh
    case .resize(let width, let height):
      state.width = width
      state.height = height
      ReviewMoving.scrollIntoView(&state)
    }
  }

  /// Scrolling and closing the help; false for an action the help passes on.
  private static func reduceHelp(_ state: inout DraftReviewState, _ action: ReviewAction) -> Bool {
    guard case .help(let top) = state.mode else { return false }
    let page = max(1, state.height - 2)
    let last = max(0, ReviewKeyTable.helpLines(state.language).count - page)
    switch action {
    case .moveUp: state.mode = .help(top: max(0, top - 1))
    case .moveDown: state.mode = .help(top: min(last, top + 1))
    case .pageUp: state.mode = .help(top: max(0, top - page))
    case .pageDown: state.mode = .help(top: min(last, top + page))
    default: return false
    }
    return true
  }

  private static func finished(_ state: inout DraftReviewState, _ outcome: ReviewFinishOutcome) {
    state.finishRequest = nil
    switch outcome {
    case .written(let path, let problems):
      state.dirty = false
      state.problems = problems
      if problems.isEmpty {
        state.writtenPath = path
        state.quitRequested = true
        state.message = StatusMessage(ReviewText.written(path)(state.language))
      } else {
        state.message = StatusMessage(
          ReviewText.writtenWithProblems(path, problems.count)(state.language), kind: .error)
      }
      ReviewMoving.scrollIntoView(&state)
    case .failed(let reason):
      state.message = StatusMessage(reason, kind: .error)
    }
  }

  private static func quit(_ state: inout DraftReviewState) {
    if state.dirty, !state.quitArmed {
      state.mode = .browsing
      state.quitArmed = true
      state.message = StatusMessage(ReviewText.confirmQuit(state.language), kind: .warning)
      return
    }
    state.quitRequested = true
  }

  static func nothingSelected(_ state: inout DraftReviewState) {
    state.message = StatusMessage(ReviewText.noItems(state.language), kind: .warning)
  }

  /// Puts the list in order (marked first, then by kind, each in plan order) and keeps the
  /// selection on `select` when given, else at its place in the list; then brings the
  /// selected item's sentences into the text pane.
  static func settle(_ state: inout DraftReviewState, select: ReviewItemRef? = nil) {
    let plan = state.plan
    let refs = plan.reviewRefs
    let marked = Set(refs.filter { plan.reviewItem($0)?.needsReview == true })
    state.order = refs.enumerated().sorted { a, b in
      let am = marked.contains(a.element)
      let bm = marked.contains(b.element)
      if am != bm { return am }
      if a.element.kind != b.element.kind { return a.element.kind < b.element.kind }
      return a.offset < b.offset
    }.map(\.element)
    if let select, let index = state.order.firstIndex(of: select) { state.selection = index }
    state.selection = min(max(0, state.selection), max(0, state.order.count - 1))
    ReviewMoving.followSelection(&state)
  }
}
