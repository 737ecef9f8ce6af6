import PlanModel

/// THE place where an action becomes a state change, and the only one. Pure: it reads the
/// data, changes the state, and returns the progress changes the runtime must hand to the
/// `ProgressBackend` (it never writes anything itself); what the store answers comes back
/// as `.effectResults`. The data changes only here: on `.reloadPlans`, whose clean plans
/// replace the catalog, and on an effect's result (a snapshot, histories).
///
/// While browsing, each concern has its file: `Navigation` (focus, cursor, sort),
/// `DrillDown` (pages opened and closed), `OutlineFolding` (the Measures outline's
/// headings opened and closed), `Marking` (statuses, notes, actuals, undo),
/// `Preferences` (theme, language); `HelpScreen` for `?`, `Editing` for text fields.
public enum Reducer {
  public static func reduce(
    _ state: inout DashboardState, _ action: Action, data: inout DashboardData
  ) -> [ProgressChange] {
    if action.clearsMessage { state.message = nil }
    switch action {
    case .effectResults(let results):
      for result in results { EffectResults.reduce(&state, result, &data) }
      // Histories alone add lines below the cursor: nothing to put back in range.
      if results.contains(where: \.changesProgress) { Viewport.normalise(&state, data) }
      return []
    case .reloadThemes(let names):
      state.themeNames = names
      return []
    case .resize, .deleteActual:
      break
    default:
      // Any key but a second `d` cancels a deletion waiting for its confirmation.
      state.pendingDeletion = nil
    }
    if case .reloadPlans(let reload) = action {
      // Whatever is being typed or shown, the plans under it change (or the line says why not).
      Reloading.reduce(&state, reload, &data)
      Viewport.normalise(&state, data)
      return []
    }
    if case .reportExported(let outcome) = action {
      state.pendingExport = nil
      switch outcome {
      case .written(let path):
        state.message = StatusMessage(UIText.exported(state.language) + " ", tail: path)
      case .failed(let reason):
        state.message = StatusMessage(reason, kind: .error)
      }
      return []
    }
    var changes: [ProgressChange] = []
    switch state.mode {
    case .normal:
      changes = browse(&state, action, data)
    case .help(let scroll):
      HelpScreen.reduce(&state, action, scroll: scroll, data)
    case .filter, .command, .note, .actual:
      changes = Editing.reduce(&state, action, data)
    }
    if case .resize(let w, let h) = action {
      state.width = max(0, w)
      state.height = max(0, h)
    }
    Viewport.normalise(&state, data)
    return ReadOnly.filter(changes, &state)
  }

  /// An action while browsing the panes or a page, handed to the file of its concern.
  private static func browse(_ state: inout DashboardState, _ action: Action, _ data: DashboardData)
    -> [ProgressChange]
  {
    if ReadOnly.refuses(action, &state) { return [] }
    switch action {
    case .quit:
      state.quitRequested = true
    case .showHelp:
      state.mode = .help(scroll: 0)
    case .cycleTheme, .toggleLanguage:
      Preferences.reduce(&state, action)
    case .focusNext, .focusPrevious, .focusPane, .moveUp, .moveDown, .pageUp, .pageDown,
      .moveToTop, .moveToBottom, .cycleSort, .toggleAllRegions:
      Navigation.reduce(&state, action, data)
    case .open, .openTargets, .openUnits, .openComparison, .back:
      DrillDown.reduce(&state, action, data)
    case .toggleHeading, .openHeading, .closeHeading, .toggleAllHeadings:
      OutlineFolding.reduce(&state, action, data)
    case .toggleDone, .cycleStatus, .toggleMark, .editNote, .recordActual, .deleteActual, .undo,
      .redo:
      return Marking.reduce(&state, action, data)
    case .startFilter:
      Filtering.start(&state)
    case .startCommand:
      state.mode = .command(LineEditor())
      state.historyIndex = nil
    case .runCommand(let line):
      return Commands.run(line, &state, data)
    case .closeHelp, .editorInsert, .editorBackspace, .editorDelete, .editorLeft, .editorRight,
      .editorHome, .editorEnd, .editorSubmit, .editorCancel, .historyPrevious, .historyNext,
      .nextField, .previousField, .resize, .reloadPlans, .reloadThemes, .effectResults,
      .reportExported:
      break
    }
    return []
  }
}
