import GRDB
import PlanModel

/// Applies `ProgressChange`s inside an open write transaction: writes the records and
/// logs one operation per change, with every record's old and new value.
struct ChangeWriter {
  let db: Database
  let path: String
  let at: Double
  let by: String

  func apply(_ change: ProgressChange) throws -> AppliedOperation {
    if let (what, changes) = try planner.plan(change) {
      return try log(kind: .change, what: what, changes, reverts: nil)
    }
    return change == .undo ? try undo() : try redo()
  }

  /// Records actual figures as one operation; a later figure for the same item and year
  /// replaces an earlier one.
  func setActuals(_ actuals: [Actual]) throws -> AppliedOperation {
    try log(kind: .change, what: "actual", planner.plan(actuals: actuals), reverts: nil)
  }

  private var planner: ChangePlanner {
    ChangePlanner(measure: measureValue, actual: { try actualValue($0, year: $1) })
  }

  /// Takes back the newest change not yet undone.
  private func undo() throws -> AppliedOperation {
    guard
      let row = try Row.fetchOne(
        db,
        sql:
          "SELECT id, what FROM operation WHERE kind = 'change' AND undone = 0 ORDER BY id DESC LIMIT 1"
      )
    else { throw StoreError.nothingToUndo(path: path) }
    let target: Int64 = row[0]
    let changes = try OperationLog.changes(db, operation: target).reversed().map(\.reversed)
    try db.execute(sql: "UPDATE operation SET undone = 1 WHERE id = ?", arguments: [target])
    return try log(kind: .undo, what: row[1], changes, reverts: target)
  }

  /// Re-applies the most recently undone change, unless a new change was made since.
  private func redo() throws -> AppliedOperation {
    guard
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT c.id, c.what FROM operation u JOIN operation c ON c.id = u.reverts
          WHERE u.kind = 'undo' AND c.undone = 1
            AND u.id > coalesce((SELECT max(id) FROM operation WHERE kind = 'change'), 0)
          ORDER BY u.id DESC LIMIT 1
          """)
    else { throw StoreError.nothingToRedo(path: path) }
    let target: Int64 = row[0]
    let changes = try OperationLog.changes(db, operation: target)
    try db.execute(sql: "UPDATE operation SET undone = 0 WHERE id = ?", arguments: [target])
    return try log(kind: .redo, what: row[1], changes, reverts: target)
  }

  /// Writes each record's new value and logs the operation; nothing is logged when no
  /// record changes.
  private func log(
    kind: LogEntry.Kind, what: String, _ changes: [RecordChange], reverts: Int64?
  ) throws -> AppliedOperation {
    guard !changes.isEmpty else { return AppliedOperation(operation: nil, itemIDs: []) }
    try db.execute(
      sql: "INSERT INTO operation (kind, what, at, by, reverts) VALUES (?, ?, ?, ?, ?)",
      arguments: [kind.rawValue, what, at, by, reverts])
    let operation = db.lastInsertedRowID
    let insertItem = try db.cachedStatement(
      sql: """
        INSERT INTO operation_item (operation_id, position, record, item_id, year,
          old_exists, old_status, old_value, old_note, new_exists, new_status, new_value, new_note)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for (position, change) in changes.enumerated() {
      try write(change)
      var arguments: StatementArguments = [
        operation, position, change.record.rawValue, change.itemID, change.year,
      ]
      arguments += Self.columns(change.old)
      arguments += Self.columns(change.new)
      try insertItem.execute(arguments: arguments)
    }
    return AppliedOperation(
      operation: operation, itemIDs: changes.map(\.itemID), reverts: reverts)
  }

  private static func columns(_ value: RecordValue?) -> StatementArguments {
    switch value {
    case nil: [false, nil, nil, nil]
    case .measure(let status, let note)?: [true, status.rawValue, nil, note]
    case .actual(let value, let note)?: [true, nil, value, note]
    }
  }

  /// Puts a record's new value in place (or removes the record when it had none).
  private func write(_ change: RecordChange) throws {
    switch (change.record, change.new) {
    case (.measure, .measure(let status, let note)?):
      try db.cachedStatement(
        sql: """
          INSERT INTO measure (id, status, note, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (id) DO UPDATE SET status = excluded.status, note = excluded.note,
            updated_at = excluded.updated_at, updated_by = excluded.updated_by
          """
      ).execute(arguments: [change.itemID, status.rawValue, note, at, by])
    case (.actual, .actual(let value, let note)?):
      try db.cachedStatement(
        sql: """
          INSERT INTO actual (item_id, year, value, note, updated_at, updated_by)
          VALUES (?, ?, ?, ?, ?, ?)
          ON CONFLICT (item_id, year) DO UPDATE SET value = excluded.value, note = excluded.note,
            updated_at = excluded.updated_at, updated_by = excluded.updated_by
          """
      ).execute(arguments: [change.itemID, change.year, value, note, at, by])
    case (.measure, nil):
      try db.cachedStatement(sql: "DELETE FROM measure WHERE id = ?")
        .execute(arguments: [change.itemID])
    case (.actual, nil):
      try db.cachedStatement(sql: "DELETE FROM actual WHERE item_id = ? AND year = ?")
        .execute(arguments: [change.itemID, change.year])
    default:
      throw StoreError.database(
        path: path, detail: StoreErrorDetail.mixedLogEntry(change.itemID))
    }
  }

  private func measureValue(_ id: String) throws -> RecordValue? {
    try Row.fetchOne(
      db.cachedStatement(sql: "SELECT status, note FROM measure WHERE id = ?"), arguments: [id]
    ).map { .measure(status: MeasureStatus(rawValue: $0[0]) ?? .todo, note: $0[1]) }
  }

  private func actualValue(_ id: String, year: Int) throws -> RecordValue? {
    try Row.fetchOne(
      db.cachedStatement(sql: "SELECT value, note FROM actual WHERE item_id = ? AND year = ?"),
      arguments: [id, year]
    ).map { .actual(value: $0[0], note: $0[1]) }
  }
}
