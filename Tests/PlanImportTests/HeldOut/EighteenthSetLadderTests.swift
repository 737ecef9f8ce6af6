import PlanModel
import Testing

@testable import PlanImport

/// How the eighteenth held-out set's plans state their ladders — a table of tiers under year
/// columns, the same ladder quoted in a task and counted in the goals — on other invented
/// passages.
@Suite("Extraction: ladders from the eighteenth held-out set")
struct EighteenthSetLadderTests {
  static func tiers(_ plan: Plan) -> [(name: String, count: Double?, baseline: Double?)] {
    plan.ladders.flatMap(\.tiers).map {
      (PlanTextCharacters.unquoted($0.name), $0.target?.value, $0.baseline?.value)
    }
  }

  @Test("a table of tiers under year columns is a ladder; its standards are no goals")
  func tierTable() {
    let plan = draft([
      "己江县商贸企业梯度培育方案(2026—2028年)", "一、培育目标",
      "专栏 商贸企业梯度培育目标(单位:户)",
      "层级\t入库标准\t2025年\t2028年",
      "龙头商贸企业\t年销售额20亿元以上\t3\t6",
      "骨干商贸企业\t年销售额5亿元以上\t15\t30",
      "成长商贸企业\t年销售额5000万元以上\t80\t150",
    ])
    let tiers = Self.tiers(plan)
    #expect(tiers.map(\.name) == ["龙头商贸企业", "骨干商贸企业", "成长商贸企业"])
    #expect(tiers.map(\.count) == [6, 30, 150])
    #expect(tiers.map(\.baseline) == [3, 15, 80])
    #expect(plan.ladders.flatMap(\.tiers).allSatisfy { $0.unit == "户" })
    #expect(!plan.targets.contains { $0.goal.unit == "亿元" || $0.goal.unit == "万元" })
  }

