import PlanModel
import Testing

@testable import PlanImport

/// A reward schedule in an item whose title grades enterprises is a ladder in the order of
/// growth (convention C); elsewhere it is a schedule, no ladder — invented articles.
@Suite("Extraction: a graded item's reward schedule names its ladder's steps")
struct RewardScheduleLadderTests {
  let article =
    "对新认定的国家级专精特新“小巨人”企业、省级专精特新中小企业、省级创新型中小企业,分别给予80万元、20万元、3万元一次性奖励;对新认定为国家级制造业单项冠军企业的,给予150万元奖励。"

  @Test("the steps from the bottom up, under a title of 梯度培育")
  func graded() throws {
    let steps = try #require(
      LadderParagraphs.steps(inParagraph: article, lead: "支持专精特新梯度培育"))
    #expect(
      steps.map(\.step) == ["省级创新型中小企业", "省级专精特新中小企业", "国家级专精特新“小巨人”企业", "国家级制造业单项冠军企业"])
  }

  @Test("the same schedule under a title that grades nothing is no ladder")
  func notGraded() {
    #expect(LadderParagraphs.steps(inParagraph: article, lead: "加大研发投入") == nil)
    // A title of the award itself, though it grades, keeps the schedule a schedule.
    #expect(LadderParagraphs.steps(inParagraph: article, lead: "梯度认定奖励") == nil)
    let plan = draft(["庚县人民政府关于支持工业经济发展的若干措施", "第四条　加大研发奖励。" + article])
    #expect(plan.ladders.isEmpty)
  }

  @Test("the growth order: levels within a tier, tiers before levels")
  func order() {
    #expect(
      TierGrowthOrder.sorted(["国家级专精特新“小巨人”企业", "省级专精特新中小企业", "创新型中小企业"])
        == ["创新型中小企业", "省级专精特新中小企业", "国家级专精特新“小巨人”企业"])
    // A name no tier word is in leaves the list as written.
    #expect(TierGrowthOrder.sorted(["链主企业", "规上企业", "小巨人企业"]) == ["链主企业", "规上企业", "小巨人企业"])
  }
}
