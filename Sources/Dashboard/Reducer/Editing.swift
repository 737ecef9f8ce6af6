import PlanModel

/// Actions while typing: the `/` filter (see `Filtering`), the `:` command line with
/// history, the note editor and the actual form. Ctrl-C quits from any of them.
enum Editing {
  static func reduce(_ state: inout DashboardState, _ action: Action, _ data: DashboardData)
    -> [ProgressChange]
  {
    if action == .quit {
      // Ctrl-C: the app quits as with `q`; what was being typed is dropped.
      state.mode = .normal
      state.quitRequested = true
      return []
    }
    switch state.mode {
    case .filter(let editor, let scope):
      Filtering.reduce(&state, action, editor: editor, scope: scope, data)
    case .command(let editor):
      return commandLine(&state, action, editor, data)
    case .note(let ids, var editor):
      switch action {
      case .editorSubmit:
        state.mode = .normal
        let text = editor.text.trimmingSpaces
        state.message = StatusMessage(UIText.noteSaved(state.language))
        state.marked.removeAll()
        return ids.map { .setNote(id: $0, note: text.isEmpty ? nil : text) }
      case .editorCancel:
        state.mode = .normal
      default:
        edit(&editor, action)
        state.mode = .note(ids: ids, editor: editor)
      }
    case .actual(var form):
      switch action {
      case .editorSubmit:
        switch form.parsed(rules: ActualRules(catalog: data.catalog)) {
        case .success(let actual):
          state.mode = .normal
          state.message = StatusMessage(
            UIText.actualSaved(state.language) + ": \(actual.year) = \(Format.number(actual.value))"
          )
          return [.setActual(actual)]
        case .failure(let error):
          form.error = UIText.formError(error, catalog: data.catalog, state.language)
          form.field = error == .badValue ? .value : .year
          state.mode = .actual(form)
        }
      case .editorCancel:
        state.mode = .normal
      case .nextField:
        form.field = ActualForm.Field(rawValue: (form.field.rawValue + 1) % 3)!
        state.mode = .actual(form)
      case .previousField:
        form.field = ActualForm.Field(rawValue: (form.field.rawValue + 2) % 3)!
        state.mode = .actual(form)
      default:
        var editor = form.current
        edit(&editor, action)
        form.current = editor
        form.error = nil
        state.mode = .actual(form)
      }
    case .normal, .help:
      break
    }
    return []
  }

  /// The `:` command line: Enter runs it (and keeps it in the history), Up/Down walk the
  /// history.
  private static func commandLine(
    _ state: inout DashboardState, _ action: Action, _ editor: LineEditor, _ data: DashboardData
  ) -> [ProgressChange] {
    var editor = editor
    switch action {
    case .editorSubmit:
      state.mode = .normal
      let line = editor.text.trimmingSpaces
      if !line.isEmpty && state.commandHistory.last != line { state.commandHistory.append(line) }
      state.historyIndex = nil
      return Commands.run(line, &state, data)
    case .editorCancel:
      state.mode = .normal
      state.historyIndex = nil
    case .historyPrevious:
      guard !state.commandHistory.isEmpty else { break }
      let index = max(0, (state.historyIndex ?? state.commandHistory.count) - 1)
      state.historyIndex = index
      editor.setText(state.commandHistory[index])
      state.mode = .command(editor)
    case .historyNext:
      guard let index = state.historyIndex else { break }
      if index + 1 < state.commandHistory.count {
        state.historyIndex = index + 1
        editor.setText(state.commandHistory[index + 1])
      } else {
        state.historyIndex = nil
        editor.setText("")
      }
      state.mode = .command(editor)
    default:
      edit(&editor, action)
      state.mode = .command(editor)
    }
    return []
  }

  /// The line-editing actions every editor shares.
  static func edit(_ editor: inout LineEditor, _ action: Action) {
    switch action {
    case .editorInsert(let text): editor.insert(text)
    case .editorBackspace: editor.backspace()
    case .editorDelete: editor.deleteForward()
    case .editorLeft: editor.moveLeft()
    case .editorRight: editor.moveRight()
    case .editorHome: editor.moveHome()
    case .editorEnd: editor.moveEnd()
    default: break
    }
  }
}
