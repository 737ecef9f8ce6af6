import PlanModel
import PostgresNIO
import ProgressStore

/// Applies changes inside an open transaction on a team store, each with one call of
/// `plandash.apply_report` (TeamSchema+Reports), which checks the login's rights, locks and
/// writes the records and logs the operation; the author and time are the server's. Undo
/// and redo first find the caller's operation to take back or re-apply. A lone report
/// outside a transaction goes through `TeamStore.report` instead (one round trip, commit
/// included).
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
        SELECT id, what FROM plandash.operation
        WHERE kind = 'change' AND NOT undone AND by = current_user
        ORDER BY id DESC LIMIT 1 FOR UPDATE
        """
      ).first
    else { throw TeamStoreError.nothingToUndo(store: store) }
    let (target, what) = try row.decode((Int64, String).self)
    let changes = try TeamLog.changes(connection, operation: target).reversed().map(\.reversed)
    try connection.query("UPDATE plandash.operation SET undone = true WHERE id = \(target)")
    return try replay(kind: .undo, what: what, changes, reverts: target)
  }

  /// Re-applies the caller's most recently undone change, unless it made a change since.
  private func redo() throws -> AppliedOperation {
    guard
      let row = try connection.query(
        """
        SELECT c.id, c.what FROM plandash.operation u
        JOIN plandash.operation c ON c.id = u.reverts
        WHERE u.kind = 'undo' AND c.undone AND u.by = current_user
          AND u.id > coalesce((SELECT max(id) FROM plandash.operation
            WHERE kind = 'change' AND by = current_user), 0)
        ORDER BY u.id DESC LIMIT 1
        """
      ).first
    else { throw TeamStoreError.nothingToRedo(store: store) }
    let (target, what) = try row.decode((Int64, String).self)
    let changes = try TeamLog.changes(connection, operation: target)
    try connection.query("UPDATE plandash.operation SET undone = false WHERE id = \(target)")
    return try replay(kind: .redo, what: what, changes, reverts: target)
  }

  private func replay(
    kind: LogEntry.Kind, what: String, _ changes: [RecordChange], reverts: Int64
  ) throws -> AppliedOperation {
    try report(
      kind: kind, what: what, ReportRecord.records(replaying: changes, view: view),
      reverts: reverts)
  }

  /// Writes the records and logs the operation in one statement; nothing is logged when no
  /// record changes.
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
    return try ReportOutcome(row).applied(records, reverts: reverts, view: view)
  }
}
