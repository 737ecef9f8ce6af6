import GRDB
import PlanModel

/// Reads the operation log back: whole entries for `history`, record changes for undo/redo.
enum OperationLog {
  static let itemColumns =
    "i.record, i.item_id, i.year, i.old_exists, i.old_status, i.old_value, i.old_note, "
    + "i.new_exists, i.new_status, i.new_value, i.new_note"

  static func entries(_ db: Database, itemID: String?) throws -> [LogEntry] {
    let sql = """
      SELECT o.id, o.kind, o.what, o.at, o.by, o.reverts, o.undone, \(itemColumns)
      FROM operation_item i JOIN operation o ON o.id = i.operation_id
      """
    let rows =
      if let itemID {
        try Row.fetchAll(
          db, sql: sql + " WHERE i.item_id = ? ORDER BY o.id, i.position", arguments: [itemID])
      } else {
        try Row.fetchAll(db, sql: sql + " ORDER BY o.id, i.position")
      }
    return rows.map { row in
      let change = recordChange(row, from: 7)
      return LogEntry(
        operation: row[0], kind: LogEntry.Kind(rawValue: row[1]) ?? .change, what: row[2],
        itemID: change.itemID, year: change.year, oldValue: change.old, newValue: change.new,
        at: row[3], by: row[4], reverts: row[5], undone: row[6])
    }
  }

  /// The record changes of one operation, in the order they were made.
  static func changes(_ db: Database, operation: Int64) throws -> [RecordChange] {
    try Row.fetchAll(
      db,
      sql:
        "SELECT \(itemColumns) FROM operation_item i WHERE i.operation_id = ? ORDER BY i.position",
      arguments: [operation]
    ).map { recordChange($0, from: 0) }
  }

  private static func recordChange(_ row: Row, from start: Int) -> RecordChange {
    let record = RecordChange.Record(rawValue: row[start]) ?? .measure
    return RecordChange(
      record: record, itemID: row[start + 1], year: row[start + 2],
      old: value(row, record: record, from: start + 3),
      new: value(row, record: record, from: start + 7))
  }

  private static func value(_ row: Row, record: RecordChange.Record, from start: Int)
    -> RecordValue?
  {
    let exists: Bool = row[start]
    guard exists else { return nil }
    switch record {
    case .measure:
      let status: String = row[start + 1]
      return .measure(status: MeasureStatus(rawValue: status) ?? .todo, note: row[start + 3])
    case .actual:
      return .actual(value: row[start + 2], note: row[start + 3])
    }
  }
}
