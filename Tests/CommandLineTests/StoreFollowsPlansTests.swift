import Foundation
import PlandashTestSupport
import Testing

/// One progress store per user, keyed by item ids: copying or moving the plans folder
/// keeps every status, actual and note; stores of the old layout (one per plans folder)
/// are merged into it once, with one line saying so.
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct StoreFollowsPlansTests {
  let folder = TemporaryFolder()
  var data: String { folder.path("xdg/plandash") }

  /// A data folder of the test's own, in an English or Chinese locale.
  func environment(_ lang: String = "en_US.UTF-8") -> [String: String] {
    [
      "XDG_DATA_HOME": folder.path("xdg"), "HOME": folder.path("home"), "LANG": lang,
      "LC_ALL": "", "LC_MESSAGES": "",
    ]
  }

  func run(_ arguments: [String], lang: String = "en_US.UTF-8") throws -> PlandashBinary.Result {
    try PlandashBinary.run(arguments, environment: environment(lang))
  }

  func copySampleData(to name: String) throws -> String {
    let path = folder.path(name)
    try FileManager.default.copyItem(atPath: PlandashBinary.sampleData, toPath: path)
    return path
  }

  func measureStatus(_ id: String, plans: String) throws -> String? {
    let export = try run(["export", "--format", "json", "--plans", plans])
    let root = try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any]
    let plansList = root?["plans"] as? [[String: Any]] ?? []
    let measures = plansList.flatMap { $0["measures"] as? [[String: Any]] ?? [] }
    return measures.first { $0["id"] as? String == id }?["status"] as? String
  }

  @Test func copyingOrMovingThePlansFolderKeepsProgress() throws {
    let original = try copySampleData(to: "plans")
    let measure = "hechuan.measure.talent"
    let target = "bazhong.target.above-scale-enterprises"
    #expect(
      try run(["mark", measure, "--status", "blocked", "--note", "待用地", "--plans", original])
        .status == 0)
    let set = try run([
      "actual", "set", target, "--year", "2022", "--value", "300", "--plans", original,
    ])
    #expect(set.status == 0, "\(set.err)")
    // A copy beside it (to add one's own plan to), and the original moved elsewhere.
    let copy = folder.path("my-plans")
    try FileManager.default.copyItem(atPath: original, toPath: copy)
    let moved = folder.path("moved/plans")
    try FileManager.default.createDirectory(
      atPath: folder.path("moved"), withIntermediateDirectories: true)
    try FileManager.default.moveItem(atPath: original, toPath: moved)
    for plans in [copy, moved] {
      #expect(try measureStatus(measure, plans: plans) == "blocked", "\(plans)")
      let list = try run(["actual", "list", target, "--plans", plans])
      #expect(list.out.contains("2022") && list.out.contains("300"), "\(list.out)")
      let history = try run(["history", measure, "--plans", plans])
      #expect(history.out.contains("待用地"), "\(history.out)")
    }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: data).filter { $0.hasSuffix(".sqlite") }
        == ["progress.sqlite"])
  }

  /// Two stores as earlier plandash versions left them, for two plans folders.
  func makeOldStores() throws -> [String] {
    let first = data + "/progress-SampleData-00112233445566aa.sqlite"
    let second = data + "/progress-my-plans-00112233445566bb.sqlite"
    #expect(
      try run(["mark", "hechuan.measure.talent", "--note", "旧库一", "--store", first]).status == 0)
    #expect(
      try run([
        "actual", "set", "bazhong.target.above-scale-enterprises", "--year", "2024",
        "--value", "412", "--store", second,
      ]).status == 0)
    return [first, second]
  }

  @Test func oldStoresAreMergedOnceWithOneLine() throws {
    let old = try makeOldStores()
    let first = try run(["actual", "list"])
    #expect(first.status == 0, "\(first.err)")
    #expect(first.out.contains("412"))
    let lines = first.err.split(separator: "\n")
    #expect(lines.count == 1, "\(first.err)")
    #expect(
      first.err.hasPrefix(
        "merged 2 old progress stores (one per plans folder) into \(data)/progress.sqlite: "
          + "1 status, 1 actual, 2 logged operations"), "\(first.err)")
    for path in old {
      #expect(!FileManager.default.fileExists(atPath: path))
      #expect(FileManager.default.fileExists(atPath: path + ".merged"))
    }
    let second = try run(["history"])
    #expect(second.err == "", "a second run is silent")
    #expect(second.out.contains("旧库一") && second.out.contains("412"))
  }

  /// `render` never writes: it leaves the old stores for the next other command.
  @Test func renderMergesNothing() throws {
    let old = try makeOldStores()
    let render = try run(["render", "--width", "100", "--height", "30", "--keys", "q"])
    #expect(render.status == 0 && render.err == "", "\(render.err)")
    #expect(old.allSatisfy { FileManager.default.fileExists(atPath: $0) })
    #expect(!FileManager.default.fileExists(atPath: data + "/progress.sqlite"))
  }

  @Test func theLineIsChineseUnlessTheLocaleIsEnglish() throws {
    _ = try makeOldStores()
    let result = try run(["status"], lang: "zh_CN.UTF-8")
    #expect(result.status == 0, "\(result.err)")
    #expect(
      result.err.hasPrefix("已将2个旧进度库（每个规划文件夹一个）并入 \(data)/progress.sqlite："),
      "\(result.err)")
    #expect(result.err.split(separator: "\n").count == 1)
  }

  @Test func theLineFollowsLangAsEveryMessageDoes() throws {
    _ = try makeOldStores()
    let result = try run(["status", "--lang", "en"], lang: "zh_CN.UTF-8")
    #expect(result.status == 0, "\(result.err)")
    #expect(result.err.hasPrefix("merged 2 old progress stores"), "\(result.err)")
  }

  @Test func processesStartingAtOnceMergeOnceAndSayItOnce() throws {
    _ = try makeOldStores()
    let started = try (0..<4).map { _ in
      try PlandashBinary.start(["actual", "list"], environment: environment())
    }
    let results = started.map { PlandashBinary.finish($0.0, out: $0.1, err: $0.2) }
    for result in results { #expect(result.status == 0, "\(result.err)") }
    #expect(results.filter { $0.err.contains("merged 2 old progress stores") }.count == 1)
    #expect(results.allSatisfy { $0.out.contains("412") })
    let history = try run(["history"])
    #expect(history.out.split(separator: "\n").count == 3, "a header and the 2 changes, once")
  }
}
