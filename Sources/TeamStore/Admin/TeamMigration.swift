import Foundation
import PlanModel
import PostgresNIO
import ProgressStore

/// `plandash store migrate --to postgres://…`: copies a local store — statuses, actual
/// figures, notes and the whole history, with their original authors and times — into a
/// team store, in one transaction. Only an administrator (a member of the owner role) may:
/// everyone else's writes get the server's author and time. What was recorded before the
/// team store is taken as reviewed (`accepted`).
public enum TeamMigration {
  public struct Counts: Hashable, Sendable {
    public var statuses: Int
    public var actuals: Int
    public var operations: Int
  }

  public static func copy(
    history: [LogEntry], snapshot: ProgressSnapshot, into store: TeamStore
  ) throws -> Counts {
    let connection = store.connection
    return try store.serial {
      try connection.transaction {
        try connection.execute("SET LOCAL plandash.migrating = 'on'")
        let allowed = try connection.query("SELECT plandash.migrating()").first?.decode(Bool.self)
        guard allowed == true else {
          throw TeamStoreError.denied(
            store: store.location, detail: "only the database's administrator may migrate")
        }
        let numbers = try copyLog(history, connection: connection)
        try copyRecords(snapshot, connection: connection)
        return Counts(
          statuses: snapshot.measures.count,
          actuals: snapshot.actuals.values.map(\.count).reduce(0, +),
          operations: numbers.count)
      }
    }
  }

  /// The operations in their order, renumbered by the server; returns old → new numbers.
  private static func copyLog(_ history: [LogEntry], connection: TeamConnection) throws
    -> [Int64: Int64]
  {
    var numbers: [Int64: Int64] = [:]
    var position: [Int64: Int] = [:]
    for entry in history {
      if numbers[entry.operation] == nil {
        let reverts = entry.reverts.flatMap { numbers[$0] }
        numbers[entry.operation] = try connection.query(
          """
          INSERT INTO plandash.operation (kind, what, at, by, reverts, undone, review)
          VALUES (\(entry.kind.rawValue), \(entry.what), to_timestamp(\(entry.at)), \(entry.by)::name,
            \(reverts), \(entry.undone), 'accepted') RETURNING id
          """
        ).first!.decode(Int64.self)
      }
      let operation = numbers[entry.operation]!
      let index = position[operation, default: 0]
      position[operation] = index + 1
      let change = RecordChange(
        record: entry.what == "actual" ? .actual : .measure,
        itemID: entry.itemID, year: entry.year, old: entry.oldValue, new: entry.newValue)
      try TeamLog.insert(connection, change, operation: operation, position: index)
    }
    return numbers
  }

  private static func copyRecords(_ snapshot: ProgressSnapshot, connection: TeamConnection) throws {
    for (id, progress) in snapshot.measures {
      try connection.query(
        """
        INSERT INTO plandash.measure (id, status, note, updated_at, updated_by)
        VALUES (\(id), \(progress.status.rawValue), \(progress.note),
          to_timestamp(\(progress.updatedAt ?? Date().timeIntervalSince1970)),
          \(progress.updatedBy ?? "migrated")::name)
        ON CONFLICT (id) DO UPDATE SET status = excluded.status, note = excluded.note,
          updated_at = excluded.updated_at, updated_by = excluded.updated_by
        """)
    }
    for actual in snapshot.actuals.values.joined() {
      try connection.query(
        """
        INSERT INTO plandash.actual (item_id, year, value, note)
        VALUES (\(actual.itemID), \(actual.year), \(actual.value), \(actual.note))
        ON CONFLICT (item_id, year) DO UPDATE SET value = excluded.value, note = excluded.note
        """)
    }
  }
}
