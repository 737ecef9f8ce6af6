import Foundation
import PlanModel
import PlandashTestSupport
import Synchronization
import Testing

@testable import ProgressStore

/// Stores of the old layout (one per plans folder, `progress-<folder>-<hash>.sqlite`) are
/// merged into the one default store: nothing lost, later changes win, both sides of a
/// conflict in the history, the old files renamed `….merged`, never merged twice.
@Suite struct LegacyMergeTests {
  let folder: TemporaryFolder
  var data: String { folder.path("data/plandash") }
  var target: String { data + "/" + StoreLocation.defaultFileName }

  /// The old-layout store of the plans folder `name` (created on first use).
  func oldStore(_ name: String) throws -> ProgressStore {
    let plans = folder.path(name)
    try FileManager.default.createDirectory(atPath: plans, withIntermediateDirectories: true)
    return try ProgressStore(
      path: oldPath(name), plansFolder: plans)
  }

  func oldPath(_ name: String) -> String {
    data + "/" + StoreLocation.fileName(forPlansFolder: folder.path(name))
  }

  /// Changes a store, a moment after anything before, so that "later" is well defined.
  func change(_ store: ProgressStore, _ changes: [ProgressChange], by user: String) throws {
    usleep(2000)
    for change in changes { try store.apply(change, by: user) }
  }

