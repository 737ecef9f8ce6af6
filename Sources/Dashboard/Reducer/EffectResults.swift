import PlanModel

/// The outcomes of the runtime's effects (`EffectResult`, in `.effectResults`): a new snapshot from the store,
/// what an undo or redo took back, histories read, errors. The dashboard's data changes
/// here and nowhere in the runtime.
enum EffectResults {
  static func reduce(
    _ state: inout DashboardState, _ result: EffectResult, _ data: inout DashboardData
  ) {
    switch result {
    case .stored(let change, let snapshot, let items):
      data.snapshot = snapshot
      if change == .undo || change == .redo {
        state.message = StatusMessage(
          UndoMessage.text(undo: change == .undo, items: items, data, state.language))
      }
    case .progressChanged(let snapshot):
      data.snapshot = snapshot
    case .historiesLoaded(let histories):
      data.histories = histories
    case .replacedOthers(let replaced):
      state.message = StatusMessage(ReplacedReport.notice(replaced)(state.language), kind: .warning)
    case .failed(let error):
      state.message = StatusMessage(error, kind: .error)
    }
  }
}
