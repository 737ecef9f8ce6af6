import Foundation
import PlandashTestSupport
import Testing

/// Issue 15: `mark`, `actual`, `history`, `list --region`, `status --region` and
/// `report --region` read only the plans they touch through the index beside the load
/// cache — and see every change made to the plan files between two commands.
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct IndexedCommandsTests {
  let folder = TemporaryFolder()
  var plans: String { folder.path("plans") }
  var environment: [String: String] {
    ["XDG_CACHE_HOME": folder.path("cache"), "XDG_DATA_HOME": folder.path("data")]
  }

  init() throws {
    try FileManager.default.createDirectory(atPath: plans, withIntermediateDirectories: true)
    for region in ["bazhong", "chengdu", "hechuan", "nanchong", "tongcheng"] {
      try FileManager.default.copyItem(
        atPath: PlandashBinary.sampleData + "/\(region).yaml", toPath: plans + "/\(region).yaml")
    }
  }

  func run(_ arguments: [String]) throws -> PlandashBinary.Result {
    try PlandashBinary.run(arguments + ["--plans", plans], environment: environment)
  }

  /// The index files written beside the load cache.
  var indexFiles: [String] {
    let cache = folder.path("cache/plandash")
    return ((try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? [])
      .filter { $0.hasSuffix(".index") }
  }

  @Test func aSameSizeEditBetweenTwoCommandsIsSeen() throws {
    let first = try run(["list", "measures", "--region", "hechuan"])
    #expect(first.status == 0, "\(first.err)")
    #expect(first.out.contains("智能网联新能源汽车零部件"))
    #expect(indexFiles.count == 1)
    let file = plans + "/hechuan.yaml"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let edited = text.replacingOccurrences(of: "智能网联新能源汽车零部件", with: "智能网联新能源汽车部件零")
    #expect(edited.utf8.count == text.utf8.count && edited != text)
    try Data(edited.utf8).write(to: URL(fileURLWithPath: file))
    let second = try run(["list", "measures", "--region", "hechuan"])
    #expect(second.status == 0, "\(second.err)")
    #expect(second.out.contains("智能网联新能源汽车部件零"))
    #expect(!second.out.contains("智能网联新能源汽车零部件"))
  }

  @Test func markAndHistorySeeARemovedAndAnAddedPlan() throws {
    let marked = try run(["mark", "hechuan.measure.auto-parts"])
    #expect(marked.status == 0, "\(marked.err)")
    let history = try run(["history", "hechuan.measure.motorcycles"])
    #expect(history.status == 0, "\(history.err)")
    try FileManager.default.moveItem(
      atPath: plans + "/hechuan.yaml", toPath: folder.path("hechuan.yaml"))
    let refused = try run(["mark", "hechuan.measure.motorcycles"])
    #expect(refused.status != 0)
    #expect(refused.err.contains("unknown id hechuan.measure.motorcycles"), "\(refused.err)")
    let unknown = try run(["history", "hechuan.measure.motorcycles"])
    #expect(unknown.status != 0)
    // Back under another name: the plan is found again.
    try FileManager.default.moveItem(
      atPath: folder.path("hechuan.yaml"), toPath: plans + "/合川.yml")
    let again = try run(["mark", "hechuan.measure.motorcycles", "--status", "in-progress"])
    #expect(again.status == 0, "\(again.err)")
  }

  @Test func regionCommandsSeeARenamedAndAnAddedFile() throws {
    #expect(try run(["status", "--region", "nanchong"]).status == 0)
    try FileManager.default.moveItem(
      atPath: plans + "/nanchong.yaml", toPath: plans + "/nanchong.yaml.bak")
    let gone = try run(["status", "--region", "nanchong"])
    #expect(gone.status != 0)
    #expect(try run(["list", "measures", "--region", "nanchong"]).status != 0)
    try FileManager.default.createDirectory(
      atPath: plans + "/more", withIntermediateDirectories: true)
    try FileManager.default.moveItem(
      atPath: plans + "/nanchong.yaml.bak", toPath: plans + "/more/nanchong.yaml")
    let back = try run(["report", "--region", "南充"])
    #expect(back.status == 0, "\(back.err)")
    #expect(back.out.contains("南充"))
  }

  @Test func aRegionReadAloneReportsAsAFullLoadDoes() throws {
    let full = try run(["report", "--region", "hechuan", "--format", "json"])
    #expect(full.status == 0, "\(full.err)")
    // The first command wrote the index; this one reads hechuan's plan alone.
    #expect(indexFiles.count == 1)
    let alone = try run(["report", "--region", "hechuan", "--format", "json"])
    #expect(alone.out == full.out)
    let status = try run(["status", "--region", "hechuan"])
    try FileManager.default.removeItem(atPath: folder.path("cache"))
    #expect(try run(["status", "--region", "hechuan"]).out == status.out)
  }

  @Test func aPlanBrokenAfterTheIndexStopsEveryCommand() throws {
    #expect(try run(["list", "measures", "--region", "hechuan"]).status == 0)
    let file = plans + "/bazhong.yaml"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    try Data((text + "\nunknown_key: 1\n").utf8).write(to: URL(fileURLWithPath: file))
    let refused = try run(["mark", "hechuan.measure.auto-parts"])
    #expect(refused.status != 0)
    #expect(refused.err.contains("bazhong.yaml"), "\(refused.err)")
  }

  /// The dashboard's start: lazily, through the fresh index (only the plans shown are
  /// decoded), the same screens as a full load; an edit between two starts is seen.
  @Test func renderStartsLazilyOnTheIndexAndSeesAnEditBetweenStarts() throws {
    let scripts = ["", "G", "j j Enter", "5 A", "/ 合川 Enter Tab Tab", "o o o o"]
    let render = { (keys: String) in
      try self.run(["render", "--width", "110", "--height", "40", "--lang", "en", "--keys", keys])
    }
    let full = try scripts.map(render)
    #expect(full.allSatisfy { $0.status == 0 }, "\(full.map(\.err))")
    #expect(indexFiles.count == 1)
    let lazy = try scripts.map(render)
    #expect(lazy.map(\.out) == full.map(\.out))
    let file = plans + "/hechuan.yaml"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let edited = text.replacingOccurrences(of: "合川区", with: "合州区")
    #expect(edited.utf8.count == text.utf8.count && edited != text)
    try Data(edited.utf8).write(to: URL(fileURLWithPath: file))
    let after = try render("")
    #expect(after.status == 0, "\(after.err)")
    #expect(after.out.contains("合州区") && !after.out.contains("合川区"), "\(after.out)")
  }
}