  func files() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: data).filter { !$0.hasSuffix("-shm") }
      .sorted()
  }

  /// Two old stores: 甲's (folder a) and 乙's (folder b), with two conflicts: t.1 2024 set by
  /// both (乙 later), t.2 2023 set by both and deleted last by 甲. Nine operations in all.
  func makeTwoOldStores() throws {
    try change(
      try oldStore("a/plans"),
      [
        .setStatus(ids: ["m.1"], status: .done, note: "验收"),
        .setActual(Actual(itemID: "t.1", year: 2024, value: 412)),
        .setActual(Actual(itemID: "t.2", year: 2023, value: 5)), .undo, .redo,
      ], by: "甲")
    try change(
      try oldStore("b/plans"),
      [
        .setActual(Actual(itemID: "t.1", year: 2024, value: 420)),
        .setStatus(ids: ["m.2"], status: .blocked, note: nil),
        .setActual(Actual(itemID: "t.2", year: 2023, value: 6)),
      ], by: "乙")
    try change(try oldStore("a/plans"), [.deleteActual(itemID: "t.2", year: 2023)], by: "甲")
  }

  @Test func twoOldStoresAreMergedWithNothingLost() throws {
    try makeTwoOldStores()
    let store = try ProgressStore(path: target)
    let report = try store.mergeLegacyStores(in: data)
    #expect(report.mergedFiles.sorted() == [oldPath("a/plans"), oldPath("b/plans")].sorted())
    #expect(report.operations == 9)
    #expect(report.conflicts == 2)
    #expect(report.skipped.isEmpty)
    let snapshot = try store.snapshot()
    #expect(snapshot.measures["m.1"]?.status == .done)
    #expect(snapshot.measures["m.1"]?.note == "验收")
    #expect(snapshot.measures["m.1"]?.updatedBy == "甲")
    #expect(snapshot.status(of: "m.2") == .blocked)
    #expect(snapshot.actuals["t.1"]?.map(\.value) == [420], "the later figure is kept")
    #expect(snapshot.actuals["t.2"] == nil, "the later change, a deletion, is kept")
    // The whole log of both, oldest first, both sides of each conflict in it.
    let history = try store.history()
    #expect(history.count == 9)
    #expect(zip(history, history.dropFirst()).allSatisfy { $0.at <= $1.at })
    #expect(
      try store.history(id: "t.1").compactMap { $0.newValue?.description } == ["412", "420"])
    #expect(Set(history.map(\.by)) == ["甲", "乙"])
    // An undo still names the change it took back, renumbered.
    let undo = try #require(history.first { $0.kind == .undo })
    let undone = try #require(history.first { $0.operation == undo.reverts })
    #expect(undone.itemID == "t.2" && undone.newValue == .actual(value: 5, note: nil))
  }

  @Test func theOldFilesAreRenamedAndStillHoldEverything() throws {
    try makeTwoOldStores()
    let before = try ProgressStore(path: oldPath("a/plans")).history().count
    _ = try ProgressStore(path: target).mergeLegacyStores(in: data)
    let names = try files()
    #expect(LegacyStoreFiles.find(in: data) == [])
    for name in ["a/plans", "b/plans"] {
      let old = (oldPath(name) as NSString).lastPathComponent
      #expect(names.contains(old + ".merged"), "\(names)")
      #expect(!names.contains(old))
    }
    let kept = try ProgressStore(path: oldPath("a/plans") + ".merged")
    #expect(try kept.history().count == before)
  }

  @Test func aSecondMergeFindsNothingAndChangesNothing() throws {
    try makeTwoOldStores()
    let store = try ProgressStore(path: target)
    _ = try store.mergeLegacyStores(in: data)
    let history = try store.history()
    let again = try store.mergeLegacyStores(in: data)
    #expect(again.isEmpty)
    #expect(try store.history() == history)
  }

  /// A process that read an old store just before another merged and renamed it (or a
  /// merge cut short before the rename) must not add it twice.
  @Test func aStoreMergedBeforeIsNeverMergedTwice() throws {
    try makeTwoOldStores()
    let store = try ProgressStore(path: target)
    _ = try store.mergeLegacyStores(in: data)
    let history = try store.history()
    let old = oldPath("a/plans")
    for suffix in ["", "-wal"]
    where FileManager.default.fileExists(atPath: old + ".merged" + suffix) {
      try FileManager.default.copyItem(atPath: old + ".merged" + suffix, toPath: old + suffix)
    }
    let again = try store.mergeLegacyStores(in: data)
    #expect(again.mergedFiles == [])
    #expect(try store.history() == history)
    #expect(FileManager.default.fileExists(atPath: old + ".merged.2"), "kept, not overwritten")
    #expect(FileManager.default.fileExists(atPath: old + ".merged"))
    #expect(!FileManager.default.fileExists(atPath: old))
  }

  @Test func changesInTheNewStoreWinOnlyWhereTheyAreLater() throws {
    let store = try ProgressStore(path: target)
    try change(store, [.setStatus(ids: ["m.2"], status: .inProgress, note: nil)], by: "新")
    try change(
      try oldStore("a/plans"),
      [
        .setStatus(ids: ["m.1"], status: .done, note: nil),
        .setStatus(ids: ["m.2"], status: .done, note: nil),
      ], by: "旧")
    try change(store, [.setStatus(ids: ["m.1"], status: .blocked, note: nil)], by: "新")
    let report = try store.mergeLegacyStores(in: data)
    #expect(report.conflicts == 2)
    let snapshot = try store.snapshot()
    #expect(snapshot.status(of: "m.1") == .blocked, "the new store's change is later")
    #expect(snapshot.status(of: "m.2") == .done, "the old store's change is later")
    #expect(try store.history().count == 4)
    // The log is in time order across both stores: the newest change (the new store's
    // m.1 blocked, made after the old store's) is still the one undo takes back.
    #expect(try store.history().map(\.by) == ["新", "旧", "旧", "新"])
    try store.apply(.undo, by: "新")
    #expect(try store.history().last?.itemID == "m.1")
    #expect(try store.snapshot().status(of: "m.1") != .blocked)
    #expect(try store.snapshot().status(of: "m.2") == .done)
  }

  @Test func aVersion1StoreIsMergedToo() throws {
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    try MigrationTests.makeVersion1Store(oldPath("v1/plans"))
    let store = try ProgressStore(path: target)
    let report = try store.mergeLegacyStores(in: data)
    #expect(report.mergedFiles == [oldPath("v1/plans")])
    #expect(try store.snapshot().status(of: "hechuan.measure.parks") == .done)
    #expect(try store.actuals(of: "hechuan.target.revenue").map(\.value) == [1200])
    #expect(try store.history().count == 2)
  }

  @Test func aDamagedOldStoreIsLeftAsItIsAndReported() throws {
    try makeTwoOldStores()
    let bad = data + "/progress-broken-0123456789abcdef.sqlite"
    let bytes = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    try bytes.write(to: URL(fileURLWithPath: bad))
    let report = try ProgressStore(path: target).mergeLegacyStores(in: data)
    #expect(report.mergedFiles.count == 2)
    #expect(report.skipped.map(\.file) == [bad])
    #expect(report.skipped.first?.reason.en.contains("corrupt") == true)
    #expect(FileManager.default.contents(atPath: bad) == bytes)
  }

  @Test func storesMergingAtOnceMergeEachOldStoreOnce() throws {
    for round in 0..<10 {
      let folder = TemporaryFolder()
      let test = LegacyMergeTests(folder: folder)
      try test.makeTwoOldStores()
      let (target, data) = (test.target, test.data)
      let merged = Mutex<[String]>([])
      let failures = Mutex<[String]>([])
      let start = DispatchSemaphore(value: 0)
      let finished = DispatchGroup()
      for index in 0..<6 {
        finished.enter()
        Thread {
          start.wait()
          do {
            let report = try ProgressStore(path: target).mergeLegacyStores(in: data)
            merged.withLock { $0 += report.mergedFiles }
          } catch {
            failures.withLock { $0.append("round \(round) process \(index): \(error)") }
          }
          finished.leave()
        }.start()
      }
      for _ in 0..<6 { start.signal() }
      finished.wait()
      #expect(failures.withLock { $0 } == [])
      #expect(merged.withLock { $0 }.count == 2, "round \(round)")
      #expect(try ProgressStore(path: test.target).history().count == 9, "round \(round)")
      #expect(LegacyStoreFiles.find(in: test.data) == [])
    }
  }
}

extension LegacyMergeTests {
  init() { self.init(folder: TemporaryFolder()) }
}
