import PlanModel
import Testing

@testable import PlanImport

/// Totals over the plan's years and starting counts of the eighth held-out set's families
/// (branch i12-r9), tried on invented passages, none a held-out sentence.
@Suite("Extraction: totals over the plan's years after who pays; a past year's starting counts")
struct EighthSetTotalTests {
  @Test("a span after who pays (`市财政三年安排…`) totals over the plan's years")
  func spanAfterPayer() throws {
    #expect(PlanSpanTotals.span(openingClause: "市财政三年安排产业发展资金6亿元")?.years == 3)
    #expect(PlanSpanTotals.span(openingClause: "区级五年统筹资金10亿元")?.years == 5)
    #expect(PlanSpanTotals.span(openingClause: "市财政每年安排资金2亿元") == nil)
    #expect(PlanSpanTotals.span(openingClause: "市财政三年行动资金") == nil)
    let plan = draft([
      "辛县园区提升方案(2026—2028年)", "一、主要任务", "(一)强化资金保障。县财政三年安排园区提升专项资金2亿元。(责任单位:县财政局)",
    ])
    let figures =
      plan.targets.map { ($0.goal.target, $0.goal.unit, $0.goal.qualifiers) }
      + plan.measures.flatMap(\.outputs).map { ($0.figure, $0.unit, $0.figure.qualifiers) }
    let fund = try #require(figures.first { $0.0?.value == 2 && $0.1 == "亿元" })
    #expect(fund.0?.year == 2028)
    #expect(fund.2.contains("累计"))
  }
}
