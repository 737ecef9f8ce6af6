import PlanModel

/// THE place where an action becomes a state change. Pure: it reads the data, changes the
/// state, and returns the progress changes the runtime must hand to the `ProgressBackend`
/// (it never writes anything itself). The data changes only on `.reloadPlans`, whose clean
/// plans replace the catalog.
public enum Reducer {
  public static func reduce(
    _ state: inout DashboardState, _ action: Action, data: inout DashboardData
  ) -> [ProgressChange] {
    var changes: [ProgressChange] = []
    if case .resize = action {
    } else if action != .deleteActual {
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
      switch outcome {
      case .written(let path):
        state.message = StatusMessage(UIText.exported(state.language) + " ", tail: path)
      case .failed(let reason):
        state.message = StatusMessage(reason, kind: .error)
      }
      return []
    }
    switch state.mode {
    case .normal:
      changes = browse(&state, action, data)
    case .help(let scroll):
      help(&state, action, scroll: scroll)
    case .filter, .command, .note, .actual:
      changes = Editing.reduce(&state, action, data)
    }
    if case .resize(let w, let h) = action {
      state.width = max(0, w)
      state.height = max(0, h)
    }
    Viewport.normalise(&state, data)
    return changes
  }

  // MARK: Browsing

  private static func browse(_ state: inout DashboardState, _ action: Action, _ data: DashboardData)
    -> [ProgressChange]
  {
    let lang = state.language
    switch action {
    case .quit:
      state.quitRequested = true
    case .showHelp:
      state.mode = .help(scroll: 0)
    case .closeHelp:
      break
    case .cycleTheme:
      if let i = state.themeNames.firstIndex(of: state.themeName) {
        state.themeName = state.themeNames[(i + 1) % state.themeNames.count]
      } else if let first = state.themeNames.first {
        state.themeName = first
      }
      state.message = StatusMessage(UIText.themeSet(lang) + ": " + state.themeName)
    case .toggleLanguage:
      state.language = lang == .zh ? .en : .zh
      state.message = StatusMessage(UIText.languageSet(state.language))
    case .focusNext:
      focus(&state, state.focus.next)
    case .focusPrevious:
      focus(&state, state.focus.previous)
    case .focusPane(let pane):
      focus(&state, pane)
    case .moveUp:
      Viewport.move(&state, data, by: -1)
    case .moveDown:
      Viewport.move(&state, data, by: 1)
    case .pageUp:
      Viewport.move(&state, data, by: -Viewport.pageSize(state))
    case .pageDown:
      Viewport.move(&state, data, by: Viewport.pageSize(state))
    case .moveToTop:
      Viewport.move(&state, data, by: Int.min / 2)
    case .moveToBottom:
      Viewport.move(&state, data, by: Int.max / 2)
    case .cycleSort:
      guard state.stack.isEmpty else { break }
      let count = state.focus.table.columns(state).count
      var pane = state[pane: state.focus]
      switch pane.sortColumn {
      case nil: pane.sortColumn = 0
      case let c? where c + 1 < count: pane.sortColumn = c + 1
      default: pane.sortColumn = nil
      }
      pane.selection = 0
      pane.scroll = 0
      state[pane: state.focus] = pane
      let name = pane.sortColumn.map { state.focus.table.columns(state)[$0].header(lang) }
      state.message = StatusMessage(
        UIText.sortedBy(lang) + ": " + (name ?? Localized(zh: "规划原序", en: "plan order")(lang)))
    case .open:
      guard let route = Selection.openable(in: state, data: data) else {
        state.message = StatusMessage(UIText.nothingToOpen(lang), kind: .warning)
        break
      }
      state.stack.append(DetailState(route: route))
    case .openTargets, .openUnits:
      guard let region = state.regionID, data.plan(region) != nil else {
        state.message = StatusMessage(UIText.nothingToOpen(lang), kind: .warning)
        break
      }
      state.stack.append(
        DetailState(route: action == .openTargets ? .regionTargets(region) : .units(region)))
    case .openComparison:
      // Figures, and clusters (lined up by industry, with or without a scale).
      guard let id = Selection.current(in: state, data: data),
        data.acceptsActuals(id) || data.catalog.cluster(id) != nil
      else {
        state.message = StatusMessage(UIText.nothingToOpen(lang), kind: .warning)
        break
      }
      state.stack.append(DetailState(route: .comparison(id)))
    case .back:
      if let top = state.stack.last, !top.filter.isEmpty {
        state.stack[state.stack.count - 1].filter = ""
        state.message = StatusMessage(UIText.filtersCleared(lang))
      } else if !state.stack.isEmpty {
        state.stack.removeLast()
      } else if !state[pane: state.focus].filter.isEmpty {
        state[pane: state.focus].filter = ""
        state.message = StatusMessage(UIText.filtersCleared(lang))
      } else if !state.marked.isEmpty {
        state.marked.removeAll()
      }
    case .toggleDone:
      let ids = markingTargets(state, data)
      guard !ids.isEmpty else {
        state.message = StatusMessage(UIText.notAMeasure(lang), kind: .warning)
        break
      }
      let allDone = ids.allSatisfy { data.snapshot.status(of: $0) == .done }
      let status: MeasureStatus = allDone ? .todo : .done
      state.marked.removeAll()
      state.message = StatusMessage(
        (allDone ? UIText.markedTodo : UIText.markedDone)(lang) + countSuffix(ids))
      return [.setStatus(ids: ids, status: status, note: nil)]
    case .cycleStatus:
      let ids = markingTargets(state, data)
      guard let first = ids.first else {
        state.message = StatusMessage(UIText.notAMeasure(lang), kind: .warning)
        break
      }
      let status = data.snapshot.status(of: first).next
      state.marked.removeAll()
      state.message = StatusMessage(
        UIText.statusSet(lang) + " " + Format.status(status, state.glyphs, lang) + countSuffix(ids))
      return [.setStatus(ids: ids, status: status, note: nil)]
    case .toggleMark:
      guard let id = Selection.current(in: state, data: data), data.catalog.measure(id) != nil
      else {
        state.message = StatusMessage(UIText.notAMeasure(lang), kind: .warning)
        break
      }
      if state.marked.contains(id) { state.marked.remove(id) } else { state.marked.insert(id) }
      state.message = StatusMessage(UIText.marked(lang) + ": \(state.marked.count)")
      Viewport.move(&state, data, by: 1)
    case .editNote:
      let ids = markingTargets(state, data)
      guard let first = ids.first else {
        state.message = StatusMessage(UIText.notAMeasure(lang), kind: .warning)
        break
      }
      state.mode = .note(ids: ids, editor: LineEditor(data.snapshot.measures[first]?.note ?? ""))
    case .recordActual:
      guard let id = Selection.current(in: state, data: data), data.acceptsActuals(id) else {
        state.message = StatusMessage(UIText.notQuantified(lang), kind: .warning)
        break
      }
      var year = min(
        state.currentYear,
        data.snapshot.latestActual(of: id).map { $0.year + 1 } ?? state.currentYear)
      // Offer a year the item takes: a plan that ended before this year offers its last.
      if let years = ActualRules(catalog: data.catalog).years(of: id) {
        year = min(max(year, years.lowerBound), years.upperBound)
      }
      state.mode = .actual(ActualForm(itemID: id, year: year))
    case .deleteActual:
      return ActualDeletion.reduce(&state, data)
    case .undo:
      // The engine says what was taken back (UndoMessage) once the store has done it.
      return [.undo]
    case .redo:
      return [.redo]
    case .startFilter:
      Filtering.start(&state)
    case .toggleAllRegions:
      state.measuresAllRegions.toggle()
      state[pane: .measures].selection = 0
      state[pane: .measures].scroll = 0
      state.message = StatusMessage(
        (state.measuresAllRegions ? UIText.allRegionsOn : UIText.allRegionsOff)(lang))
    case .startCommand:
      state.mode = .command(LineEditor())
      state.historyIndex = nil
    case .runCommand(let line):
      return Commands.run(line, &state, data)
    case .editorInsert, .editorBackspace, .editorDelete, .editorLeft, .editorRight, .editorHome,
      .editorEnd, .editorSubmit, .editorCancel, .historyPrevious, .historyNext, .nextField,
      .previousField, .resize, .reloadPlans, .reportExported:
      break
    }
    return []
  }

