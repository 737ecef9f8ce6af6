import PlanModel
import Testing

@testable import PlanImport

@Suite("Extraction: a bare total word totals the subject before it")
struct BareTotalsTests {
  @Test("总数 and 总量 take the subject of the clause before, without its increment words")
  func totals() {
    #expect(BareTotals.metric("总数", subject: "规上工业企业") == "规上工业企业总数")
    #expect(BareTotals.metric("总数", subject: "新增规上工业企业") == "规上工业企业总数")
    #expect(BareTotals.metric("总数", subject: "规上工业企业净增") == "规上工业企业总数")
    #expect(BareTotals.metric("总数", subject: "今年新增高新技术企业") == "高新技术企业总数")
    #expect(BareTotals.metric("总量", subject: "规模以上工业增加值") == "规模以上工业增加值总量")
  }

  @Test("a named metric, a subject already a total, or no subject is left as it is")
  func notTotals() {
    #expect(BareTotals.metric("营业收入", subject: "规上工业企业") == nil)
    #expect(BareTotals.metric("企业总数", subject: "规上工业企业") == nil)
    #expect(BareTotals.metric("总数", subject: "规上工业企业总数") == nil)
    #expect(BareTotals.metric("总数", subject: nil) == nil)
    #expect(BareTotals.metric("总数", subject: "新增") == nil)
  }

  @Test("the total goal takes the total's starting figure, the new ones' goal none of it")
  func drafted() throws {
    let plan = draft([
      "丁市人民政府", "丁市制造业提质行动方案(2026—2028年)", "一、发展基础",
      "2025年,全市新增规上工业企业96家,总数达到1210家。", "二、主要目标",
      "到2028年,新增规上工业企业300家,总数突破1500家。",
    ])
    let total = try #require(plan.targets.first { $0.goal.target?.value == 1500 })
    #expect(total.metric == "规上工业企业总数")
    #expect(total.goal.baseline == Figure(value: 1210, year: 2025))
    let new = try #require(plan.targets.first { $0.goal.target?.value == 300 })
    #expect(new.goal.baseline?.value != 1210)
  }
}
