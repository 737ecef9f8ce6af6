import PlanModel
import PostgresNIO
import ProgressStore

/// Applies changes inside an open transaction on a team store: checks first that the login
/// may report on every item (the server's policies enforce it anyway), locks the records it
/// changes, writes them and logs one operation per change. The author and time are the
/// server's.
struct TeamWriter {
  let connection: TeamConnection
  let store: String
  /// What the writer saw of the records: a change to one another wrote meanwhile replaced
  /// that report, and is told so.
  let view: RecordView

  func apply(_ change: ProgressChange) throws -> AppliedOperation {
    let planner = ChangePlanner(measure: measureValue, actual: actualValue)
    if let (what, changes) = try planner.plan(change) {
      return try log(kind: .change, what: what, changes, reverts: nil)
    }
    return change == .undo ? try undo() : try redo()
  }

  func setActuals(_ actuals: [Actual]) throws -> AppliedOperation {
    let planner = ChangePlanner(measure: measureValue, actual: actualValue)
    return try log(kind: .change, what: "actual", planner.plan(actuals: actuals), reverts: nil)
  }

  /// Refuses, before anything is written, items the login may not report on.
  private func requireRights(_ items: [String]) throws {
    let unique = Array(Set(items)).sorted()
    let rows = try connection.query(
      "SELECT item FROM unnest(\(unique)::text[]) AS item WHERE NOT plandash.may_report(item)")
    let refused = try rows.map { try $0.decode(String.self) }.sorted()
    if !refused.isEmpty { throw TeamStoreError.notYours(store: store, items: refused) }
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
    return try log(kind: .undo, what: what, changes, reverts: target)
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
    return try log(kind: .redo, what: what, changes, reverts: target)
  }

  /// Writes each record's new value and logs the operation; nothing is logged when no
  /// record changes.
  private func log(
    kind: LogEntry.Kind, what: String, _ changes: [RecordChange], reverts: Int64?
  ) throws -> AppliedOperation {
    guard !changes.isEmpty else { return AppliedOperation(operation: nil, itemIDs: []) }
    try requireRights(changes.map(\.itemID))
    let replaced = kind == .change ? try replacedReports(changes) : []
    let replacedIDs =
      replaced.isEmpty ? nil : replaced.map { String($0.operation) }.joined(separator: ",")
    let operation = try connection.query(
      """
      INSERT INTO plandash.operation (kind, what, reverts, replaced)
      VALUES (\(kind.rawValue), \(what), \(reverts), \(replacedIDs)) RETURNING id
      """
    ).first!.decode(Int64.self)
    for (position, change) in changes.enumerated() {
      try write(change, operation: operation)
      try TeamLog.insert(connection, change, operation: operation, position: position)
    }
    for change in changes {
      view.saw(RecordView.Key(change), operation: change.new == nil ? nil : operation)
    }
    var applied = AppliedOperation(
      operation: operation, itemIDs: changes.map(\.itemID), reverts: reverts)
    applied.replaced = replaced
    return applied
  }

  /// The reports these records hold (locked by this transaction) that the writer had not
  /// seen: another's change made at the same time, which this one replaces.
  private func replacedReports(_ changes: [RecordChange]) throws -> [ReplacedReport] {
    let keys = changes.map(RecordView.Key.init)
    let now = try RecordView.operations(of: keys, on: connection)
    var replaced: [(RecordView.Key, Int64)] = []
    for key in keys {
      guard let seen = view.operation(of: key), let holding = now[key] ?? nil, holding != seen
      else { continue }
      replaced.append((key, holding))
    }
    guard !replaced.isEmpty else { return [] }
    let ids = replaced.map(\.1)
    var authors: [Int64: String] = [:]
    for row in try connection.query(
      "SELECT id, by::text FROM plandash.operation WHERE id = ANY(\(ids)::int8[])")
    {
      let (id, by) = try row.decode((Int64, String).self)
      authors[id] = by
    }
    return replaced.map { key, operation in
      ReplacedReport(
        itemID: key.itemID, year: key.year, operation: operation, by: authors[operation] ?? "?")
    }
  }

  /// Puts a record's new value in place (or removes the record when it had none).
  private func write(_ change: RecordChange, operation: Int64) throws {
    let id = change.itemID
    switch (change.record, change.new) {
    case (.measure, .measure(let status, let note)?):
      try connection.query(
        """
        INSERT INTO plandash.measure (id, status, note, operation_id)
        VALUES (\(id), \(status.rawValue), \(note), \(operation))
        ON CONFLICT (id) DO UPDATE SET status = excluded.status, note = excluded.note,
          operation_id = excluded.operation_id
        """)
    case (.actual, .actual(let value, let note)?):
      try connection.query(
        """
        INSERT INTO plandash.actual (item_id, year, value, note, operation_id)
        VALUES (\(id), \(change.year ?? 0), \(value), \(note), \(operation))
        ON CONFLICT (item_id, year) DO UPDATE SET value = excluded.value, note = excluded.note,
          operation_id = excluded.operation_id
        """)
    case (.measure, nil):
      try connection.query("DELETE FROM plandash.measure WHERE id = \(id)")
    case (.actual, nil):
      try connection.query(
        "DELETE FROM plandash.actual WHERE item_id = \(id) AND year = \(change.year ?? 0)")
    default:
      throw TeamStoreError.server(
        store: store, detail: "log entry for \(id) mixes a measure and an actual")
    }
  }

  /// The measure's value now, its row locked until the transaction ends.
  private func measureValue(_ id: String) throws -> RecordValue? {
    try connection.query("SELECT status, note FROM plandash.measure WHERE id = \(id) FOR UPDATE")
      .first.map { row in
        let (status, note) = try row.decode((String, String?).self)
        return .measure(status: MeasureStatus(rawValue: status) ?? .todo, note: note)
      }
  }

  private func actualValue(_ id: String, year: Int) throws -> RecordValue? {
    try connection.query(
      "SELECT value, note FROM plandash.actual WHERE item_id = \(id) AND year = \(year) FOR UPDATE"
    ).first.map { row in
      let (value, note) = try row.decode((Double, String?).self)
      return .actual(value: value, note: note)
    }
  }
}
