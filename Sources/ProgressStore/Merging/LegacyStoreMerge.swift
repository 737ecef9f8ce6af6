import Foundation
import GRDB
import PlanModel

/// Merges the content of old-layout stores into the open store, inside its write
/// transaction, losing nothing:
/// - the log becomes every operation of this store and of the old ones, renumbered oldest
///   first (undo/redo links kept), so history shows both sides of a conflict and `undo`
///   still takes back the newest change;
/// - each record takes the state of whichever store changed it last (a deletion counts);
/// - each old store is noted in `store_info` (`merged:<file name>`), so a store merged once
///   is never merged again, even by a process that read it before it was renamed.
struct LegacyStoreMerge {
  let db: Database
  var report = LegacyMergeReport()

  init(db: Database) {
    self.db = db
  }

  static func markerKey(_ path: String) -> String {
    "merged:" + (path as NSString).lastPathComponent
  }

  mutating func merge(_ sources: [StoreContent]) throws {
    var fresh: [StoreContent] = []
    for source in sources {
      let key = Self.markerKey(source.path)
      let done = try String.fetchOne(
        db, sql: "SELECT value FROM store_info WHERE key = ?", arguments: [key])
      guard done == nil else { continue }
      try db.execute(
        sql: "INSERT INTO store_info (key, value) VALUES (?, ?)",
        arguments: [key, source.plansFolder ?? ""])
      fresh.append(source)
      report.mergedFiles.append(source.path)
    }
    guard !fresh.isEmpty else { return }
    let here = try StoreContent(db, path: "")
    try rewriteLog([here] + fresh)
    report.operations = fresh.map(\.operations.count).reduce(0, +)
    let keys = Set(fresh.flatMap(\.lastChange.keys))
    for key in keys.sorted(by: { ($0.itemID, $0.year ?? 0) < ($1.itemID, $1.year ?? 0) }) {
      try settle(key, here: here, sources: fresh)
    }
  }

  /// Replaces the log with every operation of the sources (this store first), oldest
  /// first, renumbered from 1.
  private func rewriteLog(_ sources: [StoreContent]) throws {
    try db.execute(
      sql: """
        DELETE FROM operation_item; DELETE FROM operation;
        DELETE FROM sqlite_sequence WHERE name = 'operation';
        """)
    let all = sources.indices.flatMap { index in
      sources[index].operations.map { (source: index, operation: $0) }
    }
    .sorted {
      ($0.operation.at, $0.source, $0.operation.id) < ($1.operation.at, $1.source, $1.operation.id)
    }
    var newID: [Int: [Int64: Int64]] = [:]
    let insertItem = try db.makeStatement(
      sql: "INSERT INTO operation_item (operation_id, \(StoreContent.itemColumns)) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    let columns = StoreContent.itemColumns.split(separator: ",").map {
      $0.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    for (source, operation) in all {
      try db.execute(
        sql:
          "INSERT INTO operation (kind, what, at, by, reverts, undone) VALUES (?, ?, ?, ?, ?, ?)",
        arguments: [
          operation.kind, operation.what, operation.at, operation.by,
          operation.reverts.flatMap { newID[source]?[$0] }, operation.undone,
        ])
      let id = db.lastInsertedRowID
      newID[source, default: [:]][operation.id] = id
      for item in operation.items {
        let values: [DatabaseValue] = [id.databaseValue] + columns.map { item[$0] }
        try insertItem.execute(arguments: StatementArguments(values))
      }
    }
  }

  /// Gives one record the state of the store that changed it last (this store when tied).
  private mutating func settle(_ key: RecordKey, here: StoreContent, sources: [StoreContent])
    throws
  {
    var bestTime = here.lastChange[key]
    var best = here.records[key]
    var states: Set<RecordValue?> = bestTime == nil ? [] : [Self.value(best, key)]
    for source in sources {
      guard let time = source.lastChange[key] else { continue }
      let row = source.records[key]
      states.insert(Self.value(row, key))
      if bestTime.map({ time > $0 }) ?? true {
        bestTime = time
        best = row
      }
    }
    if states.count > 1 { report.conflicts += 1 }
    guard best != here.records[key] else { return }
    try write(key, best)
    if best != nil {
      if key.record == .measure { report.statuses += 1 } else { report.actuals += 1 }
    }
  }

  private static func value(_ row: Row?, _ key: RecordKey) -> RecordValue? {
    guard let row else { return nil }
    switch key.record {
    case .measure:
      let status: String = row["status"]
      return .measure(status: MeasureStatus(rawValue: status) ?? .todo, note: row["note"])
    case .actual:
      return .actual(value: row["value"], note: row["note"])
    }
  }

  /// Puts a row in place of this store's, or removes this store's when `row` is nil.
  private func write(_ key: RecordKey, _ row: Row?) throws {
    let (table, columns) =
      key.record == .measure
      ? ("measure", StoreContent.measureColumns) : ("actual", StoreContent.actualColumns)
    guard let row else {
      try db.execute(
        sql: key.record == .measure
          ? "DELETE FROM measure WHERE id = ?"
          : "DELETE FROM actual WHERE item_id = ? AND year = ?",
        arguments: key.record == .measure ? [key.itemID] : [key.itemID, key.year])
      return
    }
    let marks = Array(repeating: "?", count: row.count).joined(separator: ", ")
    try db.execute(
      sql: "INSERT OR REPLACE INTO \(table) (\(columns)) VALUES (\(marks))",
      arguments: StatementArguments(Array(row.databaseValues)))
  }
}
