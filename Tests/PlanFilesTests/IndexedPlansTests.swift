import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import PlanFiles

#if canImport(Glibc)
  import Glibc
#endif

/// The plans' index beside the load cache: a command reads only the plans it touches, and
/// the index is never trusted once any plan file changed, appeared, went or was renamed —
/// an edit that keeps the size within the same second included.
@Suite struct IndexedPlansTests {
  /// A plans folder with two plans, the second linking to the first's cluster, and a cache.
  struct Setup {
    let plans = TemporaryFolder()
    let caches = TemporaryFolder()
    var cache: PlanCache { PlanCache(path: caches.path + "/plans.cache") }

    init() {
      plans.write("hechuan.yaml", SmallPlan.text)
      plans.write("other.yaml", Self.linking)
      plans.write("third.yaml", Self.plan(region: "third", measure: "third.measure.a"))
    }

    /// A plan whose one measure belongs to hechuan's cluster.
    static let linking = plan(
      region: "other", measure: "other.measure.a", cluster: "hechuan.cluster.auto")

    static func plan(region: String, measure: String, cluster: String? = nil) -> String {
      """
      format: 1
      region:
        id: \(region)
        name: \(region)区
        level: 区
      plan:
        title: 行动方案
        horizon: {start: 2023, end: 2027}
      measures:
        - id: \(measure)
          section: 一
          title: 推进配套
          text: 推进配套。
          lead_units: [区经济信息委]
      \(cluster.map { "    clusters: [\($0)]\n" } ?? "")    source: {section: 一}

      """
    }

    @discardableResult
    func load() -> LoadResult { PlanLoader.load(paths: [plans.path], cache: cache) }

    func open() -> IndexedPlans? { IndexedPlans.open(paths: [plans.path], cache: cache) }
  }

