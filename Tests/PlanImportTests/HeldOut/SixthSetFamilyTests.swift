import PlanModel
import Testing

@testable import PlanImport

/// The families of the sixth, blind held-out set (branch i12-ho6) that the reading of tables
/// and weights covers, each tried on passages of invented regions (none of them a held-out
/// document's sentence).
@Suite("Extraction: tables and weights from the sixth held-out set")
struct SixthSetFamilyTests {
  func read(_ text: String) throws -> Plan {
    PlanDrafter().draft(try PlainTextReader.read(Array(text.utf8), path: "壬县.txt"))
  }

  func goals(_ plan: Plan) -> [(String, Goal)] {
    plan.targets.map { ($0.metric, $0.goal) } + plan.indicators.map { ($0.name, $0.goal) }
  }

  static let breakdown = """
    壬县人民政府办公室关于印发壬县工业技改三年行动方案(2026—2028年)的通知
    一、主要目标
    到2028年,全县累计实施技改项目300个。
    二、重点任务
    (一)推进技改扩能。
    附件
    壬县工业技术改造项目目标任务分解表
    (单位:个)
    地区                  2026年      2027年      2028年
    壬县高新区            40          45          50
    东津镇                20          25          25
    合计                  60          70          75
    """

  @Test("a 分解表 gives each place a goal for each year, named by the place and the task")
  func breakdownTable() throws {
    let found = goals(try read(Self.breakdown))
    let zone = found.filter { $0.0 == "壬县高新区工业技术改造项目" }
    #expect(
      zone.map(\.1.target)
        == [2026, 2027, 2028].enumerated().map { Figure(value: [40, 45, 50][$0], year: $1) })
    #expect(zone.allSatisfy { $0.1.unit == "个" })
    #expect(found.filter { $0.0 == "东津镇工业技术改造项目" }.count == 3)
    // The 合计 row is the text's own total, not a place.
    #expect(!found.contains { $0.0.hasPrefix("合计") })
  }

  @Test("a table under no title of a 分解表, or without its unit, gives no goals")
  func breakdownNeedsTitleAndUnit() {
    let table = DocumentTable(rows: [["单位", "2026年", "2027年"], ["东津镇", "20", "25"]])
    #expect(BreakdownTableGoals.goals(in: table, before: ["壬县技改项目分解表", "(单位:个)"]).count == 2)
    #expect(BreakdownTableGoals.goals(in: table, before: ["(单位:个)"]).isEmpty)
    #expect(BreakdownTableGoals.goals(in: table, before: ["壬县技改项目分解表"]).isEmpty)
    #expect(BreakdownTableGoals.task(["癸市新增规上工业企业目标任务分解表"]) == "新增规上工业企业")
    #expect(BreakdownTableGoals.unit(["（单位：万元）"]) == "万元")
  }

  static let unitColumn = """
    壬县“十五五”工业发展规划
    第一章 发展目标
    表1 主要指标
    类别    指标                        单位      2025年    2030年    属性
            规上工业增加值              亿元      86        150       预期性
    结构    高新技术企业                家        42        90        预期性
            战略性新兴产业增加值占      %         21.5      30        预期性
            规上工业比重
    注:[ ]内为五年累计数。
    第二章 重点任务
    推进重点项目建设。
    """

  @Test("a table's 单位 column gives each indicator its unit, and a wrapped name is one row")
  func unitColumnAndWrappedName() throws {
    let found = goals(try read(Self.unitColumn))
    let firms = try #require(found.first { $0.1.target?.value == 90 })
    #expect(firms.0 == "高新技术企业" && firms.1.unit == "家")
    #expect(firms.1.baseline == Figure(value: 42, year: 2025))
    let share = try #require(found.first { $0.1.target?.value == 30 })
    #expect(share.0 == "战略性新兴产业增加值占规上工业比重" && share.1.unit == "%")
  }

  @Test("an evaluation's weights are no goals")
  func weights() throws {
    let text = """
      壬县深化亩均效益评价改革实施方案
      一、主要目标
      到2027年,全县规上工业亩均税收达到25万元。
      二、评价办法
      规上工业企业以亩均税收(权重45%)、亩均增加值(权重25%)、研发投入强度(权重 15%)为主要指标。
      考核结果纳入乡镇年度考核,权重不低于6%。
      """
    let found = goals(try read(text))
    #expect(found.map(\.1.target?.value) == [25])
    for clause in ["亩均税收(权重45%)", "权重不低于6%", "权重为15%", "分值:20%"] {
      let reading = try #require(NumberUnitParser.figures(in: clause[...]).last)
      #expect(EvaluationWeights.isWeight(reading, in: clause[...]), "\(clause)")
    }
    let goal = "研发投入强度达到3%"[...]
    let figure = try #require(NumberUnitParser.figures(in: goal).last)
    #expect(!EvaluationWeights.isWeight(figure, in: goal))
  }
}
