import CSQLiteSettings
import Foundation
import GRDB
import PlanModel

/// The local progress store: one SQLite file (WAL, `synchronous=FULL`) holding measure
/// status, actual figures and the operation log, keyed by the plan files' stable ids.
/// Every change is one `BEGIN IMMEDIATE` transaction; once `apply` returns, it is on disk.
public final class ProgressStore: Sendable {
  /// The store file.
  public let path: String
  /// How long a write waits for another process's write lock before giving up.
  public let busyTimeout: Double
  let queue: DatabaseQueue

  public static let defaultBusyTimeout = 5.0

  /// The commit that brings the write-ahead log to this many pages folds it into the store
  /// and empties it (`plandash_sqlite_truncate_wal_at`). No process checkpoints when it
  /// closes, and a process that opens the store rebuilds the log's index by reading every
  /// frame; SQLite's automatic (PASSIVE) checkpoint never empties the log, so it grew with
  /// every change and every `mark` read all of it (docs/store.md, docs/benchmarks.md).
  static let walPagesBeforeTruncate = 100

  /// `PLANDASH_STORE_TIMEOUT` (seconds), else 5 s.
  public static func busyTimeout(environment: [String: String]) -> Double {
    environment["PLANDASH_STORE_TIMEOUT"].flatMap(Double.init).flatMap { $0 >= 0 ? $0 : nil }
      ?? defaultBusyTimeout
  }

  /// Opens the store at `path`, creating it (0600, in a 0700 folder) if missing and
  /// migrating it to the current schema. A damaged, truncated, read-only or newer store is
  /// refused with a `StoreError` and left byte-for-byte as it was.
  public init(
    path: String, busyTimeout: Double = ProgressStore.defaultBusyTimeout,
    plansFolder: String? = nil
  ) throws {
    self.path = path
    self.busyTimeout = busyTimeout
    if try StoreFileCheck.check(path) == .missing {
      do {
        try StoreFileCreation.create(path, build: Self.buildNewStore)
      } catch {
        throw Self.storeError(error, path: path, busyTimeout: busyTimeout)
      }
    }
    var configuration = Configuration()
    configuration.busyMode = .timeout(busyTimeout)
    configuration.prepareDatabase { db in
      _ = plandash_sqlite_no_checkpoint_on_close(db.sqliteConnection)
      plandash_sqlite_truncate_wal_at(
        db.sqliteConnection, Int32(Self.walPagesBeforeTruncate),
        Int32(clamping: Int(busyTimeout * 1000)))
      try db.execute(sql: "PRAGMA synchronous = FULL; PRAGMA cell_size_check = ON")
    }
    let storePath = path
    do {
      queue = try DatabaseQueue(path: path, configuration: configuration)
    } catch {
      throw Self.storeError(error, path: storePath, busyTimeout: busyTimeout)
    }
    try guarded {
      let version = try checkContent()
      try queue.writeWithoutTransaction { db in
        try Self.switchToWAL(db, waitingUpTo: busyTimeout)
        // An up-to-date store takes no write lock on open; an older one is migrated, each
        // step re-checking the version under the lock.
        if version < StoreMigrations.currentVersion { try StoreMigrations.migrate(db) }
      }
      if let plansFolder {
        try recordPlansFolder(StoreLocation.canonicalPath(plansFolder))
      }
    }
  }

  /// Makes the empty file at `path` a complete store at the current schema, in WAL mode,
  /// and closes it (the last close folds the write-ahead log into the file).
  private static func buildNewStore(at path: String) throws {
    var configuration = Configuration()
    configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    try queue.writeWithoutTransaction { db in
      _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
      try StoreMigrations.migrate(db)
    }
    try queue.close()
  }

