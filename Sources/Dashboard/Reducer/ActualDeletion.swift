import PlanModel

/// `d` (or Delete) on a year's row under "Actuals by year": the first press names the
/// figure and asks; only a second press on the same figure deletes it, as one undoable
/// change. Any other key in between cancels (`Reducer` clears `pendingDeletion`).
enum ActualDeletion {
  static func reduce(_ state: inout DashboardState, _ data: DashboardData) -> [ProgressChange] {
    let lang = state.language
    guard let actual = Selection.actual(in: state, data: data) else {
      state.pendingDeletion = nil
      state.message = StatusMessage(UIText.selectAnActual(lang), kind: .warning)
      return []
    }
    let figure = "\(actual.year) = \(Format.number(actual.value))"
    // The same figure, unchanged since the first press (another process may have changed it).
    guard state.pendingDeletion == actual else {
      state.pendingDeletion = actual
      state.message = StatusMessage(UIText.confirmDeletion(figure)(lang), kind: .warning)
      return []
    }
    state.pendingDeletion = nil
    state.message = StatusMessage(UIText.actualDeleted(figure)(lang))
    return [.deleteActual(itemID: actual.itemID, year: actual.year)]
  }
}
