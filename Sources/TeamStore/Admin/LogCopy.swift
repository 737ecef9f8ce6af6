import Foundation
import PlanModel
import PostgresNIO
import ProgressStore

/// A local store's log and records appended to a team store's log (`TeamMigration`), as the
/// administrator, keeping their authors and times: each operation renumbered by the server,
/// each record change numbered after the record's newest, and last a change for each record
/// whose value the log does not end on, so that the team store holds what the local one did.
struct LogCopy {
  let connection: TeamConnection
  /// Old operation numbers → new.
  private(set) var numbers: [Int64: Int64] = [:]
  private var positions: [Int64: Int] = [:]
  /// What the copied log left in each record.
  private var last: [RecordView.Key: RecordValue?] = [:]

  init(connection: TeamConnection) {
    self.connection = connection
  }

  mutating func copyLog(_ history: [LogEntry]) throws {
    for entry in history {
      if numbers[entry.operation] == nil {
        numbers[entry.operation] = try connection.query(
          "SELECT nextval('plandash.operation_number')::int8"
        ).first?.decode(Int64.self)
      }
      guard let operation = numbers[entry.operation] else { continue }
      let position = positions[operation, default: 0]
      positions[operation] = position + 1
      let record: RecordChange.Record =
        switch entry.newValue ?? entry.oldValue {
        case .actual?: .actual
        case .measure?: .measure
        case nil: entry.what == "actual" ? .actual : .measure
        }
      let key = RecordView.Key(record, entry.itemID, entry.year)
      try append(
        key, entry.newValue, operation: operation, position: position, kind: entry.kind.rawValue,
        what: entry.what, at: entry.at, by: entry.by,
        reverts: entry.reverts.flatMap { numbers[$0] }, undone: entry.undone)
      last[key] = .some(entry.newValue)
    }
  }

  /// A change for each record the log does not end on.
  mutating func copyRecords(_ snapshot: ProgressSnapshot) throws {
    var now: [RecordView.Key: (RecordValue, Double?, String?)] = [:]
    for (id, progress) in snapshot.measures {
      now[RecordView.Key(.measure, id)] = (
        .measure(status: progress.status, note: progress.note), progress.updatedAt,
        progress.updatedBy
      )
    }
    for figure in snapshot.actuals.values.joined() {
      now[RecordView.Key(.actual, figure.itemID, figure.year)] = (
        .actual(value: figure.value, note: figure.note), nil, nil
      )
    }
    let keys = Set(now.keys).union(last.keys).sorted { "\($0)" < "\($1)" }
    for key in keys where (last[key] ?? nil) != now[key]?.0 {
      let operation = try connection.query(
        "SELECT nextval('plandash.operation_number')::int8"
      ).first?.decode(Int64.self)
      guard let operation else { continue }
      let (value, at, by) = now[key] ?? (nil, nil, nil)
      try append(
        key, value, operation: operation, position: 0, kind: "change",
        what: key.record == .measure ? "status" : "actual",
        at: at ?? Date().timeIntervalSince1970, by: by ?? "migrated", reverts: nil,
        undone: false)
    }
  }

  /// One row, numbered after the record's newest, reviewed.
  private func append(
    _ key: RecordView.Key, _ value: RecordValue?, operation: Int64, position: Int, kind: String,
    what: String, at: Double, by: String, reverts: Int64?, undone: Bool
  ) throws {
    let columns = TeamLog.Columns(value)
    try connection.query(
      """
      INSERT INTO plandash.entry (operation, position, kind, what, record, item_id, year, seq,
        present, status, value, note, at, by, reverts, undone, review)
      SELECT \(operation), \(position), \(kind), \(what), \(key.record.rawValue), \(key.itemID),
        \(key.storedYear), coalesce(max(seq), 0) + 1, \(columns.exists), \(columns.status),
        \(columns.value), \(columns.note), to_timestamp(\(at)), \(by)::name, \(reverts),
        \(undone), 'accepted'
      FROM plandash.entry WHERE record = \(key.record.rawValue) AND item_id = \(key.itemID)
        AND year = \(key.storedYear)
      """)
  }
}
