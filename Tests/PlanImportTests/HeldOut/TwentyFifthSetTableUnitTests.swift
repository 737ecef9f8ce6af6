import PlanModel
import Testing

@testable import PlanImport

/// The twenty-fifth set's tables of figures by year, read as general rules on invented tables:
/// a table whose unit stands only in its caption (`表2 …(单位:万吨)`, a line `单位：亿元`) or in
/// its year labels (`2027年(亿元)`) is read as one with a unit column; a row `其中:X` is X's.
@Suite struct TwentyFifthSetTableUnitTests {
  func read(_ text: String) throws -> Plan {
    PlanDrafter().draft(try PlainTextReader.read(Array(text.utf8), path: "plan.txt"))
  }

  func figures(_ plan: Plan) -> [(String, Double?, Int?, String?)] {
    plan.targets.map { ($0.metric, $0.goal.target?.value, $0.goal.target?.year, $0.goal.unit) }
  }

  @Test func aTabTableWithItsUnitInTheCaptionIsRead() throws {
    let plan = try read(
      [
        "某县食品产业提升行动方案(2026—2028年)", "一、主要目标", "到2028年,食品产业产值达到90亿元。",
        "表2　重点产业分年度产值目标(单位:亿元)", "产业\t2025年\t2026年\t2027年\t2028年",
        "粮油加工\t30\t34\t38\t43", "　其中:特色米业\t12\t14\t16\t18", "茶饮料\t20\t23\t26\t29",
        "二、重点任务", "(一)建设园区。建设食品产业园一个。",
      ].joined(separator: "\n"))
    let read = figures(plan)
    #expect(read.contains { $0 == ("粮油加工", 34, 2026, "亿元") })
    #expect(read.contains { $0 == ("粮油加工", 38, 2027, "亿元") })
    #expect(read.contains { $0 == ("特色米业", 16, 2027, "亿元") })
    #expect(read.contains { $0 == ("茶饮料", 29, 2028, "亿元") })
    #expect(
      plan.targets.contains {
        $0.metric == "茶饮料" && $0.goal.baseline?.value == 20 && $0.goal.baseline?.year == 2025
      })
  }

  @Test func aUnitLineUnderTheCaptionOrTheYearLabelsGiveTheUnit() {
    let header = ["产品", "2025年", "2026年", "2027年"]
    let captioned = IndicatorTableGoals.goals(
      in: DocumentTable(rows: [header, ["再生铝", "8", "10", "12"]]),
      before: ["附表　再生资源利用目标", "单位：万吨"])
    #expect(captioned.map { $0.goal.unit } == ["万吨", "万吨"])
    let labelled = IndicatorTableGoals.goals(
      in: DocumentTable(rows: [
        ["指标", "2025年(亿元)", "2026年(亿元)", "2027年(亿元)"], ["数字经济核心产业", "50", "58", "66"],
      ]))
    #expect(labelled.map { $0.goal.target?.value } == [66, 58])
    #expect(labelled.allSatisfy { $0.goal.unit == "亿元" })
  }

  @Test func aCaptionWithoutAKnownUnitGivesNone() {
    let table = DocumentTable(rows: [["片区", "2025年", "2028年"], ["东片", "3", "5"]])
    #expect(IndicatorTableGoals.goals(in: table, before: ["表3　片区建设安排(单位:片区自定)"]).isEmpty)
    #expect(IndicatorTableGoals.goals(in: table, before: ["表3　片区建设安排"]).isEmpty)
    #expect(TableUnit.partName("其中:光伏组件") == "光伏组件")
    #expect(TableUnit.partName("其中小微企业") == "其中小微企业")
  }
}
