/// What a key asks of the review screen; `ReviewReducer` carries it out.
public enum ReviewAction: Hashable, Sendable {
  case moveUp, moveDown, pageUp, pageDown, moveToTop, moveToBottom
  case switchPane
  /// Clears the selected item's review marks.
  case accept
  /// Removes the selected item from the draft.
  case reject
  /// Opens the field choice (`e`), then the editor on the field named.
  case chooseField
  case edit(ReviewField)
  case cancelChoice
  /// A new item of this kind from the text pane's cursor sentence.
  case newItem(ReviewItemKind)
  /// Selects the item drafted from the cursor sentence.
  case itemAtSentence
  case undo, redo
  /// Writes the plan file (through the CLI) and validates it.
  case finish
  /// What came of writing: the file and the problems validation found, or why nothing was
  /// written.
  case finished(ReviewFinishOutcome)
  case quit
  case showHelp, closeHelp
  case editorInsert(String)
  case editorSubmit, editorCancel, editorLeft, editorRight, editorHome, editorEnd
  case editorBackspace, editorDelete
  case toggleLanguage
  case resize(width: Int, height: Int)
}

/// The outcome of writing the reviewed plan, which the CLI reports back.
public enum ReviewFinishOutcome: Hashable, Sendable {
  /// Written to `path` (temp file, then renamed over the draft); `problems` are what
  /// validation found in it, as `file:line: message`.
  case written(path: String, problems: [String])
  /// Nothing written, and why (one line, in the screen's language).
  case failed(String)
}
