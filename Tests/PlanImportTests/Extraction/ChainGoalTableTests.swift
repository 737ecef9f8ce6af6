import PlanModel
import Testing

@testable import PlanImport

/// A table giving each chain or industry its goal, printed as layout text (`ChainGoalTable`,
/// `IndustryGoalTableHeader`), on invented passages.
@Suite("Extraction: a table of chains and their goals")
struct ChainGoalTableTests {
  @Test("the header: industries first, a goal column among the others")
  func headers() {
    #expect(IndustryGoalTableHeader.isHeader(["产业链", "链长", "链主企业", "2028年目标", "牵头部门"]))
    #expect(IndustryGoalTableHeader.isHeader(["重点产业", "发展目标", "责任单位"]))
    #expect(IndustryGoalTableHeader.isHeader(["产业集群", "2030年目标", "牵头单位", "配合单位"]))
    // Not a first column of industries, or no goal column.
    #expect(!IndustryGoalTableHeader.isHeader(["序号", "产业链", "2028年目标", "牵头部门"]))
    #expect(!IndustryGoalTableHeader.isHeader(["产业链", "链长", "链主企业", "牵头部门"]))
    #expect(!IndustryGoalTableHeader.isHeader(["产业链", "2028年目标"]))
  }

  @Test("each row a cluster: the goal cell's output its scale, the 牵头 cell its lead units")
  func rows() throws {
    let table = DocumentTable(rows: [
      ["产业链", "链长", "2027年目标", "牵头部门"],
      ["新能源电池产业链", "管委会主任", "营业收入突破500亿元，电池产能达到30GWh", "经济发展局"],
      ["绿色建材", "管委会副主任", "产值力争达到120亿元", "投资促进局、建材产业园"],
      ["合计", "", "产值突破620亿元", ""],
      ["现代物流", "管委会副主任", "引进物流企业10家", "商务局"],
    ])
    let clusters = ChainGoalTable.clusters(in: table, paragraph: 3)
    #expect(clusters.map(\.name) == ["新能源电池", "绿色建材"])
    let battery = try #require(clusters.first)
    #expect(battery.scale?.value == 500)
    #expect(battery.scale?.year == 2027)
    #expect(battery.scale?.qualifiers == ["突破"])
    #expect(battery.units.lead == ["经济发展局"])
    #expect(clusters[1].scale?.qualifiers.contains("力争") == true)
    #expect(clusters[1].units.lead == ["投资促进局", "建材产业园"])
  }

  @Test(
    "the goal cell's other goals (cells as read, full-width commas folded) are targets of the column's year, the scale none"
  )
  func cellGoals() {
    let table = DocumentTable(rows: [
      ["产业链", "链长", "2027年目标", "牵头部门"],
      ["新能源电池", "管委会主任", "营业收入突破500亿元,电池产能达到30GW", "经济发展局"],
      ["绿色建材", "管委会副主任", "产值达到120亿元,培育专精特新企业8家", "投资促进局"],
      ["合计", "", "新增规上企业20家", ""],
    ])
    let goals = ChainGoalTable.goals(in: table).map {
      ($0.goal.target?.value, $0.goal.unit, $0.goal.target?.year)
    }
    #expect(goals.count == 2)
    #expect(goals.contains { $0.0 == 30 && $0.1 == "GW" && $0.2 == 2027 })
    #expect(goals.contains { $0.0 == 8 && $0.1 == "家" && $0.2 == 2027 })
    // Not a table of chains: no goals.
    let tasks = DocumentTable(rows: [["序号", "任务", "牵头部门"], ["1", "产值达到120亿元", "经济发展局"]])
    #expect(ChainGoalTable.goals(in: tasks).isEmpty)
  }

  @Test("a goal cell with no output in 亿元 gives no cluster")
  func noOutput() {
    #expect(ChainGoalTable.scale(in: "引进项目12个，投资额达到80亿元", year: nil) == nil)
    #expect(ChainGoalTable.scale(in: "电池产能达到30GWh", year: nil) == nil)
    #expect(ChainGoalTable.scale(in: "规模以上企业达到60家", year: 2028) == nil)
    // An investment is no output, nor a class of enterprises' `规模以上`.
    #expect(ChainGoalTable.scale(in: "投资规模达到50亿元", year: 2028) == nil)
    #expect(ChainGoalTable.scale(in: "规模以上企业投资30亿元", year: 2028) == nil)
  }

  @Test("a change's goal, not its start, is the scale")
  func changeGoal() {
    #expect(ChainGoalTable.scale(in: "产值由300亿元提升至500亿元", year: 2028)?.0.value == 500)
    #expect(ChainGoalTable.scale(in: "产值突破560亿元", year: 2028)?.0.value == 560)
  }

  @Test("printed as layout text under the annex: read as a table, each chain with its scale")
  func layoutText() throws {
    let text = [
      "某某经济开发区重点产业链工作方案",
      "一、工作目标",
      "到2027年，重点产业链产值合计突破900亿元。",
      "二、重点产业链",
      "（一）新能源电池产业链。推动新能源电池产业链做大做强。",
      "（二）绿色建材产业链。推动绿色建材产业链提质增效。",
      "附件：重点产业链工作任务表",
      "",
      "产业链      链长          2027年目标                牵头部门",
      "新能源电池  管委会主任    营业收入突破500亿元，电    经济发展局",
      "                          池产能达到30GWh",
      "绿色建材    管委会副主任  产值力争达到120亿元        投资促进局、建",
      "                                                    材产业园",
    ].joined(separator: "\n")
    let read = try PlainTextReader.read(Array(text.utf8), path: "x.txt")
    let plan = PlanDrafter().draft(read)
    let battery = try #require(plan.clusters.first { $0.name == "新能源电池" })
    #expect(battery.scale?.value == 500)
    #expect(battery.scale?.year == 2027)
    let materials = try #require(plan.clusters.first { $0.name == "绿色建材" })
    #expect(materials.scale?.value == 120)
    #expect(!plan.targets.contains { $0.goal.target?.value == 500 })
  }
}