  @Test("lines under year columns without a unit above, or with words for figures, are no rows")
  func notTierTable() {
    #expect(YearColumnRows.yearColumns("层级\t入库标准\t2025年\t2028年") == [2025, 2028])
    #expect(YearColumnRows.yearColumns("层级\t2025年标准\t说明") == nil)
    let noUnit = ["专栏 商贸企业梯度培育目标", "层级\t入库标准\t2025年\t2028年", "龙头商贸企业\t年销售额20亿元以上\t3\t6"]
    #expect(YearColumnRows.lines(noUnit).isEmpty)
    #expect(
      YearColumnRows.line("龙头商贸企业\t年销售额20亿元以上\t3\t若干", width: 4, years: [2025, 2028], unit: "户")
        == nil)
    #expect(
      YearColumnRows.line("龙头商贸企业\t年销售额20亿元以上\t3\t6", width: 4, years: [2025, 2028], unit: "户")
        == "龙头商贸企业 | 2025年 3户 | 2028年 6户")
  }

  @Test("a ladder quoted in a task and counted under fuller names in the goals is one ladder")
  func restatedLadder() {
    #expect(RestatedChains.restate(["科技型企业", "高新技术企业", "瞪羚企业"], ["科技型企业", "省级高新技术企业", "国家级瞪羚企业"]))
    #expect(!RestatedChains.restate(["科技型企业", "高新技术企业", "瞪羚企业"], ["科技型企业", "上市企业", "瞪羚企业"]))
    #expect(!RestatedChains.restate(["甲企业", "乙企业"], ["甲企业", "省级乙企业"]))
    let plan = draft([
      "庚江市优质企业培育行动方案(2026—2028年)", "一、主要目标",
      "到2028年,创新型企业、市级专精特新企业、省级专精特新企业分别达到400家、150家、60家。",
      "二、重点任务",
      "(一)梯度培育。按照“创新型企业—专精特新企业—省级专精特新企业”的路径,建立优质企业梯度培育库,分层开展服务。(责任单位:市工信局)",
    ])
    #expect(plan.ladders.count == 1)
    #expect(Self.tiers(plan).map(\.count) == [400, 150, 60])
  }

  @Test("a step's count stated again without its year, in the ladder's definition, is filed once")
  func restatedStepCount() {
    let plan = draft([
      "辛江县商贸企业梯度培育方案(2026—2028年)", "一、培育目标",
      "“百千”工程,即重点培育30户年销售额超5亿元的骨干商贸企业、150户年销售额超5000万元的成长商贸企业。",
      "专栏 商贸企业梯度培育目标(单位:户)",
      "层级\t入库标准\t2025年\t2028年",
      "龙头商贸企业\t年销售额20亿元以上\t3\t6",
      "骨干商贸企业\t年销售额5亿元以上\t15\t30",
      "成长商贸企业\t年销售额5000万元以上\t80\t150",
    ])
    #expect(Self.tiers(plan).map(\.count) == [6, 30, 150])
    #expect(!plan.targets.contains { $0.goal.target?.value == 150 || $0.goal.target?.value == 30 })
    let dated = GoalCandidate(
      metric: "成长商贸企业",
      goal: Goal(kind: .count, direction: .up, unit: "户", target: Figure(value: 150, year: 2028)),
      sourceText: "")
    var undated = dated
    undated.goal.target?.year = nil
    #expect(RestatedStepCounts.same(undated, dated))
    #expect(!RestatedStepCounts.same(dated, dated))
    #expect(RestatedStepCounts.isDated(dated))
  }

  @Test("a 专栏 of goal lines at levels under a grading title is a ladder; a 零突破 line is its name's")
  func levelLines() {
    let plan = draft([
      "壬江县创新平台梯度建设方案(2026—2028年)", "一、建设目标",
      "专栏 工程研究中心梯度培育目标(2028年)",
      "县级工程研究中心:三年累计新增40家",
      "市级工程研究中心:累计达到25家(2025年12家)",
      "省级工程研究中心:累计达到8家(2025年3家)",
      "国家级工程研究中心:力争实现零的突破",
    ])
    let tiers = Self.tiers(plan)
    #expect(tiers.map(\.name) == ["县级工程研究中心", "市级工程研究中心", "省级工程研究中心", "国家级工程研究中心"])
    #expect(tiers.map(\.count) == [40, 25, 8, 1])
    #expect(tiers.map(\.baseline) == [nil, 12, 3, 0])
    #expect(LevelLineLadders.levelled("市级工程研究中心:累计达到25家")?.level == "市级")
    #expect(LevelLineLadders.levelled("工程研究中心:累计达到25家") == nil)
    // Without a grading title, the lines stay goals.
    let plain = draft([
      "癸江县创新平台建设方案(2026—2028年)", "一、建设目标", "专栏 主要目标(2028年)",
      "县级工程研究中心:新增40家", "市级工程研究中心:达到25家", "省级工程研究中心:达到8家",
    ])
    #expect(plain.ladders.isEmpty)
  }

  @Test("a table of tiers held as a table (a web page's, a Word table) is the same ladder")
  func tierTableAsTable() {
    let table = DocumentTable(rows: [
      ["层级", "入库标准", "2025年", "2028年"],
      ["龙头商贸企业", "年销售额20亿元以上", "3", "6"],
      ["骨干商贸企业", "年销售额5亿元以上", "15", "30"],
      ["成长商贸企业", "年销售额5000万元以上", "80", "150"],
    ])
    let blocks: [DocumentBlock] =
      ["子江县商贸企业梯度培育方案(2026—2028年)", "一、培育目标", "专栏 商贸企业梯度培育目标(单位:户)"]
      .map { .paragraph($0) } + [.table(table), .paragraph("二、重点任务")]
    let plan = PlanDrafter().draft(DocumentText(blocks: blocks, kind: .text))
    let tiers = Self.tiers(plan)
    #expect(tiers.map(\.name) == ["龙头商贸企业", "骨干商贸企业", "成长商贸企业"])
    #expect(tiers.map(\.count) == [6, 30, 150])
    #expect(tiers.map(\.baseline) == [3, 15, 80])
    #expect(!plan.targets.contains { $0.goal.unit == "亿元" || $0.goal.unit == "万元" })
    // Without the unit above it, the table is no ladder of tiers.
    #expect(
      TierTableLadders.ladder(in: table, before: ["专栏 商贸企业梯度培育目标"], reference: 2026)?.steps == nil)
  }
}
