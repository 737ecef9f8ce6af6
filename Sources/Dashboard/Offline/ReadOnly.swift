import PlanModel

/// While the team store cannot be reached (`DashboardState.offline`), every key that would
/// change progress gets one line saying why not, and nothing is handed to the store.
enum ReadOnly {
  /// The keys that write: statuses, notes, actuals, their deletion, undo and redo.
  static func writes(_ action: Action) -> Bool {
    switch action {
    case .toggleDone, .cycleStatus, .editNote, .recordActual, .deleteActual, .undo, .redo:
      true
    default:
      false
    }
  }

  /// Refuses a write key while offline; true when it did.
  static func refuses(_ action: Action, _ state: inout DashboardState) -> Bool {
    guard state.offline != nil, writes(action) else { return false }
    refuse(&state)
    return true
  }

  /// Drops the changes a command asked for while offline, saying so.
  static func filter(_ changes: [ProgressChange], _ state: inout DashboardState)
    -> [ProgressChange]
  {
    guard state.offline != nil, !changes.isEmpty else { return changes }
    refuse(&state)
    return []
  }

  private static func refuse(_ state: inout DashboardState) {
    state.message = StatusMessage(OfflineNotice.refusal(state.language), kind: .error)
  }
}
