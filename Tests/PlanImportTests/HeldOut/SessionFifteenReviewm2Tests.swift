import PlanModel
import Testing

@testable import PlanImport

/// Mends of the ladder rules a review of session fifteen found wanting, each on an invented
/// passage.
@Suite("Extraction: ladder mends of session fifteen's review (m2)")
struct SessionFifteenReviewm2Tests {
  static func tiers(_ plan: Plan) -> [(name: String, count: Double?)] {
    plan.ladders.flatMap(\.tiers).map { (RestatedChains.plain($0.name), $0.target?.value) }
  }

  @Test("a reserve pool of listing enterprises counts no listing step")
  func reservePoolIsNoListing() {
    let steps = ["个转企", "小升规", "规改股", "股上市"]
    #expect(UpgradeLinkCounts.step(for: "新增上市后备企业", among: steps) == nil)
    #expect(UpgradeLinkCounts.step(for: "拟上市企业", among: steps) == nil)
    #expect(UpgradeLinkCounts.step(for: "入库培育上市企业", among: steps) == nil)
    #expect(UpgradeLinkCounts.step(for: "新增上市企业", among: steps) == "股上市")
    #expect(UpgradeLinkCounts.step(for: "完成股份制改造企业", among: steps) == "规改股")
    let plan = draft([
      "青溪县推进“个转企、小升规、规改股、股上市”梯次培育行动方案", "一、工作目标",
      "到2028年,全县新增规上工业企业45家,完成股份制改造企业16家,新增上市后备企业12家。",
    ])
    let tiers = Self.tiers(plan)
    #expect(!tiers.contains { $0.name.contains("后备") })
    #expect(!tiers.contains { $0.count == 12 })
    #expect(tiers.contains { $0.count == 45 })
  }

  @Test("a count of new enterprises closed by a level's verb still counts the upgrade")
  func flowWithLevelVerb() {
    let plan = draft([
      "青溪县推进“个转企、小升规、规改股、股上市”梯次培育行动方案", "一、工作目标",
      "到2028年,全县新增“个转企”企业600户以上,新增规上工业企业达到40家,完成股份制改造企业15家,新增上市企业3家。",
    ])
    let tiers = Self.tiers(plan)
    #expect(tiers.contains { $0.name.contains("规上工业企业") && $0.count == 40 })
  }

  @Test("an arrow chain of stages or products is no ladder, an arrow chain of tiers is")
  func arrowChains() {
    let flows = draft([
      "青溪县新材料产业发展行动方案(2026—2028年)", "一、重点任务",
      "(一)补齐产业链条。构建“石英砂提纯→光伏玻璃→组件封装→电站运维”一体化链条,引导企业由“代工生产→自主品牌→整体方案”梯次升级。",
    ])
    #expect(flows.ladders.isEmpty)
    let sentence: Substring = "推动企业沿“科技型中小企业→高新技术企业→瞪羚企业”梯次成长"
    #expect(LadderPatterns.chains(in: sentence) == [["科技型中小企业", "高新技术企业", "瞪羚企业"]])
  }

  @Test("the root of a quoted tier risen to is named without its quotes")
  func unquotedRoot() {
    #expect(UpgradeLinkCounts.risenRoot(of: "专升巨") == "专精特新小巨人")
    #expect(UpgradeLinkCounts.risenRoot(of: "小升规") == "规上")
  }
}
