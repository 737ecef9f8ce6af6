import PlanModel
import PostgresNIO
import ProgressStore

/// The team store's log (`plandash.entry`), read back as `LogEntry`s for `history` and as
/// record changes for undo and redo (the same shape as the local store's): each row is a
/// change's new value; its old value is the record's row before it.
enum TeamLog {
  /// The change's record and its old and new values: `record, item, year, old (exists,
  /// status, value, note), new (the same)`, from a row `e` and the row before it `p`.
  static let itemColumns = """
    e.record, e.item_id, CASE WHEN e.record = 'actual' THEN e.year END,
    coalesce(p.present, false), p.status, p.value, p.note, e.present, e.status, e.value, e.note
    """

  /// The record's row before `e`'s.
  static let previousRow = """
    LEFT JOIN LATERAL (SELECT q.present, q.status, q.value, q.note FROM plandash.entry q
      WHERE q.record = e.record AND q.item_id = e.item_id AND q.year = e.year AND q.seq < e.seq
      ORDER BY q.seq DESC LIMIT 1) p ON true
    """

  /// The record changes of one operation, in the order they were made.
  static func changes(_ connection: TeamConnection, operation: Int64) throws -> [RecordChange] {
    try connection.query(
      PostgresQuery(
        unsafeSQL: """
          SELECT \(itemColumns) FROM plandash.entry e \(previousRow)
          WHERE e.operation = $1 ORDER BY e.position
          """,
        binds: binds(operation))
    ).map { try recordChange($0.makeRandomAccess(), from: 0) }
  }

  /// The log, oldest first, of one item or of all.
  static func entries(_ connection: TeamConnection, itemID: String?) throws -> [LogEntry] {
    var sql = """
      SELECT e.operation, e.kind, e.what, extract(epoch FROM e.at)::float8, e.by::text,
        e.reverts, e.undone, \(itemColumns)
      FROM plandash.entry e \(previousRow)
      """
    var bindings = PostgresBindings()
    if let itemID {
      sql += " WHERE e.item_id = $1"
      bindings.append(itemID)
    }
    let rows = try connection.query(
      PostgresQuery(unsafeSQL: sql + " ORDER BY e.operation, e.position", binds: bindings))
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
