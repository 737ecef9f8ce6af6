import Foundation
import GRDB
import PlanModel
import PlandashTestSupport
import Testing

@testable import ProgressStore

/// The store's subcommands, run through the built `plandash` binary.
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct CommandLineTests {
  let folder = TemporaryFolder()
  let plans: FixturePlanFolder
  var store: String { folder.path("progress.sqlite") }

  init() throws {
    plans = try FixturePlanFolder(in: folder)
  }

  /// Runs plandash on the fixture plans and store.
  func cli(_ arguments: [String], environment: [String: String] = [:]) throws
    -> PlandashBinary.Result
  {
    try PlandashBinary.run(
      arguments + ["--plans", plans.path, "--store", store], environment: environment)
  }

  func snapshot() throws -> ProgressSnapshot { try ProgressStore(path: store).snapshot() }

  func expectOneLineFailure(
    _ result: PlandashBinary.Result, containing text: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(result.status != 0, sourceLocation: sourceLocation)
    #expect(result.err.contains(text), "stderr: \(result.err)", sourceLocation: sourceLocation)
    #expect(
      result.err.split(separator: "\n").count == 1, "stderr: \(result.err)",
      sourceLocation: sourceLocation)
  }

  @Test func markSetsDoneByDefaultAndRecordsWho() throws {
    let result = try cli(["mark", "testville.measure.m0", "testville.measure.m1", "--as", "经信局"])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out == "marked 2 measures done as #1\n")
    let snapshot = try snapshot()
    #expect(snapshot.status(of: "testville.measure.m0") == .done)
    #expect(snapshot.measures["testville.measure.m1"]?.updatedBy == "经信局")
    #expect(snapshot.status(of: "testville.measure.m2") == .todo)
  }

  @Test func markWithStatusAndNote() throws {
    let result = try cli(["mark", "testville.measure.m2", "--status", "blocked", "--note", "缺用地指标"])
    #expect(result.status == 0, "\(result.err)")
    let progress = try #require(try snapshot().measures["testville.measure.m2"])
    #expect(progress.status == .blocked)
    #expect(progress.note == "缺用地指标")
    #expect(progress.updatedBy == UserName.current())
    // Marking again without a note keeps it; an empty note clears it.
    #expect(try cli(["mark", "testville.measure.m2", "--status", "in-progress"]).status == 0)
    #expect(try snapshot().measures["testville.measure.m2"]?.note == "缺用地指标")
    #expect(
      try cli(["mark", "testville.measure.m2", "--status", "done", "--note", ""]).status == 0)
    #expect(try snapshot().measures["testville.measure.m2"]?.note == nil)
    #expect(try snapshot().measures["testville.measure.m2"]?.status == .done)
  }

  @Test func aNoteAloneKeepsEachMeasuresStatus() throws {
    #expect(try cli(["mark", "testville.measure.m0", "--status", "blocked"]).status == 0)
    let result = try cli([
      "mark", "testville.measure.m0", "testville.measure.m1", "--note", "已召开推进会",
    ])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out == "noted 2 measures, status unchanged, as #2–#3\n")
    let snapshot = try snapshot()
    #expect(snapshot.status(of: "testville.measure.m0") == .blocked, "a note never marks done")
    #expect(snapshot.status(of: "testville.measure.m1") == .todo)
    #expect(snapshot.measures["testville.measure.m0"]?.note == "已召开推进会")
    #expect(snapshot.measures["testville.measure.m1"]?.note == "已召开推进会")
    // Without --note or --status, mark still means done.
    #expect(try cli(["mark", "testville.measure.m1"]).out == "marked 1 measure done as #4\n")
  }

  @Test func historyOfAnUnknownIdNamesTheClosest() throws {
    expectOneLineFailure(
      try cli(["history", "testville.measure.n1"]),
      containing: "unknown id testville.measure.n1 (closest: testville.measure.m1")
    let known = try cli(["history", "testville.measure.m1"])
    #expect(
      known.status == 0 && known.out == "no changes recorded for “措施1” (testville.measure.m1)\n")
  }

  @Test func anUnknownIdIsRefusedWithTheClosestAndNothingStored() throws {
    #expect(try cli(["mark", "testville.measure.m0"]).status == 0)
    let before = FileFingerprint(store)
    let result = try cli(["mark", "testville.measure.m1", "testville.measure.n1"])
    expectOneLineFailure(
      result,
      containing:
        "unknown id testville.measure.n1 (closest: testville.measure.m1, testville.measure.m0, testville.measure.m2)"
    )
    #expect(FileFingerprint(store) == before)
    #expect(try snapshot().status(of: "testville.measure.m1") == .todo)
  }

  @Test func aBadStatusIsOneLine() throws {
    expectOneLineFailure(
      try cli(["mark", "testville.measure.m0", "--status", "finished"]),
      containing: "--status finished: not a status")
  }

  @Test func markFromFileIsAllOrNothing() throws {
    let list = folder.path("ids.txt")
    try
      "# 三月完成\ntestville.measure.m0\ntestville.measure.m9 # no such measure\ntestville.measure.m1\n"
      .write(toFile: list, atomically: true, encoding: .utf8)
    let bad = try cli(["mark", "--from-file", list])
    expectOneLineFailure(bad, containing: "\(list):3: unknown id testville.measure.m9")
    #expect(
      !FileManager.default.fileExists(atPath: store), "ids are checked before the store is opened")
    try "testville.measure.m0\r\ntestville.measure.m1\r\n".write(
      toFile: list, atomically: true, encoding: .utf8)
    let good = try cli(["mark", "--from-file", list, "testville.measure.m2"])
    #expect(good.status == 0, "\(good.err)")
    #expect(try snapshot().measures.count == 3)
    // One command, one operation: one undo takes back all three.
    #expect(try cli(["undo"]).status == 0)
    #expect(try snapshot().measures.isEmpty)
  }

  @Test func onlyMeasuresCanBeMarked() throws {
    expectOneLineFailure(
      try cli(["mark", "testville.target.revenue"]),
      containing: "“规上工业营业收入” (testville.target.revenue) is a target, not a measure")
  }

  @Test func actualSetAndList() throws {
    let set = try cli([
      "actual", "set", "testville.target.revenue", "--year", "2024", "--value", "150.5", "--note",
      "统计公报",
    ])
    #expect(set.status == 0, "\(set.err)")
    #expect(set.out == "“规上工业营业收入” (testville.target.revenue) 2024 = 150.5 recorded as #1\n")
    #expect(
      try cli(["actual", "set", "testville.target.revenue", "--year", "2022", "--value", "100"])
        .status == 0)
    let list = try cli(["actual", "list"])
    #expect(list.status == 0)
    let lines = list.out.split(separator: "\n").map {
      $0.split(separator: " ").joined(separator: " ")
    }
    #expect(
      lines == [
        "id year value note", "testville.target.revenue 2022 100",
        "testville.target.revenue 2024 150.5 统计公报",
      ])
    #expect(
      try cli(["actual", "list", "testville.target.other"]).out.contains("no actual figures"))
  }

  @Test func aNegativeFigureIsAValueNotAnOption() throws {
    let set = try cli([
      "actual", "set", "testville.target.revenue", "--year", "2024", "--value", "-5", "--note",
      "-同比下降",
    ])
    #expect(set.status == 0, "\(set.err)")
    #expect(set.out == "“规上工业营业收入” (testville.target.revenue) 2024 = -5 recorded as #1\n")
    let stored = try snapshot().actuals["testville.target.revenue"]
    #expect(stored?.map(\.value) == [-5])
    #expect(stored?.map(\.note) == ["-同比下降"])
  }

  @Test func fullWidthDigitsAreTheNumberTheyLookLike() throws {
    let set = try cli([
      "actual", "set", "testville.target.revenue", "--year", "２０２４", "--value", "６１",
    ])
    #expect(set.status == 0, "\(set.err)")
    #expect(set.out == "“规上工业营业收入” (testville.target.revenue) 2024 = 61 recorded as #1\n")
    let grouped = try cli([
      "actual", "set", "testville.target.revenue", "--year", "2025", "--value", "－1,234．5",
    ])
    #expect(grouped.status == 0, "\(grouped.err)")
    #expect(try snapshot().actuals["testville.target.revenue"]?.map(\.value) == [61, -1234.5])
    expectOneLineFailure(
      try cli([
        "actual", "set", "testville.target.revenue", "--year", "2026", "--value", "1,23",
      ]), containing: "--value 1,23: not a number")
  }

  @Test func csvImportReadsFullWidthFigures() throws {
    let csv = folder.path("wps.csv")
    try Data(
      ("id,year,value\r\ntestville.target.revenue,2023,６１\r\n"
        + "testville.target.revenue,２０２４,\"１，１５０\"\r\n").utf8
    ).write(to: URL(fileURLWithPath: csv))
    let result = try cli(["actual", "import", csv])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out == "imported 2 figures as #1\n")
    #expect(
      try snapshot().actuals["testville.target.revenue"] == [
        Actual(itemID: "testville.target.revenue", year: 2023, value: 61),
        Actual(itemID: "testville.target.revenue", year: 2024, value: 1150),
      ])
  }

  @Test func actualSetRefusesBadInputNamingIt() throws {
    #expect(try cli(["mark", "testville.measure.m0"]).status == 0)
    let before = FileFingerprint(store)
    let base = ["actual", "set", "testville.target.revenue"]
    expectOneLineFailure(
      try cli(base + ["--year", "2024", "--value", "abc"]), containing: "--value abc: not a number")
    expectOneLineFailure(
      try cli(base + ["--year", "二〇二四", "--value", "1"]), containing: "--year 二〇二四: not a year")
    expectOneLineFailure(
      try cli(base + ["--year", "2030", "--value", "1"]),
      containing:
        "year 2030 is outside the years accepted for “规上工业营业收入” (testville.target.revenue) (2013–2027:"
    )
    expectOneLineFailure(
      try cli(["actual", "set", "testville.target.revnue", "--year", "2024", "--value", "1"]),
      containing: "unknown id testville.target.revnue (closest: testville.target.revenue)")
    #expect(FileFingerprint(store) == before)
  }

  @Test func csvImportGoodFileIsOneOperation() throws {
    let csv = folder.path("actuals.csv")
    try Data(
      ("\u{FEFF}id,year,value,note\r\ntestville.target.revenue,2023,120,\"年报, 第3页\"\r\n"
        + "testville.target.revenue,2024,\"1,150\",\r\n").utf8
    ).write(to: URL(fileURLWithPath: csv))
    let result = try cli(["actual", "import", csv])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out == "imported 2 figures as #1\n")
    #expect(
      try snapshot().actuals["testville.target.revenue"] == [
        Actual(itemID: "testville.target.revenue", year: 2023, value: 120, note: "年报, 第3页"),
        Actual(itemID: "testville.target.revenue", year: 2024, value: 1150),
      ])
    #expect(try cli(["undo"]).status == 0)
    #expect(try snapshot().actuals.isEmpty)
  }

  @Test func csvImportWithBadRowsReportsEachAndImportsNothing() throws {
    #expect(try cli(["mark", "testville.measure.m0"]).status == 0)
    let before = FileFingerprint(store)
    let csv = folder.path("bad.csv")
    try """
    id,year,value,note
    testville.target.revenue,2023,120,good
    testville.target.revenue,2024,n/a,
    testville.target.revenue,2040,1,
    testville.measure.m0,2024,1,

    """.write(toFile: csv, atomically: true, encoding: .utf8)
    let result = try cli(["actual", "import", csv])
    #expect(result.status != 0)
    let lines = result.err.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "plandash: \(csv):3: value \"n/a\" is not a number",
        "\(csv):4: year 2040 is outside the years accepted for “规上工业营业收入” (testville.target.revenue) (2013–2027: from ten years before the plan was issued to the end of its horizon)",
        "\(csv):5: “措施0” (testville.measure.m0) is a measure; actual figures are recorded for targets, indicators, ladder tiers and clusters with a scale",
        "nothing was imported (3 bad rows)",
      ])
    #expect(FileFingerprint(store) == before)
  }

  @Test func historyUndoAndRedo() throws {
    #expect(try cli(["mark", "testville.measure.m0", "--as", "经信局"]).status == 0)
    #expect(try cli(["mark", "testville.measure.m0", "--status", "blocked"]).status == 0)
    let undo = try cli(["undo", "--as", "区政府办"])
    #expect(undo.out == "undid #2 (1 record)\n")
    #expect(try snapshot().status(of: "testville.measure.m0") == .done)
    let history = try cli(["history", "testville.measure.m0"])
    #expect(history.status == 0)
    let lines = history.out.split(separator: "\n").dropFirst()
    #expect(lines.count == 3)
    #expect(lines[lines.startIndex].contains("经信局") && lines[lines.startIndex].contains("— → done"))
    #expect(lines.dropFirst().first?.contains("status (undone)") == true)
    #expect(lines.last?.contains("undo #2") == true && lines.last?.contains("区政府办") == true)
    #expect(try cli(["redo"]).out == "redid #2 (1 record)\n")
    #expect(try snapshot().status(of: "testville.measure.m0") == .blocked)
    expectOneLineFailure(try cli(["redo"]), containing: "nothing to redo in store \(store)")
    #expect(try cli(["undo", "--steps", "2"]).status == 0)
    #expect(try snapshot().measures.isEmpty)
    expectOneLineFailure(try cli(["undo"]), containing: "nothing to undo in store \(store)")
  }

  @Test func undoStepsIsAllOrNothing() throws {
    #expect(try cli(["mark", "testville.measure.m0"]).status == 0)
    let before = FileFingerprint(store)
    expectOneLineFailure(
      try cli(["undo", "--steps", "3"]),
      containing: "--steps 3: only 1 change is left to undo in store \(store)")
    #expect(FileFingerprint(store) == before)
  }

  @Test func statusCountsPerRegionAndCluster() throws {
    #expect(try cli(["mark", "testville.measure.m0"]).status == 0)
    #expect(try cli(["mark", "testville.measure.m1", "--status", "in-progress"]).status == 0)
    let result = try cli(["status", "--region", "testville"])
    #expect(result.status == 0, "\(result.err)")
    let rows = result.out.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
    #expect(
      rows[0] == [
        "region", "/", "cluster", "id", "todo", "in-progress", "done", "blocked", "total",
      ])
    #expect(rows[1] == ["测试县", "testville", "1", "1", "1", "0", "3"])
    #expect(rows[2] == ["食品", "testville.cluster.food", "0", "0", "1", "0", "1"])
    #expect(rows[3] == ["(no", "cluster)", "1", "1", "0", "0", "2"])
    expectOneLineFailure(
      try cli(["status", "--region", "testvile"]),
      containing: "unknown region testvile (closest: testville)")
  }

  @Test func progressOfAMeasureRemovedFromThePlanIsKeptAsAnOrphan() throws {
    #expect(try cli(["mark", "testville.measure.m1", "testville.measure.m2"]).status == 0)
    #expect(try cli(["status", "--orphans"]).out.contains("no orphaned progress"))
    try plans.write(measures: 3, leaving: [2])
    let orphans = try cli(["status", "--orphans"])
    #expect(orphans.status == 0, "\(orphans.err)")
    #expect(orphans.out.contains("testville.measure.m2"))
    #expect(!orphans.out.contains("testville.measure.m1"))
    // Restoring the measure in the plan file brings its progress back: kept by id.
    try plans.write(measures: 3)
    #expect(try cli(["status", "--orphans"]).out.contains("no orphaned progress"))
    #expect(try snapshot().status(of: "testville.measure.m2") == .done)
  }

  @Test func defaultStoreIsOnePerUserUnderXDGDataHome() throws {
    let data = folder.path("xdg")
    let environment = ["XDG_DATA_HOME": data, "HOME": folder.path("home")]
    let result = try PlandashBinary.run(
      ["mark", "testville.measure.m0", "--plans", plans.path], environment: environment)
    #expect(result.status == 0, "\(result.err)")
    let files = try FileManager.default.contentsOfDirectory(atPath: data + "/plandash")
      .filter { $0.hasSuffix(".sqlite") }
    #expect(files == ["progress.sqlite"])
    let file = data + "/plandash/progress.sqlite"
    #expect(file == StoreLocation.resolve(storeOption: nil, environment: environment))
    var info = stat()
    #expect(stat(file, &info) == 0 && info.st_mode & 0o777 == 0o600)
    #expect(stat(data + "/plandash", &info) == 0 && info.st_mode & 0o777 == 0o700)
    // PLANDASH_STORE overrides it.
    let other = folder.path("env.sqlite")
    var withStore = environment
    withStore["PLANDASH_STORE"] = other
    #expect(
      try PlandashBinary.run(
        ["mark", "testville.measure.m1", "--plans", plans.path], environment: withStore
      )
      .status == 0)
    #expect(
      try ProgressStore(path: other).snapshot().measures.keys.sorted() == ["testville.measure.m1"])
    #expect(
      try ProgressStore(path: file).snapshot().measures.keys.sorted() == ["testville.measure.m0"])
  }

  @Test func damagedStoresAreRefusedByEveryCommandAndLeftAsTheyWere() throws {
    try StoreFixture.make(store)
    try StoreFixture.overwrite(store, at: 4096, with: Array(repeating: 0xA5, count: 8192))
    let before = FileFingerprint(store)
    for arguments in [
      ["mark", "testville.measure.m0"], ["status"], ["history"], ["undo"], ["redo"],
      ["actual", "list"],
    ] {
      expectOneLineFailure(try cli(arguments), containing: "store \(store) is corrupt")
    }
    #expect(FileFingerprint(store) == before)
  }

  @Test func storeCheckReadsEveryPage() throws {
    try StoreFixture.make(store)
    let sound = try PlandashBinary.run(["store", "check", "--store", store, "--lang", "en"])
    #expect(sound.status == 0)
    #expect(sound.out == "store \(store) is sound: every page was read\n")
    try StoreFixture.overwrite(store, at: 4096, with: Array(repeating: 0xA5, count: 8192))
    let before = FileFingerprint(store)
    expectOneLineFailure(
      try PlandashBinary.run(["store", "check", "--store", store, "--lang", "zh"]),
      containing: "进度库 \(store)")
    #expect(FileFingerprint(store) == before)
  }

  @Test func truncatedNewerAndReadOnlyStoresAreRefused() throws {
    try StoreFixture.make(store)
    let size = try #require(try FileManager.default.attributesOfItem(atPath: store)[.size] as? Int)
    let copy = try Data(contentsOf: URL(fileURLWithPath: store))
    #expect(truncate(store, off_t(size - 4096)) == 0)
    var before = FileFingerprint(store)
    expectOneLineFailure(
      try cli(["mark", "testville.measure.m0"]), containing: "store \(store) is truncated")
    #expect(FileFingerprint(store) == before)

    try copy.write(to: URL(fileURLWithPath: store))
    let queue = try DatabaseQueue(path: store)
    try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 7") }
    try queue.close()
    try StoreFixture.checkpoint(store)
    before = FileFingerprint(store)
    let filesBefore = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    expectOneLineFailure(
      try cli(["mark", "testville.measure.m0"]), containing: "has schema version 7, newer than")
    #expect(FileFingerprint(store) == before)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == filesBefore,
      "no -wal or -shm file is left beside a refused store")

    try copy.write(to: URL(fileURLWithPath: store))
    #expect(chmod(store, 0o444) == 0)
    before = FileFingerprint(store)
    expectOneLineFailure(try cli(["mark", "testville.measure.m0"]), containing: "is read-only")
    #expect(FileFingerprint(store) == before)
  }

  @Test func aStoreLockedTooLongIsRefusedAfterWaiting() throws {
    #expect(try cli(["mark", "testville.measure.m0"]).status == 0)
    var configuration = Configuration()
    configuration.allowsUnsafeTransactions = true
    let holder = try DatabaseQueue(path: store, configuration: configuration)
    try holder.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
    let before = FileFingerprint(store)
    let started = Date()
    let result = try cli(
      ["mark", "testville.measure.m1"], environment: ["PLANDASH_STORE_TIMEOUT": "0.5"])
    expectOneLineFailure(
      result, containing: "store \(store) is locked by another writer (waited 0.5 s)")
    #expect(Date().timeIntervalSince(started) >= 0.5)
    #expect(FileFingerprint(store) == before)
    try holder.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
    try holder.close()
  }

  @Test func processesMarkingAtOnceAllSucceedAndNoMarkIsLost() throws {
    let plans = try FixturePlanFolder(in: folder, measures: 16)
    let started = try (0..<16).map { index in
      try PlandashBinary.start([
        "mark", "testville.measure.m\(index)", "--note", "process \(index)", "--plans", plans.path,
        "--store", store,
      ])
    }
    let results = started.map { PlandashBinary.finish($0.0, out: $0.1, err: $0.2) }
    for result in results { #expect(result.status == 0, "\(result.err)") }
    let snapshot = try snapshot()
    #expect(snapshot.measures.count == 16)
    #expect(
      (0..<16).allSatisfy { snapshot.measures["testville.measure.m\($0)"]?.note == "process \($0)" }
    )
    #expect(try ProgressStore(path: store).history().count == 16)
  }

  @Test func exportAsJSONCarriesStatusAndActuals() throws {
    #expect(
      try cli(["mark", "testville.measure.m1", "--status", "blocked", "--note", "缺资金"]).status == 0)
    #expect(
      try cli(["actual", "set", "testville.target.revenue", "--year", "2024", "--value", "150"])
        .status
        == 0)
    let export = try cli(["export", "--format", "json"])
    #expect(export.status == 0, "\(export.err)")
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any])
    let plan = try #require((root["plans"] as? [[String: Any]])?.first)
    let measures = try #require(plan["measures"] as? [[String: Any]])
    let m1 = try #require(measures.first { $0["id"] as? String == "testville.measure.m1" })
    #expect(m1["status"] as? String == "blocked")
    #expect(m1["status_note"] as? String == "缺资金")
    let m0 = try #require(measures.first { $0["id"] as? String == "testville.measure.m0" })
    #expect(m0["status"] as? String == "todo", "a measure never marked is todo")
    #expect(m0["status_updated_at"] == nil && m0["status_updated_by"] == nil)
    let target = try #require((plan["targets"] as? [[String: Any]])?.first)
    let actuals = try #require(target["actuals"] as? [[String: Any]])
    #expect(actuals.map { $0["year"] as? Int } == [2024])
    #expect(actuals.map { $0["value"] as? Double } == [150])
  }

  @Test func processesMarkingTheSameMeasureAtOnceAreAllLogged() throws {
    let started = try (0..<8).map { index in
      try PlandashBinary.start(
        ["mark", "testville.measure.m0", "--note", "writer \(index)", "--as", "单位\(index)"]
          + ["--plans", plans.path, "--store", store])
    }
    let results = started.map { PlandashBinary.finish($0.0, out: $0.1, err: $0.2) }
    for result in results { #expect(result.status == 0, "\(result.err)") }
    let history = try ProgressStore(path: store).history(id: "testville.measure.m0")
    #expect(history.count == 8, "every writer's change is in the log")
    #expect(Set(history.map(\.by)) == Set((0..<8).map { "单位\($0)" }))
    // The record holds the last one committed, and each entry's old value is the one before.
    #expect(try snapshot().measures["testville.measure.m0"]?.note == history.last?.newValue?.note)
    for (earlier, later) in zip(history, history.dropFirst()) {
      #expect(later.oldValue == earlier.newValue)
    }
  }

  @Test func settingTheSameFigureAgainChangesNothing() throws {
    let arguments = [
      "actual", "set", "testville.target.revenue", "--year", "2024", "--value", "150",
    ]
    #expect(try cli(arguments).status == 0)
    let again = try cli(arguments)
    #expect(again.status == 0)
    #expect(
      again.out == "nothing changed: “规上工业营业收入” (testville.target.revenue) 2024 is already 150\n")
    #expect(try ProgressStore(path: store).history().count == 1)
  }
}
