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
        // As the owner, not as the administrator: a superuser passes by every policy, and
        // the rule tying a row's columns together is the owner's policy (schema 6).
        try connection.execute("SET LOCAL ROLE \(TeamSchema.owner)")
        var copy = LogCopy(connection: connection)
        try copy.copyLog(history)
        try copy.copyRecords(snapshot)
        return Counts(
          statuses: snapshot.measures.count,
          actuals: snapshot.actuals.values.map(\.count).reduce(0, +),
          operations: copy.numbers.count)
      }
    }
  }
}
