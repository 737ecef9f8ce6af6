import Foundation
import GRDB
import PlanModel
import PlandashTestSupport
import Testing

@testable import ProgressStore

/// Opening a store checks what is bounded by its schema; the full check reads every page
/// on demand (`plandash store check`).
@Suite struct StoreContentCheckTests {
  let folder = TemporaryFolder()
  var path: String { folder.path("p.sqlite") }

  /// A store of 3,000 marked measures with long notes, folded into its main file, and its
  /// size in pages.
  func bigStore() throws -> Int {
    let store = try ProgressStore(path: path)
    let ids = (0..<3000).map { String(format: "m.%04d", $0) }
    for chunk in stride(from: 0, to: ids.count, by: 500) {
      try store.apply(
        ids[chunk..<chunk + 500].map {
          .setStatus(ids: [$0], status: .done, note: String(repeating: "进展说明", count: 20))
        }, by: "a")
    }
    try StoreFixture.checkpoint(path)
    let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    return size / 4096
  }

  @Test func damageDeepInsideIsFoundByTheFullCheckNotByOpening() throws {
    let pages = try bigStore()
    #expect(pages > 100)
    try StoreFixture.overwrite(
      path, at: UInt64(pages / 2) * 4096, with: Array(repeating: 0xA5, count: 4096))
    let before = FileFingerprint(path)
    let store = try ProgressStore(path: path)
    #expect(throws: StoreError.self) { try store.checkEveryPage() }
    do {
      try store.checkEveryPage()
    } catch let error as StoreError {
      guard case .corrupt = error else {
        Issue.record("not corrupt: \(error)")
        return
      }
      #expect(error.description.contains(path))
      #expect(!error.description.contains("\n"))
    }
    #expect(FileFingerprint(path) == before)
  }

  @Test func aSoundStorePassesTheFullCheck() throws {
    _ = try bigStore()
    try ProgressStore(path: path).checkEveryPage()
  }

  @Test func openingReadsTheFirstPageOfEveryTableAndIndex() throws {
    _ = try bigStore()
    let queue = try DatabaseQueue(path: path)
    let found = try queue.read { try StoreContentCheck.bounded($0) }
    let tables = try queue.read {
      try Int.fetchOne(
        $0,
        sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    }
    #expect(found.tables == tables)
    #expect(found.version == StoreMigrations.currentVersion)
  }
}
