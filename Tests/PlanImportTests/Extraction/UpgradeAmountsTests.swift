import PlanModel
import Testing

@testable import PlanImport

/// Chains of upgrades whose links name classes by size by their amount in 亿, on invented
/// passages of a made-up county.
@Suite("Extraction: upgrade chains naming classes by their amount")
struct UpgradeAmountsTests {
  @Test("amounts in 亿 are short names of classes by size, in numerals or digits")
  func amounts() {
    #expect(UpgradeAmounts.tier(named: "亿") == "亿元企业")
    #expect(UpgradeAmounts.tier(named: "十亿") == "十亿元企业")
    #expect(UpgradeAmounts.tier(named: "五十亿元") == "五十亿元企业")
    #expect(UpgradeAmounts.tier(named: "10亿") == "10亿元企业")
    #expect(UpgradeAmounts.tier(named: "十万") == nil)
    #expect(UpgradeAmounts.tier(named: "亿元以上") == nil)
    #expect(UpgradeAmounts.tier(named: "规亿") == nil)
  }

  @Test("a chain rising through classes by size gives the classes risen to, in order")
  func chains() {
    let amounts = LadderUpgrades.steps(in: "深入开展“小升规、规升亿、亿升十亿”专项行动"[...])
    #expect(amounts == ["规上工业企业", "亿元企业", "十亿元企业"])
    let longer = LadderUpgrades.steps(in: "推动规升亿、亿升五亿、五亿升十亿梯次培育"[...])
    #expect(longer == ["亿元企业", "五亿元企业", "十亿元企业"])
    let digits = LadderUpgrades.steps(in: "实施“小升规、规升亿、亿升10亿、10亿升50亿”工程"[...])
    #expect(digits == ["规上工业企业", "亿元企业", "10亿元企业", "50亿元企业"])
    let found = LadderLists.ladders(in: "全面实施“小升规、规升亿、亿升十亿”企业培育计划。"[...])
    #expect(found == [["规上工业企业", "亿元企业", "十亿元企业"]])
  }

  @Test("links that do not join or rise to no class are no chain")
  func chainsPrecision() {
    #expect(LadderUpgrades.steps(in: "推进“小升规、亿升十亿、规改股”"[...]) == nil)
    #expect(LadderUpgrades.steps(in: "推动“十升百、百升千、千升万”"[...]) == nil)
    #expect(LadderUpgrades.steps(in: "规升亿、亿升十亿"[...]) == nil)
  }

  @Test("the chain's steps take the counts its own paragraph gives, named as the counts name them")
  func counted() {
    let plan = draft([
      "某县2027年工业经济工作要点",
      "一、主要目标",
      "全年新增规上工业企业30家以上。",
      "二、重点任务",
      "5.抓好企业梯次培育。开展“小升规、规升亿、亿升十亿”梯次培育行动,建立后备企业库。全年新增规上工业企业30家以上、亿元企业9家、十亿元企业1家。（责任单位：县经信局）",
    ])
    let steps = plan.ladders.flatMap(\.tiers).map { ($0.name, $0.target?.value) }
    #expect(steps.map(\.0) == ["规上工业企业", "亿元企业", "十亿元企业"])
    #expect(steps.map(\.1) == [30, 9, 1])
    // The goals part's own count stays a target; a count of new ones takes no starting level.
    #expect(plan.targets.contains { $0.goal.target?.value == 30 })
    #expect(plan.ladders.flatMap(\.tiers).allSatisfy { $0.baseline == nil })
  }
}
