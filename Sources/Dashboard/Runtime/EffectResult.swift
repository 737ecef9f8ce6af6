import PlanModel

/// What came of the runtime's work, handed back to the reducer as `.effectResults` — the
/// only way progress read or written by the `ProgressBackend` reaches the dashboard's data
/// (Bubble Tea's messages: the reducer asks for effects, their outcomes come back to it).
public enum EffectResult: Hashable, Sendable {
  /// The store applied a change (a mark, a note, an actual, an undo or redo) and answered
  /// with the progress after it; `changedItems` names what an undo or redo touched.
  case stored(ProgressChange, snapshot: ProgressSnapshot, changedItems: [String])
  /// Another process changed the store (its change token moved): the progress now.
  case progressChanged(ProgressSnapshot)
  /// The histories of the items whose pages are open, newest first.
  case historiesLoaded([String: [ProgressHistoryEntry]])
  /// The change stored replaced others' reports made at the same time (both kept in the
  /// history): the status line says whose.
  case replacedOthers([ReplacedReport])
  /// An effect failed: the error, for the status line.
  case failed(String)

  /// False for what only adds to the open pages (histories).
  var changesProgress: Bool {
    if case .historiesLoaded = self { return false }
    return true
  }
}
