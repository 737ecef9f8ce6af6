import PlanModel
import Testing

@testable import PlanImport

/// How the nineteenth held-out set's plans give starting figures and ladder counts — one
/// starting figure of a metric stated for two years, a step's count through a note of what it
/// takes in — on other invented passages.
@Suite("Extraction: baselines and steps from the nineteenth held-out set")
struct NineteenthSetBaselineTests {
  @Test("a starting figure a later table row holds is not given to an earlier goal as well")
  func claimedByLaterRow() throws {
    let lines = [
      "丁洲区智能制造发展规划(2026—2030年)",
      "一、发展现状",
      "2025年,全区规上智能装备企业64家。",
      "二、发展目标",
      "到2028年,规上智能装备企业达到90家。",
      "序号\t指标\t单位\t2025年\t2030年\t属性",
      "1\t规上智能装备企业\t家\t64\t120\t预期性",
      "三、重点任务",
      "(一)培育企业。支持企业技术改造。",
    ]
    let text = lines.joined(separator: "\n")
    let plan = PlanDrafter().draft(try PlainTextReader.read(Array(text.utf8), path: "x.txt"))
    let goals = plan.targets.map { ($0.goal.target?.value, $0.goal.baseline?.value) }
    #expect(goals.contains { $0.0 == 120 && $0.1 == 64 })
    #expect(goals.contains { $0.0 == 90 && $0.1 == nil })
    #expect(!plan.baselineIndicators.contains { $0.baseline.value == 64 })
  }

  @Test("a step's count read through a note of what the step takes in")
  func stepThroughInclusionNote() {
    #expect(InclusionNotes.without("独角兽(含潜在独角兽)企业") == "独角兽企业")
    #expect(InclusionNotes.without("高新技术企业（包括拟认定企业）") == "高新技术企业")
    #expect(InclusionNotes.without("单项冠军企业(产品)") == "单项冠军企业(产品)")
    let plan = draft([
      "戊洲市科技企业培育方案(2026—2028年)", "一、主要目标",
      "构建“科技型中小企业—专精特新企业—领军企业”梯度培育体系,到2028年,科技型中小企业达到500家,专精特新企业达到120家,培育领军(含准领军)企业6家。",
    ])
    let tiers = plan.ladders.flatMap(\.tiers).map { ($0.name, $0.target?.value) }
    #expect(tiers.contains { $0.0 == "领军企业" && $0.1 == 6 })
  }
}
