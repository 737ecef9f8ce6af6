import Dashboard
import PlanModel
import ProgressStore

/// The progress store behind the dashboard's `ProgressBackend`: every change the dashboard
/// makes is written (durably, in its own transaction) before the screen shows it.
final class StoreProgressBackend: ProgressBackend {
  let store: ProgressStore
  let user: String

  init(store: ProgressStore, user: String) {
    self.store = store
    self.user = user
  }

  func apply(_ change: ProgressChange) throws -> ProgressSnapshot {
    try store.apply(change, by: user)
    return try store.snapshot()
  }

  func snapshot() throws -> ProgressSnapshot { try store.snapshot() }

  func history(of itemID: String) throws -> [ProgressHistoryEntry] {
    try store.history(id: itemID).reversed().map {
      ProgressHistoryEntry(timestamp: $0.at, summary: $0.summary, user: $0.by)
    }
  }

  func changeToken() throws -> Int64 { try store.changeToken().value }
}