  @Test func aCleanLoadWritesAnIndexThatFindsItemsAndRegions() throws {
    let setup = Setup()
    let full = setup.load()
    #expect(full.problems.isEmpty, "\(full.problems)")
    let indexed = try #require(setup.open())
    #expect(indexed.regions?.map(\.id) == ["hechuan", "other", "third"])
    #expect(indexed.regions?.map(\.name) == full.catalog.plans.map(\.region.name))
    #expect(indexed.region(withID: "HeChuan")?.name == full.catalog.plans[0].region.name)
    #expect(indexed.region(withID: "nowhere") == nil)
    #expect(indexed.files(holding: ["hechuan.measure.auto"]) == [0])
    #expect(indexed.files(holding: ["third.measure.a", "hechuan.target.revenue"]) == [0, 2])
    #expect(
      indexed.files(holding: ["third.measure.a", "hechuan.measure.auto", "third.measure.a"])
        == [0, 2])
    #expect(indexed.files(holding: ["hechuan.measure.auto", "nowhere"]) == nil)
    #expect(indexed.files(ofRegion: "third") == [2])
    #expect(indexed.files(ofRegion: "nowhere") == nil)
    let third = try #require(indexed.load([2]))
    #expect(third.plans == [full.plans[2]])
    #expect(third.files == [setup.plans.path("third.yaml")])
  }

  @Test func aPlanComesWithThePlansItsLinksName() throws {
    let setup = Setup()
    let full = setup.load()
    let indexed = try #require(setup.open())
    let files = try #require(indexed.files(ofRegion: "other"))
    let other = try #require(indexed.load(files))
    #expect(other.plans.map(\.region.id) == ["hechuan", "other"])
    #expect(other.plans == Array(full.plans[0...1]))
    #expect(other.catalog.measures(ofCluster: "hechuan.cluster.auto").count == 1)
  }

  @Test func aLaterFullLoadFromAFreshIndexEqualsAParsedOne() throws {
    let setup = Setup()
    let parsed = PlanLoader.load(paths: [setup.plans.path])
    setup.load()
    let later = setup.load()
    #expect(later.plans == parsed.plans)
    #expect(later.files == parsed.files)
    #expect(later.problems.isEmpty)
  }

  @Test func aSameSizeEditWithinTheSameSecondIsSeen() throws {
    let setup = Setup()
    setup.load()
    let file = setup.plans.path("third.yaml")
    let before = try #require(FileStamp.of(path: file))
    let edited = Setup.plan(region: "third", measure: "third.measure.b")
    #expect(edited.utf8.count == Setup.plan(region: "third", measure: "third.measure.a").utf8.count)
    setup.plans.write("third.yaml", edited)
    // As on a file system whose clock did not move between the two writes: the same
    // modification time, the same size.
    try setTimes(of: file, modified: before.modified)
    #expect(FileStamp.of(path: file)?.modified == before.modified)
    #expect(FileStamp.of(path: file)?.size == before.size)
    #expect(setup.open() == nil)
    let reloaded = setup.load()
    #expect(reloaded.catalog.contains("third.measure.b"))
    #expect(!reloaded.catalog.contains("third.measure.a"))
    #expect(try #require(setup.open()).files(holding: ["third.measure.b"]) == [2])
  }

  @Test func aForgedStampOfRecentContentIsStillHashed() throws {
    // The index recorded the stamp the file has now, but other content: only hashing can
    // tell, and a recent stamp must not vouch for the content.
    let setup = Setup()
    setup.load()
    let cache = setup.cache
    let stored = try #require(PlanIndexFile.open(cache.indexPath))
    var index = stored.index
    let file = setup.plans.path("third.yaml")
    setup.plans.write("third.yaml", Setup.plan(region: "third", measure: "third.measure.b"))
    index.entries[2].stamp = try #require(FileStamp.of(path: file))
    try PlanIndexFile.write(
      index, idTable: try #require(stored.idTableBytes()), to: cache.indexPath)
    #expect(setup.open() == nil)
  }

  @Test func addedRemovedAndRenamedFilesAreSeen() throws {
    let setup = Setup()
    setup.load()
    setup.plans.write("fourth.yaml", Setup.plan(region: "fourth", measure: "fourth.measure.a"))
    #expect(setup.open() == nil)
    #expect(setup.load().catalog.contains("fourth.measure.a"))
    #expect(try #require(setup.open()).files(ofRegion: "fourth") == [0])

    try FileManager.default.removeItem(atPath: setup.plans.path("fourth.yaml"))
    #expect(setup.open() == nil)
    #expect(!setup.load().catalog.contains("fourth.measure.a"))
    #expect(setup.open() != nil)

    try FileManager.default.moveItem(
      atPath: setup.plans.path("third.yaml"), toPath: setup.plans.path("third.yaml.bak"))
    #expect(setup.open() == nil)
    #expect(setup.load().plans.map(\.region.id) == ["hechuan", "other"])

    try FileManager.default.moveItem(
      atPath: setup.plans.path("third.yaml.bak"), toPath: setup.plans.path("a-third.yml"))
    #expect(setup.open() == nil)
    let renamed = setup.load()
    #expect(renamed.files.first == setup.plans.path("a-third.yml"))
    #expect(try #require(setup.open()).files(holding: ["third.measure.a"]) == [0])
  }

  @Test func aFileInANewSubfolderIsSeen() throws {
    let setup = Setup()
    setup.load()
    try FileManager.default.createDirectory(
      atPath: setup.plans.path("more"), withIntermediateDirectories: true)
    setup.plans.write("more/fifth.yaml", Setup.plan(region: "fifth", measure: "fifth.measure.a"))
    #expect(setup.open() == nil)
    #expect(setup.load().catalog.contains("fifth.measure.a"))
  }

  @Test func aLoadWithProblemsKeepsNoIndex() throws {
    let setup = Setup()
    setup.load()
    #expect(FileManager.default.fileExists(atPath: setup.cache.indexPath))
    setup.plans.write("third.yaml", SmallPlan.text)  // hechuan's ids twice
    #expect(!setup.load().problems.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: setup.cache.indexPath))
    #expect(setup.open() == nil)
    #expect(!setup.load().problems.isEmpty)
  }

  @Test func anIndexForOtherPathsOrDamagedIsNotUsed() throws {
    let setup = Setup()
    setup.load()
    #expect(IndexedPlans.open(paths: [setup.plans.path + "/"], cache: setup.cache) == nil)
    let bytes = try #require(FileManager.default.contents(atPath: setup.cache.indexPath))
    setup.caches.write("plans.index", bytes: Array(bytes.prefix(bytes.count / 2)))
    #expect(setup.open() == nil)
    #expect(setup.load().problems.isEmpty)
    #expect(setup.open() != nil)
  }

  @Test func recentFilesAreHashedUntilTheirStampsCanBeTrusted() throws {
    let setup = Setup()
    setup.load()
    let indexPath = setup.cache.indexPath
    // Just written: every stamp is too recent to trust, so opening hashes the files and
    // leaves the index as it is.
    let written = try #require(FileStamp.of(path: indexPath))
    #expect(setup.open() != nil)
    #expect(FileStamp.of(path: indexPath) == written)
    // Files touched without change: their stamps are renewed in the index.
    for name in ["hechuan.yaml", "other.yaml", "third.yaml"] {
      try setTimes(of: setup.plans.path(name), modified: FileStamp.now() - 10_000_000_000)
    }
    #expect(setup.open() != nil)
    let renewed = try #require(PlanIndexFile.open(indexPath))
    #expect(
      renewed.index.entries.map(\.stamp)
        == renewed.index.entries.map { FileStamp.of(path: $0.path) })
  }

  @Test func stampsVouchOnlyWhenWellBeforeTheirMoment() {
    let stamp = FileStamp(
      size: 10, modified: 100_000_000_000, changed: 100_000_000_000, inode: 1, device: 1)
    #expect(stamp.isTrusted(before: 103_000_000_000))
    #expect(!stamp.isTrusted(before: 101_500_000_000))
    #expect(!stamp.isTrusted(before: 99_000_000_000))
    var changedLater = stamp
    changedLater.changed = 102_000_000_000
    #expect(!changedLater.isTrusted(before: 103_000_000_000))
  }

  @Test func theFolderScanListsWhatTheFileListAlwaysListed() throws {
    let folder = TemporaryFolder()
    for name in [
      "b.yaml", "a.yml", ".hidden.yaml", "notes.txt", "sub/c.yaml", ".git/d.yaml",
      "sub/deeper/e.yml",
    ] {
      try FileManager.default.createDirectory(
        atPath: (folder.path(name) as NSString).deletingLastPathComponent,
        withIntermediateDirectories: true)
      folder.write(name, "x")
    }
    let expected = ["a.yml", "b.yaml", "sub/c.yaml", "sub/deeper/e.yml"].map(folder.path)
    #expect(PlanFolderScan.scan(under: folder.path)?.files == expected)
    #expect(PlanFolderScan.scan(under: folder.path + "/")?.files == expected)
    #expect(PlanFileList.expand([folder.path]).files == expected)
  }

  @Test func theIDTableFindsEveryIDAndNoOther() throws {
    let ids = (0..<1000).map { (id: "region\($0 % 37).measure.m\($0)", file: $0 % 37) }
    let folder = TemporaryFolder()
    let path = folder.write("table", bytes: [7, 7, 7] + IDTable.bytes(ids))
    let fd = open(path, O_RDONLY)
    defer { close(fd) }
    for item in ids { #expect(IDTable.file(of: item.id, fd: fd, start: 3) == item.file) }
    #expect(IDTable.file(of: "region1.measure.m1000", fd: fd, start: 3) == nil)
    let empty = folder.write("empty", bytes: IDTable.bytes([]))
    let emptyFD = open(empty, O_RDONLY)
    defer { close(emptyFD) }
    #expect(IDTable.file(of: "x", fd: emptyFD, start: 0) == nil)
  }

  /// Sets a file's modification time (its change time becomes now, as it must).
  func setTimes(of path: String, modified: Int64) throws {
    var times = [
      timespec(tv_sec: Int(modified / 1_000_000_000), tv_nsec: Int(modified % 1_000_000_000)),
      timespec(tv_sec: Int(modified / 1_000_000_000), tv_nsec: Int(modified % 1_000_000_000)),
    ]
    #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
  }
}
