import Foundation
import PlanModel
import PostgresNIO
import ProgressStore

/// Live updates: committed operations are announced with `NOTIFY plandash_progress,
/// '<operation>,<operation>,…'` (`Announcer`). A listening store keeps the snapshot it last gave out and, when asked
/// again, reads only the records the announced operations touched (their current values,
/// whatever order the announcements came in), not the whole store.
extension TeamStore {
  /// Listens for other clients' commits: from now on `changeCounter` moves within a moment
  /// of any commit, without asking the server, and `snapshot` reads only what changed.
  public func startListening() throws {
    let counter = notifications
    try serial {
      try connection.listen(TeamSchema.channel) { payload in
        for operation in Announcer.operations(in: payload) { counter.bump(operation: operation) }
      }
    }
    counter.listening = true
  }

  /// The progress now: read whole the first time, then brought up to date with the records
  /// of the operations announced since (while listening).
  public func snapshot() throws -> ProgressSnapshot {
    try serial {
      guard notifications.listening, var snapshot = kept.value else {
        let snapshot = try readSnapshot()
        if notifications.listening { kept.value = snapshot }
        return snapshot
      }
      let operations = notifications.drain()
      guard !operations.isEmpty else { return snapshot }
      try apply(operations: operations, to: &snapshot)
      kept.value = snapshot
      return snapshot
    }
  }

  /// Reads the records these operations touched as they are now into `snapshot`.
  private func apply(operations: [Int64], to snapshot: inout ProgressSnapshot) throws {
    let touched = try connection.query(
      """
      SELECT DISTINCT record, item_id FROM plandash.entry
      WHERE operation = ANY(\(operations)::int8[])
      """
    ).map { try $0.decode((String, String).self) }
    for record in [RecordChange.Record.measure, .actual] {
      let ids = Set(touched.filter { $0.0 == record.rawValue }.map(\.1)).sorted()
      if !ids.isEmpty { try readRecords(record, ids: ids, into: &snapshot) }
    }
    liveReads.bump()
  }
}

/// The snapshot a listening store last gave out.
final class KeptSnapshot: @unchecked Sendable {
  private let lock = NSLock()
  private var snapshot: ProgressSnapshot?

  var value: ProgressSnapshot? {
    get { lock.withLock { snapshot } }
    set { lock.withLock { snapshot = newValue } }
  }
}
