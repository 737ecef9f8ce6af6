import PlanModel
import Testing

@testable import PlanImport

/// How the twentieth and twenty-first held-out sets' plans state their ladders — tiers counted
/// from the top down under a title that grades them, a step named with a numeral counted in
/// digits, counts by `分别` after a quoted chain — on other invented passages.
@Suite("Extraction: ladders from the twentieth and twenty-first held-out sets")
struct TwentiethSetLadderTests {
  static func tiers(_ plan: Plan) -> [(name: String, count: Double?)] {
    plan.ladders.flatMap(\.tiers).map { (PlanTextCharacters.unquoted($0.name), $0.target?.value) }
  }

  @Test("tiers counted from the top down under a grading title are a ladder, broadest first")
  func topDownUnderGradingTitle() {
    let plan = draft([
      "甲溪市制造业高质量发展的决定", "一、重点工程",
      "(一)实施企业梯度培育工程。建立培育库。到2030年,全市独角兽企业达到2家,瞪羚企业达到40家,科技型中小企业达到900家。",
    ])
    let tiers = Self.tiers(plan)
    #expect(tiers.map(\.name) == ["科技型中小企业", "瞪羚企业", "独角兽企业"])
    #expect(tiers.map(\.count) == [900, 40, 2])
    #expect(GradedTitle.broadestFirst([("甲", 1), ("乙", 5), ("丙", 9)]) == ["丙", "乙", "甲"])
    #expect(GradedTitle.broadestFirst([("甲", 9), ("乙", 5), ("丙", 1)]) == ["甲", "乙", "丙"])
    #expect(GradedTitle.withoutPlace("全县瞪羚企业") == "瞪羚企业")
    // Without a grading word in the title or the sentence, the counts stay goals.
    let plain = draft([
      "乙溪市制造业高质量发展的决定", "一、重点工程",
      "(一)实施企业培育工程。到2030年,全市独角兽企业达到2家,瞪羚企业达到40家,科技型中小企业达到900家。",
    ])
    #expect(plain.ladders.isEmpty)
  }

  @Test("a step named with a numeral takes the count written in digits, under that name")
  func numeralStep() {
    #expect(NumeralStepNames.withDigits("五十亿元企业") == "50亿元企业")
    #expect(NumeralStepNames.withDigits("一批企业") == "一批企业")
    #expect(NumeralStepNames.step(for: "营收超5亿元企业", among: ["亿元企业", "五亿元企业"]) == "五亿元企业")
    let plan = draft([
      "丙溪县企业培育三年行动方案(2026—2028年)", "一、重点任务",
      "(一)构建企业梯队。建立“小升规企业—亿元企业—五亿元企业”成长梯队。到2028年,小升规企业达到60家,营收超亿元企业达到40家,营收超5亿元企业达到6家。",
    ])
    let tiers = Self.tiers(plan)
    #expect(tiers.contains { $0.name.hasSuffix("5亿元企业") && $0.count == 6 })
    #expect(tiers.contains { $0.name == "亿元企业" && $0.count == 40 })
  }

  @Test("counts by 分别 after a quoted chain named as a whole are its steps' counts")
  func countsAfterNamedChain() {
    #expect(NamedLadderCounts.namesLadder("“种子企业—瞪羚企业—领军企业”梯队"))
    #expect(!NamedLadderCounts.namesLadder("“一企一策”服务"))
    let plan = draft([
      "丁溪县支持科技企业发展若干措施", "一、目标",
      "力争到2028年,规上工业企业达到120家;培育形成“科技型中小企业—高新技术企业—瞪羚企业”梯队,分别达到400家、120家、12家。",
    ])
    let tiers = Self.tiers(plan)
    #expect(tiers.map(\.count) == [400, 120, 12])
  }
}
