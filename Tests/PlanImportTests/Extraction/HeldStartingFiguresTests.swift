import PlanModel
import Testing

@testable import PlanImport

@Suite("Extraction: a starting figure a goal holds as its baseline goes to no other goal")
struct HeldStartingFiguresTests {
  @Test("the figure stays with the goal that names it most closely")
  func heldCloser() throws {
    let plan = draft([
      "己县人民政府", "己县数字经济和制造业融合行动方案(2026—2028年)", "一、发展基础",
      "2025年,规上工业企业研发投入强度为1.6%。", "二、主要目标",
      "到2028年,规上工业企业研发投入强度达到2.4%(2025年为1.6%),规上工业企业数字化改造覆盖率达到80%。",
    ])
    let intensity = try #require(plan.targets.first { $0.goal.target?.value == 2.4 })
    #expect(intensity.goal.baseline == Figure(value: 1.6, year: 2025))
    let coverage = try #require(plan.targets.first { $0.goal.target?.value == 80 })
    #expect(coverage.goal.baseline == nil)
  }

  @Test("a figure no goal holds still goes to the goal sharing its name")
  func notHeld() throws {
    let plan = draft([
      "己县人民政府", "己县数字经济和制造业融合行动方案(2026—2028年)", "一、发展基础",
      "2025年,规上工业企业数字化改造覆盖率为52%。", "二、主要目标",
      "到2028年,规上工业企业数字化改造覆盖率达到80%。",
    ])
    let coverage = try #require(plan.targets.first { $0.goal.target?.value == 80 })
    #expect(coverage.goal.baseline == Figure(value: 52, year: 2025))
  }
}
