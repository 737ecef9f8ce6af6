import PlanModel

/// Editing one field of the selected item: open the editor on it, type, confirm or cancel.
enum ReviewEditing {
  /// Opens the editor on `field` of the selected item, what is there as a default that
  /// typing replaces (Left, Right, Home or End first keep it for editing).
  static func open(_ state: inout DraftReviewState, _ field: ReviewField) {
    guard let ref = state.selected, let item = state.plan.reviewItem(ref) else {
      state.mode = .browsing
      return ReviewReducer.nothingSelected(&state)
    }
    guard field.applies(to: ref.kind) else {
      state.mode = .browsing
      state.message = StatusMessage(
        ReviewText.fieldNotApplicable(field, ref.kind)(state.language), kind: .warning)
      return
    }
    state.mode = .editing(field, LineEditor(field.text(of: item), isDefault: true))
    state.message = nil
  }

  static func reduce(_ state: inout DraftReviewState, _ action: ReviewAction) {
    guard case .editing(let field, var editor) = state.mode else { return }
    switch action {
    case .editorInsert(let text): editor.insert(text)
    case .editorLeft: editor.moveLeft()
    case .editorRight: editor.moveRight()
    case .editorHome: editor.moveHome()
    case .editorEnd: editor.moveEnd()
    case .editorBackspace: editor.backspace()
    case .editorDelete: editor.deleteForward()
    case .editorCancel:
      state.mode = .browsing
      state.message = nil
      return
    case .editorSubmit:
      return submit(&state, field, editor.text)
    default: return
    }
    state.mode = .editing(field, editor)
  }

  private static func submit(_ state: inout DraftReviewState, _ field: ReviewField, _ text: String)
  {
    guard let ref = state.selected, let item = state.plan.reviewItem(ref) else {
      state.mode = .browsing
      return
    }
    switch ReviewFieldEdit.apply(text, to: field, of: item, outline: state.plan.outline) {
    case .failure(let error):
      state.message = StatusMessage(error.message(state.language), kind: .error)
    case .success(let edited):
      state.mode = .browsing
      guard edited != item else {
        state.message = nil
        return
      }
      let what = ReviewText.edited(field.label(for: ref.kind), item.title)(state.language)
      ReviewChanges.change(&state, what, select: ref) { $0.setReviewItem(edited) }
      state.message = StatusMessage(what)
    }
  }
}
