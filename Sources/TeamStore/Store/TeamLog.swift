import PlanModel
import PostgresNIO
import ProgressStore

/// The team store's operation log: written item by item, read back as `LogEntry`s for
/// `history` and as record changes for undo and redo (the same shape as the local store's).
enum TeamLog {
  static let itemColumns =
    "i.record, i.item_id, i.year, i.old_exists, i.old_status, i.old_value, i.old_note, "
    + "i.new_exists, i.new_status, i.new_value, i.new_note"

  static func insert(
    _ connection: TeamConnection, _ change: RecordChange, operation: Int64, position: Int
  ) throws {
    let old = Columns(change.old)
    let new = Columns(change.new)
    try connection.query(
      """
      INSERT INTO plandash.operation_item (operation_id, position, record, item_id, year,
        old_exists, old_status, old_value, old_note, new_exists, new_status, new_value, new_note)
      VALUES (\(operation), \(position), \(change.record.rawValue), \(change.itemID), \(change.year),
        \(old.exists), \(old.status), \(old.value), \(old.note),
        \(new.exists), \(new.status), \(new.value), \(new.note))
      """)
  }

  /// The record changes of one operation, in the order they were made.
  static func changes(_ connection: TeamConnection, operation: Int64) throws -> [RecordChange] {
    try connection.query(
      PostgresQuery(
        unsafeSQL:
          "SELECT \(itemColumns) FROM plandash.operation_item i WHERE i.operation_id = $1 ORDER BY i.position",
        binds: binds(operation))
    ).map { try recordChange($0.makeRandomAccess(), from: 0) }
  }

  /// The log, oldest first, of one item or of all.
  static func entries(_ connection: TeamConnection, itemID: String?) throws -> [LogEntry] {
    var sql = """
      SELECT o.id, o.kind, o.what, extract(epoch FROM o.at)::float8, o.by::text, o.reverts,
        o.undone, \(itemColumns)
      FROM plandash.operation_item i JOIN plandash.operation o ON o.id = i.operation_id
      """
    var bindings = PostgresBindings()
    if let itemID {
      sql += " WHERE i.item_id = $1"
      bindings.append(itemID)
    }
    let rows = try connection.query(
      PostgresQuery(unsafeSQL: sql + " ORDER BY o.id, i.position", binds: bindings))
    return try rows.map { row in
      let cells = row.makeRandomAccess()
      let change = try recordChange(cells, from: 7)
      return LogEntry(
        operation: try cells[0].decode(Int64.self),
        kind: LogEntry.Kind(rawValue: try cells[1].decode(String.self)) ?? .change,
        what: try cells[2].decode(String.self), itemID: change.itemID, year: change.year,
        oldValue: change.old, newValue: change.new, at: try cells[3].decode(Double.self),
        by: try cells[4].decode(String.self), reverts: try cells[5].decode(Int64?.self),
        undone: try cells[6].decode(Bool.self))
    }
  }

  private static func binds(_ value: Int64) -> PostgresBindings {
    var bindings = PostgresBindings()
    bindings.append(value)
    return bindings
  }

  private static func recordChange(_ cells: PostgresRandomAccessRow, from start: Int) throws
    -> RecordChange
  {
    let record = RecordChange.Record(rawValue: try cells[start].decode(String.self)) ?? .measure
    return RecordChange(
      record: record, itemID: try cells[start + 1].decode(String.self),
      year: try cells[start + 2].decode(Int32?.self).map(Int.init),
      old: try value(cells, record: record, from: start + 3),
      new: try value(cells, record: record, from: start + 7))
  }

  private static func value(
    _ cells: PostgresRandomAccessRow, record: RecordChange.Record, from start: Int
  ) throws -> RecordValue? {
    guard try cells[start].decode(Bool.self) else { return nil }
    let note = try cells[start + 3].decode(String?.self)
    switch record {
    case .measure:
      let status = try cells[start + 1].decode(String.self)
      return .measure(status: MeasureStatus(rawValue: status) ?? .todo, note: note)
    case .actual:
      return .actual(value: try cells[start + 2].decode(Double.self), note: note)
    }
  }

  /// A record value as the log's four columns.
  struct Columns {
    var exists = false
    var status: String?
    var value: Double?
    var note: String?

    init(_ value: RecordValue?) {
      switch value {
      case nil: break
      case .measure(let status, let note)?:
        (exists, self.status, self.note) = (true, status.rawValue, note)
      case .actual(let figure, let note)?:
        (exists, self.value, self.note) = (true, figure, note)
      }
    }
  }
}
