import GRDB

/// The numbered schema migrations. Each runs in its own `BEGIN IMMEDIATE` transaction that
/// re-reads `PRAGMA user_version` first, so two processes opening a new store at once
/// never apply one twice; the version is written in the same transaction.
enum StoreMigrations {
  /// The newest schema version this build knows.
  static let currentVersion = 2

  /// Migration `n` brings a store from version `n - 1` to `n`.
  static let steps: [(version: Int, sql: String)] = [
    (1, version1), (2, version2),
  ]

  /// Version 1: measure status, actual figures, and the operation log.
  static let version1 = """
    CREATE TABLE measure (
      id TEXT PRIMARY KEY NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('todo', 'in-progress', 'done', 'blocked')),
      note TEXT,
      updated_at REAL NOT NULL,
      updated_by TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE actual (
      item_id TEXT NOT NULL,
      year INTEGER NOT NULL,
      value REAL NOT NULL,
      note TEXT,
      updated_at REAL NOT NULL,
      updated_by TEXT NOT NULL,
      PRIMARY KEY (item_id, year)
    ) WITHOUT ROWID;
    CREATE TABLE operation (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL CHECK (kind IN ('change', 'undo', 'redo')),
      what TEXT NOT NULL,
      at REAL NOT NULL,
      by TEXT NOT NULL,
      reverts INTEGER REFERENCES operation(id),
      undone INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE operation_item (
      operation_id INTEGER NOT NULL REFERENCES operation(id),
      position INTEGER NOT NULL,
      record TEXT NOT NULL CHECK (record IN ('measure', 'actual')),
      item_id TEXT NOT NULL,
      year INTEGER,
      old_exists INTEGER NOT NULL,
      old_status TEXT,
      old_value REAL,
      old_note TEXT,
      new_exists INTEGER NOT NULL,
      new_status TEXT,
      new_value REAL,
      new_note TEXT,
      PRIMARY KEY (operation_id, position)
    ) WITHOUT ROWID;
    """

  /// Version 2: history by item without a full scan, and a place for facts about the store
  /// itself (the plans folder it belongs to).
  static let version2 = """
    CREATE INDEX operation_item_by_item ON operation_item(item_id, operation_id);
    CREATE TABLE store_info (
      key TEXT PRIMARY KEY NOT NULL,
      value TEXT NOT NULL
    ) WITHOUT ROWID;
    """

  /// Applies every migration the store lacks.
  static func migrate(_ db: Database) throws {
    for step in steps {
      try db.inTransaction(.immediate) {
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        guard version < step.version else { return .commit }
        guard version == step.version - 1 else {
          throw DatabaseError(message: "schema version \(version) cannot be migrated")
        }
        try db.execute(sql: step.sql)
        try db.execute(sql: "PRAGMA user_version = \(step.version)")
        return .commit
      }
    }
  }
}
