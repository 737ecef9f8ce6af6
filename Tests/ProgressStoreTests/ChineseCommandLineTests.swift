import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import ProgressStore

/// The store's subcommands speak Chinese unless the locale names English or English is
/// chosen (`--lang en`, or the saved setting); their refusals name the item by its title and
/// echo the id as typed.
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct ChineseCommandLineTests {
  let folder = TemporaryFolder()
  let plans: FixturePlanFolder
  var store: String { folder.path("progress.sqlite") }

  init() throws {
    plans = try FixturePlanFolder(in: folder)
  }

  /// plandash as run over SSH: `LANG=C.UTF-8`, nothing else naming a language.
  func cli(_ arguments: [String], environment: [String: String] = [:]) throws
    -> PlandashBinary.Result
  {
    var chinese = ["LC_MESSAGES": "", "XDG_CONFIG_HOME": folder.path("config")]
    chinese.merge(environment) { _, new in new }
    return try PlandashBinary.run(
      arguments + ["--plans", plans.path, "--store", store], environment: chinese)
  }

  @Test func refusalsAreChineseAndNameTheItemByItsTitle() throws {
    let year = try cli([
      "actual", "set", "testville.target.revenue", "--year", "2030", "--value", "1",
    ])
    #expect(year.status == 1)
    #expect(
      year.err
        == "plandash: 年份2030不在“规上工业营业收入”（testville.target.revenue）可录入的年份内（2013—2027：规划发布前十年至规划期末）\n"
    )
    let mark = try cli(["mark", "testville.target.revenue"])
    #expect(
      mark.err == "plandash: “规上工业营业收入”（testville.target.revenue）是目标，不是措施；只有措施有状态\n")
    let unknown = try cli(["history", "testville.measure.n1"])
    #expect(unknown.err.hasPrefix("plandash: 未知编号 testville.measure.n1（最接近：testville.measure.m1"))
    let region = try cli(["status", "--region", "testvile"])
    #expect(region.err == "plandash: 未知地区 testvile（最接近：testville）\n")
    let steps = try cli(["undo", "--steps", "0"])
    #expect(steps.err == "plandash: --steps 0：请给1或更大的数\n")
    let value = try cli([
      "actual", "set", "testville.target.revenue", "--year", "2024", "--value", "x",
    ])
    #expect(value.err == "plandash: --value x：不是数字\n")
    #expect(try snapshot().measures.isEmpty && snapshot().actuals.isEmpty)
  }

  @Test func whatCommandsDidIsSaidInChinese() throws {
    let mark = try cli(["mark", "testville.measure.m0", "testville.measure.m1"])
    #expect(mark.out == "已将2项措施标记为已完成，记录号 #1\n")
    let set = try cli([
      "actual", "set", "testville.target.revenue", "--year", "2024", "--value", "150",
    ])
    #expect(set.out == "已录入 “规上工业营业收入”（testville.target.revenue） 2024年 = 150，记录号 #2\n")
    #expect(try cli(["undo"]).out == "已撤销 #2（1条记录）\n")
    #expect(try cli(["actual", "list"]).out == "尚无实际值\n")
    let status = try cli(["status"]).out
    #expect(status.hasPrefix("地区 / 集群"))
    #expect(status.contains("已完成"))
  }

  @Test func englishWhenTheLocaleTheFlagOrTheSavedSettingSaysSo() throws {
    let english = "is a target, not a measure; only measures have a status"
    let locale = try cli(
      ["mark", "testville.target.revenue"], environment: ["LANG": "en_US.UTF-8"])
    #expect(locale.err.contains("“规上工业营业收入” (testville.target.revenue) " + english))
    let flag = try cli(["mark", "testville.target.revenue", "--lang", "en"])
    #expect(flag.err.contains(english))
    // LC_ALL outranks LANG, as POSIX has it.
    let all = try cli(
      ["mark", "testville.target.revenue"],
      environment: ["LANG": "en_US.UTF-8", "LC_ALL": "C.UTF-8"])
    #expect(all.err.contains("是目标，不是措施"))
    // The language saved by the dashboard (`:lang en`) counts, and `--lang zh` outranks it.
    try FileManager.default.createDirectory(
      atPath: folder.path("config/plandash"), withIntermediateDirectories: true)
    try "language = en\n".write(
      toFile: folder.path("config/plandash/config"), atomically: true, encoding: .utf8)
    #expect(try cli(["mark", "testville.target.revenue"]).err.contains(english))
    let zh = try cli(["mark", "testville.target.revenue", "--lang", "zh"])
    #expect(zh.err.contains("是目标，不是措施"))
  }

  @Test func validateSaysEachProblemInChineseWithItsFileAndLine() throws {
    let file = folder.path("bad.yaml")
    let text = try String(contentsOfFile: plans.path + "/testville.yaml", encoding: .utf8)
      .replacingOccurrences(of: "unit: \"亿元\"", with: "unit: \"亿美元\"")
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    let result = try PlandashBinary.run(
      ["validate", file],
      environment: ["LC_MESSAGES": "", "XDG_CONFIG_HOME": folder.path("config")])
    #expect(result.status == 1)
    let line = try #require(result.out.split(separator: "\n").first.map(String.init))
    #expect(line.hasPrefix(file + ":"))
    #expect(line.contains(": 未知单位“亿美元”（已知单位见 docs/plan-format.md）"))
    #expect(result.err.hasSuffix("个文件中共\(result.out.split(separator: "\n").count)处问题\n"))
  }

  @Test func renderDrawsChineseAndRefusesABadSizeInChinese() throws {
    let environment = ["LC_MESSAGES": "", "XDG_CONFIG_HOME": folder.path("config")]
    let screen = try PlandashBinary.run(
      ["render", "--plans", plans.path, "--width", "80", "--height", "24"],
      environment: environment)
    #expect(screen.out.contains("1 地区") && screen.out.contains("?帮助"))
    let english = try PlandashBinary.run(
      ["render", "--plans", plans.path, "--width", "80", "--height", "24"],
      environment: ["LC_MESSAGES": "", "LANG": "en_US.UTF-8"])
    #expect(english.out.contains("1 Regions"))
    let size = try PlandashBinary.run(
      ["render", "--plans", plans.path, "--width", "5000"], environment: environment)
    #expect(size.status == 2)
    #expect(size.err == "plandash: --width 和 --height 须在1到1000之间\n")
  }

  func snapshot() throws -> ProgressSnapshot { try ProgressStore(path: store).snapshot() }
}
