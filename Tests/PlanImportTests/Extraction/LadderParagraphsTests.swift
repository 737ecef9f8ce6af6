import PlanModel
import Testing

@testable import PlanImport

/// Ladders a paragraph states step by step, one tier a clause — invented passages.
@Suite("Extraction: ladders stated across a graded paragraph")
struct LadderParagraphsTests {
  static let graded =
    "实施骨干企业引领工程,鼓励大企业开展兼并重组,培育一批带动力强的链主企业,冲榜各类“百强”,"
    + "建设一批行业领军企业。实施小微企业成长计划,推动企业小升规,引导小微企业专精特新发展,"
    + "加快培育一批瞪羚企业、“小巨人”企业和独角兽企业,打造更多特色产业集群。促进大中小企业融通发展。"

  func steps(_ text: String, lead: String?) -> [String]? {
    LadderParagraphs.steps(inParagraph: text, lead: lead)?.map(\.step)
  }

  @Test("a graded lead and one tier a clause: the steps in the text's order")
  func steps() {
    #expect(
      steps(Self.graded, lead: "健全企业梯次培育机制")
        == [
          "链主企业", "各类“百强”", "行业领军企业", "规上企业", "专精特新小微企业", "瞪羚企业", "“小巨人”企业", "独角兽企业",
        ])
  }

  @Test("each clause's own tier: 的, 一批, set phrases of growing")
  func singleClauses() {
    #expect(LadderParagraphs.step(in: "培育一批市场占有率高的隐形冠军"[...]) == "隐形冠军")
    #expect(LadderParagraphs.step(in: "支持企业升规入统"[...]) == "规上企业")
    #expect(LadderParagraphs.step(in: "推动中小企业专精特新发展"[...]) == "专精特新中小企业")
    #expect(LadderParagraphs.step(in: "争创一批国家级单项冠军"[...]) == "国家级单项冠军")
  }

  @Test("clauses that cultivate no tier give no step")
  func singleClausesPrecision() {
    #expect(LadderParagraphs.step(in: "实施领军企业培育工程"[...]) == nil)
    #expect(LadderParagraphs.step(in: "鼓励大企业开展兼并重组"[...]) == nil)
    #expect(LadderParagraphs.step(in: "打造更多特色产业集群"[...]) == nil)
    #expect(LadderParagraphs.step(in: "促进大中小企业融通发展"[...]) == nil)
    #expect(LadderParagraphs.step(in: "培育壮大竞争力强"[...]) == nil)
    #expect(LadderParagraphs.step(in: "建设一批孵化载体"[...]) == nil)
  }

  @Test("without a graded lead, with a dash chain or with fewer than three steps, no ladder")
  func precision() {
    #expect(steps(Self.graded, lead: "促进企业协同发展") == nil)
    #expect(steps(Self.graded, lead: nil) == nil)
    let chained = "推动企业沿创新型—专精特新—“小巨人”成长。培育一批链主企业,建设一批领军企业,推动企业小升规。"
    #expect(steps(chained, lead: "推动企业梯度成长") == nil)
    #expect(steps("培育一批链主企业,建设一批孵化载体,完善服务体系。", lead: "完善企业梯度培育体系") == nil)
  }

  @Test("in a draft: one ladder named by its run-in heading, each step with its sentence")
  func drafted() throws {
    let lines = [
      "丙河县中小企业发展行动方案(2024—2027年)", "一、主要目标", "到2027年,规上工业企业达到200家。", "二、重点任务",
      "1.健全企业梯次培育机制。" + Self.graded,
    ]
    let plan = PlanDrafter(regionID: nil).draft(
      DocumentText(blocks: lines.map { .paragraph($0) }, kind: .text))
    let ladder = try #require(plan.ladders.first)
    #expect(plan.ladders.count == 1)
    #expect(ladder.name == "健全企业梯次培育机制")
    #expect(ladder.tiers.count == 8)
    #expect(ladder.tiers[0].source.text?.hasPrefix("实施骨干企业引领工程") == true)
    #expect(ladder.tiers[4].source.text?.hasPrefix("实施小微企业成长计划") == true)
    // The goals' count of 规上工业企业 is the step 规上企业's target, with its sentence.
    #expect(ladder.tiers[3].target == Figure(value: 200, year: 2027))
    #expect(ladder.tiers[3].source.text == "规上工业企业达到200家")
    #expect(PlanRules.check([plan]).isEmpty)
  }
}
