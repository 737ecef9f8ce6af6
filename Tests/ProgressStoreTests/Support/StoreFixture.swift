import Foundation
import GRDB
import PlanModel

@testable import ProgressStore

/// Stores with some content, written out fully to the main file (checkpointed), ready to
/// be damaged by a test.
enum StoreFixture {
  /// A store at `path` with two marks and an actual, its WAL folded into the main file.
  static func make(_ path: String) throws {
    do {
      let store = try ProgressStore(path: path)
      for index in 0..<50 {
        try store.apply(
          .setStatus(ids: ["m.\(index)"], status: .done, note: "note \(index)"), by: "a")
      }
      try store.apply(.setActual(Actual(itemID: "t.1", year: 2024, value: 412)), by: "a")
    }
    try checkpoint(path)
  }

  /// Folds the WAL into the main file and empties it, as a clean shutdown of SQLite would.
  static func checkpoint(_ path: String) throws {
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { db in
      _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
    }
    try queue.close()
  }

  static func overwrite(_ path: String, at offset: UInt64, with bytes: [UInt8]) throws {
    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
    try handle.seek(toOffset: offset)
    try handle.write(contentsOf: Data(bytes))
    try handle.close()
  }
}
