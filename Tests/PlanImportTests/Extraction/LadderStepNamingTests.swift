import PlanModel
import Testing

@testable import PlanImport

/// A count goes to the step it names most fully, and a step said short is filed under the
/// count's full name — invented chains and counts.
@Suite("Extraction: the step a count names, and the name it is filed under")
struct LadderStepNamingTests {
  @Test("a count whose name ends two steps' names is the fuller one's")
  func fullestStep() {
    let steps = ["亿元级", "十亿级", "五十亿级", "百亿级"]
    #expect(LadderLists.step(for: "五十亿级企业", among: steps) == "五十亿级")
    #expect(LadderLists.step(for: "十亿级企业", among: steps) == "十亿级")
    #expect(LadderLists.step(for: "营业收入亿元级企业", among: steps) == "亿元级")
  }

  @Test("a draft: each class by size keeps its own count")
  func drafted() throws {
    let plan = draft([
      "辛川区企业梯次培育方案(2026—2030年)",
      "一、重点任务",
      "(一)构建企业成长梯队。建立“亿元级—十亿级—五十亿级”企业梯次培育库。到2030年,亿元级企业达到150家,十亿级企业达到25家,五十亿级企业达到6家。",
    ])
    let ladder = try #require(plan.ladders.first)
    #expect(ladder.tiers.map { $0.target?.value } == [150, 25, 6])
  }

  @Test("规上企业 counted as 规上工业企业 is filed under the full name; another metric is not")
  func fullName() {
    #expect(QualifiedStepNames.fileName(step: "规上企业", metric: "全区规上工业企业") == "规上工业企业")
    #expect(QualifiedStepNames.fileName(step: "规上企业", metric: "规上工业企业") == "规上工业企业")
    #expect(QualifiedStepNames.fileName(step: "规上企业", metric: "规上工业企业总产值") == nil)
    #expect(QualifiedStepNames.fileName(step: "规上企业", metric: "新增规上企业") == nil)
  }
}
