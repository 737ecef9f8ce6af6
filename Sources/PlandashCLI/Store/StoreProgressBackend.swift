import Dashboard
import PlanModel
import ProgressStore
import TeamStore

/// The real progress store behind the dashboard: each change the dashboard hands over is
/// one durable transaction, logged under the user (`--as NAME` or the OS user).
/// A `StoreError` (nothing to undo, locked, read-only …) is thrown as is: a
/// `UserFacingError`, one line naming the store file in the user's language, fit for the
/// status line.
public final class StoreProgressBackend: ProgressBackend {
  let store: any ProgressStoring
  let user: String

  public init(store: any ProgressStoring, user: String) {
    self.store = store
    self.user = user
  }

  private var lastItems: [String] = []
  private var lastReplaced: [ReplacedReport] = []
  /// Told of every snapshot read (a team store's dashboard keeps the last one on disk).
  var snapshotRead: ((ProgressSnapshot) -> Void)?

  public func apply(_ change: ProgressChange) throws -> ProgressSnapshot {
    lastItems = []
    lastReplaced = []
    let applied = try store.apply(change, by: user)
    lastItems = applied.itemIDs
    lastReplaced = applied.replaced
    return try snapshot()
  }

  public func itemsChangedLast() -> [String] { lastItems }

  public func replacedLast() -> [ReplacedReport] { lastReplaced }

  public func snapshot() throws -> ProgressSnapshot {
    let snapshot = try store.snapshot()
    snapshotRead?(snapshot)
    return snapshot
  }

  /// The whole log, oldest first (a report's notes take their dates and authors from it).
  func log() throws -> [LogEntry] { try store.history() }

  /// Newest first, as a detail page lists it.
  public func history(of itemID: String) throws -> [ProgressHistoryEntry] {
    try store.history(id: itemID).reversed().map {
      ProgressHistoryEntry(timestamp: $0.at, summary: $0.summary, user: $0.by)
    }
  }

  /// Grows with every commit by any process (`PRAGMA data_version` + newest operation).
  public func changeToken() throws -> Int64 { try store.changeCounter() }
}

extension StoreOptions {
  /// The dashboard's backend over the store (created if missing).
  func backend(user: String, _ language: Language) throws -> StoreProgressBackend {
    let store = try open(language)
    // A team store's dashboard hears of others' reports as they are committed (LISTEN).
    if let team = store as? TeamStore { try storeFailures { try team.startListening() } }
    return StoreProgressBackend(store: store, user: user)
  }
}
