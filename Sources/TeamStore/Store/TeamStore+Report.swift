import PlanModel
import PostgresNIO
import ProgressStore

extension TeamStore {
  /// One report in one round trip: the `plandash.report` procedure (TeamSchema+Reports)
  /// writes and logs it, commits, then announces it to every listening client. Once this
  /// returns the report is committed.
  func report(what: String, _ records: [ReportRecord]) throws -> AppliedOperation {
    guard !records.isEmpty else { return AppliedOperation(operation: nil, itemIDs: []) }
    let json = try ReportRecord.json(records)
    let applied = try serial {
      let row = try connection.query(
        "CALL plandash.report(\(what), \(json)::jsonb, NULL::int8, NULL::int4[], NULL::text)"
      ).first
      return try ReportOutcome(row).applied(records, reverts: nil, view: view)
    }
    notifications.written(applied.operation.map { [$0] } ?? [])
    return applied
  }
}
