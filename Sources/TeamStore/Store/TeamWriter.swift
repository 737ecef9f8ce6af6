import PlanModel
import PostgresNIO
import ProgressStore

/// Applies changes inside an open transaction on a team store, each with one call of
/// `plandash.apply_report` (EntryReport), which checks the login's rights, reads the
/// records and appends the operation's rows to the log; the author and time are the
/// server's. Undo and redo first find the caller's operation to take back or re-apply. A
/// lone report outside a transaction goes through `TeamStore.report` instead.
struct TeamWriter {
  let connection: TeamConnection
  let store: String
  /// What the writer saw of the records: a change to one another wrote meanwhile replaced
  /// that report, and is told so.
  let view: RecordView

  func apply(_ change: ProgressChange) throws -> AppliedOperation {
    if let (what, records) = ReportRecord.records(of: change, view: view) {
      return try report(kind: .change, what: what, records, reverts: nil)
    }
    return change == .undo ? try undo() : try redo()
  }

  func setActuals(_ actuals: [Actual]) throws -> AppliedOperation {
    try report(
      kind: .change, what: "actual", ReportRecord.records(of: actuals, view: view), reverts: nil)
  }

  /// Takes back the caller's newest change not yet undone.
  private func undo() throws -> AppliedOperation {
    guard
      let row = try connection.query(
        """
        SELECT operation, what FROM plandash.entry
        WHERE position = 0 AND kind = 'change' AND NOT undone AND by = current_user
        ORDER BY operation DESC LIMIT 1 FOR UPDATE
        """
      ).first
    else { throw TeamStoreError.nothingToUndo(store: store) }
    let (target, what) = try row.decode((Int64, String).self)
    let changes = try TeamLog.changes(connection, operation: target).reversed().map(\.reversed)
    try connection.query("UPDATE plandash.entry SET undone = true WHERE operation = \(target)")
    return try replay(kind: .undo, what: what, changes, reverts: target)
  }

  /// Re-applies the caller's most recently undone change, unless it made a change since.
  private func redo() throws -> AppliedOperation {
    guard
      let row = try connection.query(
        """
        SELECT c.operation, c.what FROM plandash.entry u
        JOIN plandash.entry c ON c.operation = u.reverts AND c.position = 0
        WHERE u.position = 0 AND u.kind = 'undo' AND c.undone AND u.by = current_user
          AND u.operation > coalesce((SELECT max(operation) FROM plandash.entry
            WHERE kind = 'change' AND by = current_user), 0)
        ORDER BY u.operation DESC LIMIT 1
        """
      ).first
    else { throw TeamStoreError.nothingToRedo(store: store) }
    let (target, what) = try row.decode((Int64, String).self)
    let changes = try TeamLog.changes(connection, operation: target)
    try connection.query("UPDATE plandash.entry SET undone = false WHERE operation = \(target)")
    return try replay(kind: .redo, what: what, changes, reverts: target)
  }

  private func replay(
    kind: LogEntry.Kind, what: String, _ changes: [RecordChange], reverts: Int64
  ) throws -> AppliedOperation {
    try report(
      kind: kind, what: what, ReportRecord.records(replaying: changes, view: view),
      reverts: reverts)
  }

  /// Appends the operation's rows in one statement; nothing is logged when no record
  /// changes.
  private func report(
    kind: LogEntry.Kind, what: String, _ records: [ReportRecord], reverts: Int64?
  ) throws -> AppliedOperation {
    guard !records.isEmpty else { return AppliedOperation(operation: nil, itemIDs: []) }
    let json = try ReportRecord.json(records)
    let row = try connection.query(
      """
      SELECT operation_id, written, replaced
      FROM plandash.apply_report(\(kind.rawValue), \(what), \(reverts), \(json)::jsonb)
      """
    ).first
    return try ReportOutcome(row).applied(
      records, reverts: reverts, view: view, login: connection.url.user)
  }
}
