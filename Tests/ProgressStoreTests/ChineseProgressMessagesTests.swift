import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import ProgressStore

/// `actual delete`, the history of a deleted figure, the store's own errors and a bad
/// `--lang`, said in Chinese where the user reads Chinese.
extension ChineseCommandLineTests {
  @Test func deletingAnActualAndItsHistoryAreSaidInChinese() throws {
    let set = try cli([
      "actual", "set", "testville.target.revenue", "--year", "2024", "--value", "412",
      "--note", "统计公报",
    ])
    #expect(set.status == 0, "\(set.err)")
    let deleted = try cli(["actual", "delete", "testville.target.revenue", "--year", "2024"])
    #expect(
      deleted.out
        == "已删除 “规上工业营业收入”（testville.target.revenue） 2024年 = 412，记录号 #2（plandash undo 可恢复）\n")
    let history = try cli(["history", "testville.target.revenue"]).out
    #expect(history.contains("412（统计公报） → （已删除）"), "\(history)")
    #expect(history.contains("实际值") && !history.contains("actual"), "\(history)")
    let missing = try cli(["actual", "delete", "testville.target.revenue", "--year", "2023"])
    #expect(missing.status == 1)
    #expect(
      missing.err
        == "plandash: “规上工业营业收入”（testville.target.revenue） 没有2023年的实际值；未删除任何数据\n")
    #expect(try cli(["undo"]).out == "已撤销 #2（1条记录）\n")
    let undone = try cli(["history", "testville.target.revenue"]).out
    #expect(undone.contains("实际值（已撤销）") && undone.contains("撤销 #2"), "\(undone)")
  }

  @Test func aFigureOfAnotherYearIsNamedWithTheYearsRecorded() throws {
    for year in ["2024", "2025"] {
      let set = try cli([
        "actual", "set", "testville.target.revenue", "--year", year, "--value", "1",
      ])
      #expect(set.status == 0, "\(set.err)")
    }
    let missing = try cli(["actual", "delete", "testville.target.revenue", "--year", "2023"])
    #expect(
      missing.err
        == "plandash: “规上工业营业收入”（testville.target.revenue） 没有2023年的实际值（已录入年份：2024、2025）；未删除任何数据\n"
    )
  }

  @Test func theStoresOwnErrorsAreSaidInChinese() throws {
    let undo = try cli(["undo"])
    #expect(undo.status == 1)
    #expect(undo.err == "plandash: 进度库 \(store) 中没有可撤销的更改\n")
    // Longer than an SQLite header, but text.
    try String(repeating: "not a database, just text\n", count: 10).write(
      toFile: store, atomically: true, encoding: .utf8)
    let mark = try cli(["mark", "testville.measure.m0"])
    #expect(mark.status == 1)
    #expect(mark.err == "plandash: 进度库 \(store) 已损坏（不是 SQLite 数据库），文件保持原样\n")
    let english = try cli(["mark", "testville.measure.m0", "--lang", "en"])
    #expect(
      english.err
        == "plandash: store \(store) is corrupt (not an SQLite database); it was left as it is\n")
  }

  @Test func aBadLangIsRefusedBeforeAnythingRunsInTheRunsLanguage() throws {
    let mark = try cli(["mark", "testville.measure.m0", "--lang", "fr"])
    #expect(mark.status == 2)
    #expect(mark.err == "plandash: --lang fr：请给 zh 或 en\n")
    #expect(!FileManager.default.fileExists(atPath: store))
    let english = try cli(["status", "--lang", "fr"], environment: ["LANG": "en_US.UTF-8"])
    #expect(english.status == 2 && english.err == "plandash: --lang fr: give zh or en\n")
  }
}