  private static func countSuffix(_ ids: [String]) -> String {
    ids.count > 1 ? " ×\(ids.count)" : ""
  }

  /// The measures a marking key acts on: those selected with `v`, else the one under the cursor.
  static func markingTargets(_ state: DashboardState, _ data: DashboardData) -> [String] {
    if !state.marked.isEmpty { return state.marked.sorted() }
    guard let id = Selection.current(in: state, data: data), data.catalog.measure(id) != nil else {
      return []
    }
    return [id]
  }

  static func focus(_ state: inout DashboardState, _ pane: PaneID) {
    state.stack.removeAll()
    state.focus = pane
    if pane != .regions { state.sidePane = pane }
  }

  // MARK: Help

  private static func help(_ state: inout DashboardState, _ action: Action, scroll: Int) {
    let layout = ScreenLayout(state)
    let page = layout.pageRows
    let rows = HelpRows(
      state.language, innerWidth: layout.body.width - 2, filter: state.helpFilter
    ).rows.count
    let last = max(0, rows - page)
    switch action {
    case .closeHelp:
      state.mode = .normal
      state.helpFilter = ""
    case .quit: state.quitRequested = true
    case .startFilter: Filtering.startInHelp(&state)
    case .startCommand:
      state.helpFilter = ""
      state.mode = .command(LineEditor())
      state.historyIndex = nil
    case .moveUp: state.mode = .help(scroll: max(0, scroll - 1))
    case .moveDown: state.mode = .help(scroll: min(last, scroll + 1))
    case .pageUp: state.mode = .help(scroll: max(0, scroll - page))
    case .pageDown: state.mode = .help(scroll: min(last, scroll + page))
    default: break
    }
  }
}
