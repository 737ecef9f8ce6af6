import GRDB
import PlanModel

/// A record's place in any store: a measure by id, an actual figure by item id and year.
struct RecordKey: Hashable {
  var record: RecordChange.Record
  var itemID: String
  var year: Int?
}

/// Everything one store file holds, read at once so that it can be merged into another:
/// its records, its whole operation log, and when each record last changed.
struct StoreContent {
  /// One logged operation with its record changes (`operation_item` rows; the merge gives
  /// them the operation's new number).
  struct Operation {
    var id: Int64
    var kind: String
    var what: String
    var at: Double
    var by: String
    var reverts: Int64?
    var undone: Bool
    var items: [Row]
  }

  static let measureColumns = "id, status, note, updated_at, updated_by"
  static let actualColumns = "item_id, year, value, note, updated_at, updated_by"
  static let itemColumns = """
    position, record, item_id, year, old_exists, old_status, old_value, old_note,
    new_exists, new_status, new_value, new_note
    """

  /// The store file, as found.
  var path: String
  /// The plans folder the store was kept for (`store_info.plans_folder`), where recorded.
  var plansFolder: String?
  /// Every measure and actual row (their columns as listed above), by key.
  var records: [RecordKey: Row] = [:]
  var operations: [Operation] = []
  /// When each record last changed: its own time, or a later logged change that removed it.
  var lastChange: [RecordKey: Double] = [:]

  /// Reads the store at `path` without writing it; `nil` when it is gone (another process
  /// merged and renamed it). A damaged, newer or foreign file is refused with a `StoreError`.
  static func read(_ path: String) throws -> StoreContent? {
    do {
      guard try StoreFileCheck.check(path) != .missing else { return nil }
      var configuration = Configuration()
      configuration.readonly = true
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      defer { try? queue.close() }
      return try queue.read { db in try StoreContent(db, path: path) }
    } catch {
      throw ProgressStore.storeError(error, path: path, busyTimeout: 0)
    }
  }

  /// Reads the store open on `db` (named `path` in messages).
  init(_ db: Database, path: String) throws {
    self.path = path
    let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    if version > StoreMigrations.currentVersion {
      throw StoreError.newerSchema(
        path: path, found: version, supported: StoreMigrations.currentVersion)
    }
    let tables = try String.fetchAll(
      db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
    guard version > 0 else {
      // An empty file holds nothing; an SQLite file of another program is not merged.
      if tables.contains(where: { !$0.hasPrefix("sqlite_") }) {
        throw StoreError.cannotOpen(path: path, detail: StoreErrorDetail.notAPlandashStore)
      }
      return
    }
    if tables.contains("store_info") {
      plansFolder = try String.fetchOne(
        db, sql: "SELECT value FROM store_info WHERE key = 'plans_folder'")
    }
    try readRecords(db)
    try readOperations(db)
  }

  private mutating func readRecords(_ db: Database) throws {
    for row in try Row.fetchAll(db, sql: "SELECT \(Self.measureColumns) FROM measure") {
      let key = RecordKey(record: .measure, itemID: row["id"], year: nil)
      records[key] = row
      lastChange[key] = row["updated_at"]
    }
    for row in try Row.fetchAll(db, sql: "SELECT \(Self.actualColumns) FROM actual") {
      let key = RecordKey(record: .actual, itemID: row["item_id"], year: row["year"])
      records[key] = row
      lastChange[key] = row["updated_at"]
    }
  }

  private mutating func readOperations(_ db: Database) throws {
    var items: [Int64: [Row]] = [:]
    let itemRows = try Row.fetchAll(
      db,
      sql: "SELECT operation_id, \(Self.itemColumns) FROM operation_item "
        + "ORDER BY operation_id, position")
    for row in itemRows {
      let operation: Int64 = row["operation_id"]
      items[operation, default: []].append(row)
    }
    for row in try Row.fetchAll(
      db, sql: "SELECT id, kind, what, at, by, reverts, undone FROM operation ORDER BY id")
    {
      let operation = Operation(
        id: row["id"], kind: row["kind"], what: row["what"], at: row["at"], by: row["by"],
        reverts: row["reverts"], undone: row["undone"], items: items[row["id"]] ?? [])
      operations.append(operation)
      for item in operation.items {
        let key = RecordKey(
          record: RecordChange.Record(rawValue: item["record"]) ?? .measure,
          itemID: item["item_id"], year: item["year"])
        lastChange[key] = max(lastChange[key] ?? operation.at, operation.at)
      }
    }
  }
}
