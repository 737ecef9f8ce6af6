import Foundation
import GRDB
import PlanModel
import PlandashTestSupport
import Testing

@testable import ProgressStore

/// Every way a store can be unusable: a one-line error naming the file, and the file left
/// byte-for-byte as it was.
@Suite struct StoreErrorTests {
  let folder = TemporaryFolder()
  var path: String { folder.path("p.sqlite") }

  func expectRefused(
    _ path: String, matching expected: (StoreError) -> Bool, timeout: Double = 5,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let before = FileFingerprint(path)
    do {
      let store = try ProgressStore(path: path, busyTimeout: timeout)
      try store.apply(.setStatus(ids: ["m.new"], status: .done, note: nil), by: "a")
      Issue.record("the store opened and took a change", sourceLocation: sourceLocation)
    } catch let error as StoreError {
      #expect(expected(error), "unexpected error: \(error)", sourceLocation: sourceLocation)
      #expect(error.description.contains(path), sourceLocation: sourceLocation)
      #expect(!error.description.contains("\n"), sourceLocation: sourceLocation)
      // The same line in Chinese, naming the same file.
      #expect(error.message.zh.contains("进度库 " + path), sourceLocation: sourceLocation)
      #expect(!error.message.zh.contains("\n"), sourceLocation: sourceLocation)
    } catch {
      Issue.record("not a StoreError: \(error)", sourceLocation: sourceLocation)
    }
    #expect(
      FileFingerprint(path) == before, "the store file changed", sourceLocation: sourceLocation)
  }

  /// A plain connection that may keep a transaction open between accesses.
  func lockHolder(_ path: String) throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.allowsUnsafeTransactions = true
    return try DatabaseQueue(path: path, configuration: configuration)
  }

  @Test func aFileThatIsNotADatabaseIsRefused() throws {
    try Data("id,year,value\nthis is not a database, it is a CSV file\n".utf8)
      .write(to: URL(fileURLWithPath: path))
    expectRefused(path) { if case .corrupt = $0 { true } else { false } }
  }

  @Test func aDamagedPageIsRefused() throws {
    try StoreFixture.make(path)
    let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    #expect(size >= 4 * 4096)
    // Garbage over the second page onwards: the tables' b-tree pages.
    try StoreFixture.overwrite(
      path, at: 4096, with: (0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 13) })
    expectRefused(path) { if case .corrupt = $0 { true } else { false } }
  }

  @Test func aDamagedHeaderIsRefused() throws {
    try StoreFixture.make(path)
    try StoreFixture.overwrite(path, at: 0, with: Array("SQLite format 2\0".utf8))
    expectRefused(path) { if case .corrupt = $0 { true } else { false } }
  }

  @Test func aTruncatedFileIsRefused() throws {
    try StoreFixture.make(path)
    let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    #expect(truncate(path, off_t(size - 4096)) == 0)
    expectRefused(path) { if case .truncated = $0 { true } else { false } }
  }

  @Test func aFileCutMidPageIsRefused() throws {
    try StoreFixture.make(path)
    #expect(truncate(path, 4096 + 1000) == 0)
    expectRefused(path) { if case .truncated = $0 { true } else { false } }
  }

  @Test func aFileCutInsideTheHeaderIsRefused() throws {
    try StoreFixture.make(path)
    #expect(truncate(path, 60) == 0)
    expectRefused(path) { if case .corrupt = $0 { true } else { false } }
  }

  @Test func aStoreFromANewerSchemaIsRefused() throws {
    try StoreFixture.make(path)
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 99") }
    try queue.close()
    try StoreFixture.checkpoint(path)
    expectRefused(path) {
      $0 == .newerSchema(path: path, found: 99, supported: StoreMigrations.currentVersion)
    }
    let message = StoreError.newerSchema(path: path, found: 99, supported: 2).description
    #expect(message.contains("newer"))
  }

  @Test func aReadOnlyFileIsRefused() throws {
    try StoreFixture.make(path)
    #expect(chmod(path, 0o400) == 0)
    expectRefused(path) { if case .readOnly = $0 { true } else { false } }
  }

  @Test func aStoreInAReadOnlyFolderIsRefused() throws {
    let inner = folder.path("locked-folder")
    try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: true)
    let path = inner + "/p.sqlite"
    try StoreFixture.make(path)
    #expect(chmod(inner, 0o500) == 0)
    defer { chmod(inner, 0o700) }
    expectRefused(path) { if case .readOnly = $0 { true } else { false } }
  }

  @Test func aStoreLockedTooLongByAnotherWriterIsRefused() throws {
    try StoreFixture.make(path)
    let holder = try lockHolder(path)
    try holder.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
    let started = Date()
    expectRefused(path, matching: { $0 == .locked(path: path, waitedSeconds: 0.3) }, timeout: 0.3)
    #expect(Date().timeIntervalSince(started) >= 0.3, "it must wait before giving up")
    try holder.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
    try holder.close()
  }

  @Test func aWriterWaitsForAShortLock() throws {
    try StoreFixture.make(path)
    let store = try ProgressStore(path: path, busyTimeout: 5)
    let holder = try lockHolder(path)
    try holder.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
    let release = Thread {
      Thread.sleep(forTimeInterval: 0.3)
      try? holder.writeWithoutTransaction { try $0.execute(sql: "COMMIT") }
    }
    release.start()
    try store.apply(.setStatus(ids: ["m.late"], status: .done, note: nil), by: "a")
    #expect(try store.snapshot().status(of: "m.late") == .done)
  }

  @Test func anSQLiteFileOfAnotherProgramIsRefused() throws {
    let queue = try DatabaseQueue(path: path)
    try queue.write { try $0.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY)") }
    try queue.close()
    expectRefused(path) { if case .cannotOpen = $0 { true } else { false } }
  }

  @Test func eachErrorIsWordedInChineseWithPlandashsOwnDetailTranslated() {
    let p = "/d/p.sqlite"
    #expect(
      StoreError.corrupt(path: p, detail: StoreErrorDetail.notSQLite).message.zh
        == "进度库 /d/p.sqlite 已损坏（不是 SQLite 数据库），文件保持原样")
    #expect(
      StoreError.readOnly(path: p, detail: StoreErrorDetail.fileNotWritable).message.zh
        == "进度库 /d/p.sqlite 只读（文件不可写），未做任何更改")
    #expect(
      StoreError.locked(path: p, waitedSeconds: 5).message.zh
        == "进度库 /d/p.sqlite 正被另一进程写入（已等待5秒），未做任何更改，请重试")
    #expect(StoreError.nothingToRedo(path: p).message.zh == "进度库 /d/p.sqlite 中没有可重做的更改")
    // SQLite's own words come only in English and are quoted as they are.
    let sqlite = StoreError.database(path: p, detail: Localized(verbatim: "disk I/O error"))
    #expect(sqlite.message.zh == "进度库 /d/p.sqlite：disk I/O error，未做任何更改")
    #expect(sqlite.description == "store /d/p.sqlite: disk I/O error; nothing was changed")
  }

  @Test func aFolderInPlaceOfTheFileIsRefused() throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    #expect(throws: StoreError.cannotOpen(path: path, detail: StoreErrorDetail.notARegularFile)) {
      _ = try ProgressStore(path: path)
    }
  }
}
