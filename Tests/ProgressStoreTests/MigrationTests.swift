import Foundation
import GRDB
import PlanModel
import PlandashTestSupport
import Testing

@testable import ProgressStore

@Suite struct MigrationTests {
  let folder = TemporaryFolder()

  /// A version-1 store as plandash 0.1 wrote it, in rollback-journal mode, written by
  /// hand here so that a change to the migrations cannot silently change it too.
  static func makeVersion1Store(_ path: String) throws {
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(
        sql: """
          CREATE TABLE measure (
            id TEXT PRIMARY KEY NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('todo', 'in-progress', 'done', 'blocked')),
            note TEXT, updated_at REAL NOT NULL, updated_by TEXT NOT NULL) WITHOUT ROWID;
          CREATE TABLE actual (
            item_id TEXT NOT NULL, year INTEGER NOT NULL, value REAL NOT NULL, note TEXT,
            updated_at REAL NOT NULL, updated_by TEXT NOT NULL,
            PRIMARY KEY (item_id, year)) WITHOUT ROWID;
          CREATE TABLE operation (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind IN ('change', 'undo', 'redo')),
            what TEXT NOT NULL, at REAL NOT NULL, by TEXT NOT NULL,
            reverts INTEGER REFERENCES operation(id), undone INTEGER NOT NULL DEFAULT 0);
          CREATE TABLE operation_item (
            operation_id INTEGER NOT NULL REFERENCES operation(id), position INTEGER NOT NULL,
            record TEXT NOT NULL CHECK (record IN ('measure', 'actual')),
            item_id TEXT NOT NULL, year INTEGER,
            old_exists INTEGER NOT NULL, old_status TEXT, old_value REAL, old_note TEXT,
            new_exists INTEGER NOT NULL, new_status TEXT, new_value REAL, new_note TEXT,
            PRIMARY KEY (operation_id, position)) WITHOUT ROWID;
          INSERT INTO measure VALUES ('hechuan.measure.parks', 'done', '已完成', 1700000000, '经信局');
          INSERT INTO actual VALUES ('hechuan.target.revenue', 2024, 1200, '统计公报', 1700000100, '统计局');
          INSERT INTO operation (id, kind, what, at, by) VALUES (1, 'change', 'status', 1700000000, '经信局');
          INSERT INTO operation_item VALUES (1, 0, 'measure', 'hechuan.measure.parks', NULL,
            0, NULL, NULL, NULL, 1, 'done', NULL, '已完成');
          INSERT INTO operation (id, kind, what, at, by) VALUES (2, 'change', 'actual', 1700000100, '统计局');
          INSERT INTO operation_item VALUES (2, 0, 'actual', 'hechuan.target.revenue', 2024,
            0, NULL, NULL, NULL, 1, NULL, 1200, '统计公报');
          PRAGMA user_version = 1;
          """)
    }
    try queue.close()
  }

  @Test func aVersion1StoreIsMigratedWithItsContentKept() throws {
    let path = folder.path("v1.sqlite")
    try Self.makeVersion1Store(path)
    let store = try ProgressStore(path: path, plansFolder: folder.path)
    #expect(try store.schemaVersion() == 2)
    #expect(try store.durability().journalMode == "wal")
    let snapshot = try store.snapshot()
    #expect(snapshot.measures["hechuan.measure.parks"]?.status == .done)
    #expect(snapshot.measures["hechuan.measure.parks"]?.updatedBy == "经信局")
    #expect(
      snapshot.actuals["hechuan.target.revenue"] == [
        Actual(itemID: "hechuan.target.revenue", year: 2024, value: 1200, note: "统计公报")
      ])
    // Version 2's additions exist and work.
    #expect(try store.plansFolder() == StoreLocation.canonicalPath(folder.path))
    let index = try DatabaseQueue(path: path).read { db in
      try String.fetchOne(
        db,
        sql:
          "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'operation_item_by_item'")
    }
    #expect(index == "operation_item_by_item")
    // The old log is the new log: history reads it and undo takes it back.
    #expect(
      try store.history().map(\.itemID) == ["hechuan.measure.parks", "hechuan.target.revenue"])
    try store.apply(.undo, by: "tester")
    #expect(try store.actuals(of: "hechuan.target.revenue").isEmpty)
    try store.apply(.undo, by: "tester")
    #expect(try store.snapshot().measures.isEmpty)
  }

  @Test func migrationIsAppliedOnceWhenManyOpenAtOnce() async throws {
    let path = folder.path("new.sqlite")
    try Self.makeVersion1Store(path)
    try await withThrowingTaskGroup(of: Int.self) { group in
      for index in 0..<6 {
        group.addTask {
          let store = try ProgressStore(path: path)
          try store.apply(
            .setStatus(ids: ["m.\(index)"], status: .done, note: nil), by: "t\(index)")
          return try store.schemaVersion()
        }
      }
      for try await version in group { #expect(version == 2) }
    }
    let store = try ProgressStore(path: path)
    #expect(try store.snapshot().measures.count == 7)
  }

  @Test func everyMigrationIsNumberedInOrder() {
    #expect(StoreMigrations.steps.map(\.version) == Array(1...StoreMigrations.currentVersion))
  }
}
