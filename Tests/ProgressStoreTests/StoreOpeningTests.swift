import Foundation
import GRDB
import PlanModel
import PlandashTestSupport
import Synchronization
import Testing

@testable import ProgressStore

@Suite struct StoreOpeningTests {
  @Test func newStoreIsOwnerOnlyInOwnerOnlyFolder() throws {
    let folder = TemporaryFolder()
    let path = folder.path("data/plandash/progress.sqlite")
    let store = try ProgressStore(path: path)
    try store.apply(.setStatus(ids: ["a.measure.x"], status: .done, note: nil), by: "tester")
    var info = stat()
    #expect(stat(path, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
    #expect(stat(folder.path("data/plandash"), &info) == 0)
    #expect(info.st_mode & 0o777 == 0o700)
    #expect(stat(path + "-wal", &info) == 0)
    #expect(info.st_mode & 0o077 == 0, "the write-ahead log must be owner-only too")
  }

  @Test func usesWALWithFullSynchronousCommits() throws {
    let folder = TemporaryFolder()
    let store = try ProgressStore(path: folder.path("p.sqlite"))
    let durability = try store.durability()
    #expect(durability.journalMode == "wal")
    #expect(durability.synchronous >= 2, "synchronous must be FULL (2) or EXTRA (3)")
    // WAL is recorded in the file itself: a plain connection sees it too.
    let plain = try DatabaseQueue(path: folder.path("p.sqlite"))
    #expect(try plain.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
  }

  @Test func newStoreHasCurrentSchemaAndRemembersItsPlansFolder() throws {
    let folder = TemporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder.path("plans"), withIntermediateDirectories: true)
    let store = try ProgressStore(
      path: folder.path("p.sqlite"), plansFolder: folder.path("plans"))
    #expect(try store.schemaVersion() == StoreMigrations.currentVersion)
    #expect(try store.plansFolder() == StoreLocation.canonicalPath(folder.path("plans")))
  }

  @Test func reopeningKeepsEverything() throws {
    let folder = TemporaryFolder()
    let path = folder.path("p.sqlite")
    do {
      let store = try ProgressStore(path: path)
      try store.apply(.setStatus(ids: ["m.1"], status: .blocked, note: "待土地"), by: "a")
      try store.apply(.setActual(Actual(itemID: "t.1", year: 2024, value: 412)), by: "b")
    }
    let reopened = try ProgressStore(path: path)
    let snapshot = try reopened.snapshot()
    #expect(snapshot.measures["m.1"]?.status == .blocked)
    #expect(snapshot.measures["m.1"]?.note == "待土地")
    #expect(snapshot.actuals["t.1"] == [Actual(itemID: "t.1", year: 2024, value: 412)])
  }

  @Test func defaultLocationFollowsXDGDataHome() {
    let path = StoreLocation.resolve(
      storeOption: nil, environment: ["XDG_DATA_HOME": "/home/u/.data", "HOME": "/home/u"])
    #expect(path == "/home/u/.data/plandash/progress.sqlite")
  }

  @Test func defaultLocationFallsBackToLocalShare() {
    let path = StoreLocation.resolve(storeOption: nil, environment: ["HOME": "/home/u"])
    #expect(path == "/home/u/.local/share/plandash/progress.sqlite")
    let relativeXDG = StoreLocation.resolve(
      storeOption: nil, environment: ["HOME": "/home/u", "XDG_DATA_HOME": "relative/data"])
    #expect(relativeXDG == "/home/u/.local/share/plandash/progress.sqlite")
  }

  /// The old layout's per-folder names are told apart from the default store, the demo's
  /// stores and stores already merged.
  @Test func oldLayoutStoresAreFoundByTheirNames() throws {
    let folder = TemporaryFolder()
    let old = StoreLocation.fileName(forPlansFolder: folder.path("plans"))
    let names = [
      old, "progress-my-plans-0123456789abcdef.sqlite", "progress.sqlite",
      "demo-plans-0123456789abcdef.sqlite", old + ".merged", old + "-wal",
      "progress-plans-0123.sqlite", "progress--0123456789abcdef.sqlite", "notes.txt",
    ]
    for name in names {
      #expect(FileManager.default.createFile(atPath: folder.path(name), contents: Data()))
    }
    #expect(
      LegacyStoreFiles.find(in: folder.path).map { ($0 as NSString).lastPathComponent }
        == [old, "progress-my-plans-0123456789abcdef.sqlite"].sorted())
    #expect(LegacyStoreFiles.find(in: folder.path("missing")) == [])
  }

  @Test func storeOptionThenEnvironmentOverrideTheDefault() {
    let environment = ["HOME": "/home/u", "PLANDASH_STORE": "/data/env.sqlite"]
    #expect(
      StoreLocation.resolve(storeOption: "/data/option.sqlite", environment: environment)
        == "/data/option.sqlite")
    #expect(StoreLocation.resolve(storeOption: nil, environment: environment) == "/data/env.sqlite")
  }

  @Test func busyTimeoutComesFromTheEnvironment() {
    #expect(ProgressStore.busyTimeout(environment: [:]) == ProgressStore.defaultBusyTimeout)
    #expect(ProgressStore.busyTimeout(environment: ["PLANDASH_STORE_TIMEOUT": "0.25"]) == 0.25)
    #expect(
      ProgressStore.busyTimeout(environment: ["PLANDASH_STORE_TIMEOUT": "soon"])
        == ProgressStore.defaultBusyTimeout)
  }

  @Test func changeTokenMovesWithOwnAndOtherWrites() throws {
    let folder = TemporaryFolder()
    let path = folder.path("p.sqlite")
    let watcher = try ProgressStore(path: path)
    let start = try watcher.changeToken()
    #expect(try watcher.changeToken() == start)
    try watcher.apply(.setStatus(ids: ["m.1"], status: .done, note: nil), by: "a")
    let afterOwn = try watcher.changeToken()
    #expect(afterOwn != start)
    let other = try ProgressStore(path: path)
    try other.apply(.setNote(id: "m.1", note: "checked"), by: "b")
    #expect(try watcher.changeToken() != afterOwn)
  }

  /// Many connections opening one store that is missing (or an empty file) at the same
  /// moment all get a working store, and creating it leaves no temporary file behind.
  /// SQLite refuses a switch to WAL at once while another connection reads the file, so
  /// this failed before the store was built under a temporary name and linked into place.
  @Test(arguments: [false, true])
  func storesOpenedAtOnceFirstTimeAllWork(startsAsEmptyFile: Bool) throws {
    for round in 0..<100 {
      let folder = TemporaryFolder()
      let path = folder.path("p.sqlite")
      if startsAsEmptyFile {
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
      }
      let failures = Mutex<[String]>([])
      let start = DispatchSemaphore(value: 0)
      let finished = DispatchGroup()
      for index in 0..<8 {
        finished.enter()
        Thread {
          start.wait()
          do {
            let store = try ProgressStore(path: path)
            try store.apply(.setStatus(ids: ["m.\(index)"], status: .done, note: nil), by: "t")
          } catch {
            failures.withLock { $0.append("round \(round) opener \(index): \(error)") }
          }
          finished.leave()
        }.start()
      }
      for _ in 0..<8 { start.signal() }
      finished.wait()
      #expect(failures.withLock { $0 } == [])
      #expect(try ProgressStore(path: path).snapshot().measures.count == 8)
      let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      #expect(left.filter { $0.hasPrefix(".") } == [], "no temporary store is left behind")
    }
  }
}