  /// Puts a store not yet in WAL mode (an empty file, say) into it. SQLite refuses the
  /// switch at once, without its busy handler, while another connection reads the file,
  /// so the switch is retried until the busy timeout has passed.
  private static func switchToWAL(_ db: Database, waitingUpTo timeout: Double) throws {
    guard try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" else { return }
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      do {
        _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        return
      } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
        guard Date() < deadline else { throw error }
        usleep(20_000)
      }
    }
  }

  /// Refuses a newer schema, a database that is not a plandash store, and damage that
  /// `PRAGMA quick_check` finds, before anything is written.
  /// Returns the schema version found.
  private func checkContent() throws -> Int {
    let (version, tables) = try queue.read { db in
      let found = try StoreContentCheck.bounded(db)
      return (found.version, found.tables)
    }
    if version > StoreMigrations.currentVersion {
      throw StoreError.newerSchema(
        path: path, found: version, supported: StoreMigrations.currentVersion)
    }
    if version == 0 && tables > 0 {
      throw StoreError.cannotOpen(path: path, detail: StoreErrorDetail.notAPlandashStore)
    }
    return version
  }

  /// Reads every page of the store (`PRAGMA quick_check`) and throws `StoreError.corrupt`
  /// naming the first problem; opening checks only what is bounded (`StoreContentCheck`).
  public func checkEveryPage() throws {
    let problems = try guarded { try queue.read { try StoreContentCheck.full($0) } }
    if let first = problems.first {
      throw StoreError.corrupt(path: path, detail: Localized(verbatim: first))
    }
  }

  private func recordPlansFolder(_ folder: String) throws {
    guard try plansFolder() == nil else { return }
    try queue.writeWithoutTransaction { db in
      try db.inTransaction(.immediate) {
        try db.execute(
          sql: "INSERT OR IGNORE INTO store_info (key, value) VALUES ('plans_folder', ?)",
          arguments: [folder])
        return .commit
      }
    }
  }

  // MARK: Writing

  /// Applies one change in one transaction and logs it under `by`.
  @discardableResult
  public func apply(_ change: ProgressChange, by user: String) throws -> AppliedOperation {
    try apply([change], by: user)[0]
  }

  /// Applies several changes in ONE transaction: all of them or none.
  @discardableResult
  public func apply(_ changes: [ProgressChange], by user: String) throws -> [AppliedOperation] {
    try write(by: user) { writer in try changes.map(writer.apply) }
  }

  /// Records many actual figures as ONE operation (one undo takes them all back), in one
  /// transaction: all of them or none.
  @discardableResult
  public func importActuals(_ actuals: [Actual], by user: String) throws -> AppliedOperation {
    try write(by: user) { writer in try writer.setActuals(actuals) }
  }

  /// Runs `body` in one immediate (write-locking) transaction with a writer that logs
  /// under `user`: everything it does is committed, or nothing.
  private func write<T>(by user: String, _ body: (ChangeWriter) throws -> T) throws -> T {
    let at = Date().timeIntervalSince1970
    let path = path
    return try inWriteTransaction { db in
      try body(ChangeWriter(db: db, path: path, at: at, by: user))
    }
  }

  /// Runs `body` in one immediate (write-locking) transaction: all of it, or nothing.
  func inWriteTransaction<T>(_ body: (Database) throws -> T) throws -> T {
    try guarded {
      try queue.writeWithoutTransaction { db in
        var result: T?
        try db.inTransaction(.immediate) {
          result = try body(db)
          return .commit
        }
        return result!
      }
    }
  }

  // MARK: Reading

  /// Everything recorded: every measure's status and every actual figure, orphans included.
  public func snapshot() throws -> ProgressSnapshot {
    try guarded {
      try queue.read { db in
        var snapshot = ProgressSnapshot()
        let measures = try Row.fetchCursor(
          db, sql: "SELECT id, status, note, updated_at, updated_by FROM measure")
        while let row = try measures.next() {
          snapshot.measures[row[0]] = MeasureProgress(
            status: MeasureStatus(rawValue: row[1]) ?? .todo, note: row[2], updatedAt: row[3],
            updatedBy: row[4])
        }
        for actual in try Self.actuals(db, of: nil) {
          snapshot.actuals[actual.itemID, default: []].append(actual)
        }
        return snapshot
      }
    }
  }

  /// How many changes `undo` can still take back (those not undone yet).
  public func undoableCount() throws -> Int {
    try guarded {
      try queue.read { db in
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM operation WHERE kind = 'change' AND undone = 0") ?? 0
      }
    }
  }

  /// Actual figures of one item (or of all), by item id and year.
  public func actuals(of itemID: String? = nil) throws -> [Actual] {
    try guarded { try queue.read { db in try Self.actuals(db, of: itemID) } }
  }

  private static func actuals(_ db: Database, of itemID: String?) throws -> [Actual] {
    let sql = "SELECT item_id, year, value, note FROM actual"
    let rows =
      if let itemID {
        try Row.fetchAll(db, sql: sql + " WHERE item_id = ? ORDER BY year", arguments: [itemID])
      } else {
        try Row.fetchAll(db, sql: sql + " ORDER BY item_id, year")
      }
    return rows.map { Actual(itemID: $0[0], year: $0[1], value: $0[2], note: $0[3]) }
  }

  /// The operation log, oldest first: of one item, or of all.
  public func history(id itemID: String? = nil) throws -> [LogEntry] {
    try guarded { try queue.read { db in try OperationLog.entries(db, itemID: itemID) } }
  }

  /// A fingerprint that changes whenever anything is committed, by any process.
  public func changeToken() throws -> ChangeToken {
    try guarded {
      try queue.read { db in
        ChangeToken(
          dataVersion: try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0,
          lastOperation: try Int64.fetchOne(db, sql: "SELECT max(id) FROM operation") ?? 0)
      }
    }
  }

  /// The schema version of the open store.
  public func schemaVersion() throws -> Int {
    try guarded { try queue.read { try Int.fetchOne($0, sql: "PRAGMA user_version") ?? 0 } }
  }

  /// The connection's durability settings, as SQLite reports them: journal mode (`wal`)
  /// and `synchronous` (2 is FULL, 3 EXTRA).
  public func durability() throws -> (journalMode: String, synchronous: Int) {
    try guarded {
      try queue.inDatabase { db in
        (
          try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "",
          try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1
        )
      }
    }
  }

  /// The canonical plans folder this store was first opened for, if recorded.
  public func plansFolder() throws -> String? {
    try guarded {
      try queue.read { db in
        try String.fetchOne(db, sql: "SELECT value FROM store_info WHERE key = 'plans_folder'")
      }
    }
  }

  // MARK: Errors

  private func guarded<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw Self.storeError(error, path: path, busyTimeout: busyTimeout)
    }
  }

  static func storeError(_ error: Error, path: String, busyTimeout: Double) -> Error {
    guard let error = error as? DatabaseError else { return error }
    let detail = Localized(verbatim: error.message ?? "SQLite error \(error.resultCode.rawValue)")
    switch error.resultCode.primaryResultCode {
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return StoreError.locked(path: path, waitedSeconds: busyTimeout)
    case .SQLITE_CORRUPT, .SQLITE_NOTADB:
      return StoreError.corrupt(path: path, detail: detail)
    case .SQLITE_READONLY, .SQLITE_PERM:
      return StoreError.readOnly(path: path, detail: detail)
    case .SQLITE_CANTOPEN:
      return StoreError.cannotOpen(path: path, detail: detail)
    default:
      return StoreError.database(path: path, detail: detail)
    }
  }
}
