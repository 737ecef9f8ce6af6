import PlanModel

/// The keys that change recorded progress: Space/`x` and `s` (status), `v` (select several),
/// `n` (note), `a` (record an actual), `d` (delete one, `ActualDeletion`), `u` and Ctrl-R.
/// Each returns the changes for the store; nothing is written here.
enum Marking {
  static func reduce(_ state: inout DashboardState, _ action: Action, _ data: DashboardData)
    -> [ProgressChange]
  {
    let lang = state.language
    switch action {
    case .toggleDone:
      let ids = targets(state, data)
      guard !ids.isEmpty else { return notAMeasure(&state, data) }
      let allDone = ids.allSatisfy { data.snapshot.status(of: $0) == .done }
      state.marked.removeAll()
      state.message = StatusMessage(
        (allDone ? UIText.markedTodo : UIText.markedDone)(lang) + countSuffix(ids))
      return [.setStatus(ids: ids, status: allDone ? .todo : .done, note: nil)]
    case .cycleStatus:
      let ids = targets(state, data)
      guard let first = ids.first else { return notAMeasure(&state, data) }
      let status = data.snapshot.status(of: first).next
      state.marked.removeAll()
      state.message = StatusMessage(
        UIText.statusSet(lang) + " " + Format.status(status, state.glyphs, lang) + countSuffix(ids))
      return [.setStatus(ids: ids, status: status, note: nil)]
    case .toggleMark:
      guard let id = Selection.current(in: state, data: data), data.catalog.measure(id) != nil
      else { return notAMeasure(&state, data) }
      if state.marked.contains(id) { state.marked.remove(id) } else { state.marked.insert(id) }
      state.message = StatusMessage(UIText.marked(lang) + ": \(state.marked.count)")
      Viewport.move(&state, data, by: 1)
    case .editNote:
      let ids = targets(state, data)
      guard let first = ids.first else { return notAMeasure(&state, data) }
      state.mode = .note(ids: ids, editor: LineEditor(data.snapshot.measures[first]?.note ?? ""))
    case .recordActual:
      recordActual(&state, data)
    case .deleteActual:
      return ActualDeletion.reduce(&state, data)
    case .undo:
      // The reducer says what was taken back (UndoMessage) once the store has done it.
      return [.undo]
    case .redo:
      return [.redo]
    default:
      break
    }
    return []
  }

  /// `a`: opens the form for the selected figure, at a year it takes.
  private static func recordActual(_ state: inout DashboardState, _ data: DashboardData) {
    guard let id = Selection.current(in: state, data: data), data.acceptsActuals(id) else {
      state.message = StatusMessage(UIText.notQuantified(state.language), kind: .warning)
      return
    }
    var year = min(
      state.currentYear,
      data.snapshot.latestActual(of: id).map { $0.year + 1 } ?? state.currentYear)
    // Offer a year the item takes: a plan that ended before this year offers its last.
    if let years = ActualRules(catalog: data.catalog).years(of: id) {
      year = min(max(year, years.lowerBound), years.upperBound)
    }
    state.mode = .actual(ActualForm(itemID: id, year: year))
  }

  /// Says why nothing was marked: on a heading of the Measures outline, to choose a measure.
  private static func notAMeasure(_ state: inout DashboardState, _ data: DashboardData)
    -> [ProgressChange]
  {
    let onHeading =
      state.stack.isEmpty
      && Selection.current(in: state, data: data).map(HeadingRow.isHeading)
        == true
    let text = onHeading ? UIText.headingNotMarkable : UIText.notAMeasure
    state.message = StatusMessage(text(state.language), kind: .warning)
    return []
  }

  private static func countSuffix(_ ids: [String]) -> String {
    ids.count > 1 ? " ×\(ids.count)" : ""
  }

  /// The measures a marking key acts on: those selected with `v`, else the one under the cursor.
  static func targets(_ state: DashboardState, _ data: DashboardData) -> [String] {
    if !state.marked.isEmpty { return state.marked.sorted() }
    guard let id = Selection.current(in: state, data: data), data.catalog.measure(id) != nil else {
      return []
    }
    return [id]
  }
}
