import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import PlanFiles

#if canImport(Glibc)
  import Glibc
#endif

/// The index skips listing the plans folder while every folder searched keeps a stamp old
/// enough to trust — and still sees every file added, removed or renamed, in the folder or
/// in one under it.
@Suite struct IndexFolderStampsTests {
  typealias Setup = IndexedPlansTests.Setup

  /// Makes every stamp the index holds old enough to trust, as if the index had been
  /// written ten seconds from now (the times a real index reaches after a few seconds).
  func trustEverything(_ setup: Setup) throws {
    let path = setup.cache.indexPath
    let stored = try #require(PlanIndexFile.open(path))
    var index = stored.index
    index.observedAt = FileStamp.now() + 10_000_000_000
    try PlanIndexFile.write(index, idTable: try #require(stored.idTableBytes()), to: path)
    let moment = timespec(
      tv_sec: Int(index.observedAt / 1_000_000_000), tv_nsec: Int(index.observedAt % 1_000_000_000))
    var times = [moment, moment]
    #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
  }

  func check(_ setup: Setup) throws -> IndexFreshness.Fresh? {
    IndexFreshness.check(
      try #require(PlanIndexFile.open(setup.cache.indexPath)), paths: [setup.plans.path])
  }

  @Test func theIndexRecordsEveryFolderSearched() throws {
    let setup = Setup()
    try FileManager.default.createDirectory(
      atPath: setup.plans.path("more/deeper"), withIntermediateDirectories: true)
    setup.plans.write("more/deeper/fifth.yaml", Setup.plan(region: "fifth", measure: "fifth.m"))
    #expect(setup.load().problems.isEmpty)
    let index = try #require(PlanIndexFile.open(setup.cache.indexPath)).index
    #expect(
      index.folders.map(\.path)
        == [setup.plans.path, setup.plans.path("more"), setup.plans.path("more/deeper")])
    #expect(index.folders.allSatisfy { FileStamp.of(path: $0.path) == $0.stamp })
  }

  @Test func recentFoldersAreListedAndTrustedOnesAreNot() throws {
    let setup = Setup()
    setup.load()
    // Just written: the folder's stamp is too recent to vouch for the list.
    #expect(try check(setup)?.listed == true)
    try trustEverything(setup)
    let fresh = try #require(try check(setup))
    #expect(!fresh.listed)
    #expect(!fresh.renewed)
    #expect(try #require(setup.open()).files(holding: ["third.measure.a"]) == [2])
  }

  @Test func withTrustedFoldersAnAddedFileIsSeen() throws {
    let setup = Setup()
    setup.load()
    try trustEverything(setup)
    setup.plans.write("fourth.yaml", Setup.plan(region: "fourth", measure: "fourth.measure.a"))
    #expect(setup.open() == nil)
    #expect(setup.load().catalog.contains("fourth.measure.a"))
  }

  @Test func withTrustedFoldersARemovedFileIsSeen() throws {
    let setup = Setup()
    setup.load()
    try trustEverything(setup)
    try FileManager.default.removeItem(atPath: setup.plans.path("third.yaml"))
    #expect(setup.open() == nil)
    #expect(!setup.load().catalog.contains("third.measure.a"))
  }

  @Test func withTrustedFoldersARenameIsSeen() throws {
    let setup = Setup()
    setup.load()
    try trustEverything(setup)
    try FileManager.default.moveItem(
      atPath: setup.plans.path("third.yaml"), toPath: setup.plans.path("a-third.yml"))
    #expect(setup.open() == nil)
    #expect(setup.load().files.first == setup.plans.path("a-third.yml"))
  }

  @Test func withTrustedFoldersChangesInASubfolderAreSeen() throws {
    let setup = Setup()
    try FileManager.default.createDirectory(
      atPath: setup.plans.path("more"), withIntermediateDirectories: true)
    setup.plans.write("more/fifth.yaml", Setup.plan(region: "fifth", measure: "fifth.measure.a"))
    setup.load()
    try trustEverything(setup)
    // A file added beside another in the subfolder: only the subfolder's times change.
    setup.plans.write("more/sixth.yaml", Setup.plan(region: "sixth", measure: "sixth.measure.a"))
    #expect(setup.open() == nil)
    #expect(setup.load().catalog.contains("sixth.measure.a"))
    try trustEverything(setup)
    // A new folder deeper down, with a plan in it.
    try FileManager.default.createDirectory(
      atPath: setup.plans.path("more/deeper"), withIntermediateDirectories: true)
    setup.plans.write(
      "more/deeper/seventh.yaml", Setup.plan(region: "seventh", measure: "seventh.measure.a"))
    #expect(setup.open() == nil)
    #expect(setup.load().catalog.contains("seventh.measure.a"))
    try trustEverything(setup)
    // The subfolder moved out of the plans folder.
    try FileManager.default.moveItem(
      atPath: setup.plans.path("more"), toPath: setup.caches.path("more"))
    #expect(setup.open() == nil)
    #expect(!setup.load().catalog.contains("fifth.measure.a"))
  }

  @Test func withTrustedFoldersAnEditIsStillSeen() throws {
    let setup = Setup()
    setup.load()
    try trustEverything(setup)
    setup.plans.write("third.yaml", Setup.plan(region: "third", measure: "third.measure.bb"))
    #expect(setup.open() == nil)
    #expect(setup.load().catalog.contains("third.measure.bb"))
  }
}
