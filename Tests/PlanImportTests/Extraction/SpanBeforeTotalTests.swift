import PlanModel
import Testing

@testable import PlanImport

@Suite("Extraction: a span of the plan's years before 累计, after the subject")
struct SpanBeforeTotalTests {
  @Test("the span between a subject and 累计, in several wordings")
  func spans() {
    #expect(SpanBeforeTotal.span(in: "单位工业增加值能耗五年累计下降14%")?.years == 5)
    #expect(SpanBeforeTotal.span(in: "工业投资三年累计完成1500亿元")?.years == 3)
    #expect(SpanBeforeTotal.span(in: "全市工业用地两年累计盘活2000亩")?.phrase == "两年")
  }

  @Test("the years before the plan, a rate, or no subject are none")
  func notSpans() {
    #expect(SpanBeforeTotal.span(in: "全县近三年累计投入技改资金12亿元") == nil)
    #expect(SpanBeforeTotal.span(in: "过去五年累计下降16%") == nil)
    #expect(SpanBeforeTotal.span(in: "工业投资三年年均增长10%") == nil)
    #expect(SpanBeforeTotal.span(in: "工业投资累计完成1500亿元") == nil)
    #expect(SpanBeforeTotal.span(in: "五年累计下降14%") == nil)
  }

  @Test("the total is due the plan's end, 累计, the span no part of its metric")
  func drafted() throws {
    let plan = draft([
      "辛县人民政府", "辛县工业绿色低碳发展规划(2026—2030年)", "一、重点任务",
      "(一)推进节能降碳。推动重点行业节能改造,单位工业增加值能耗五年累计下降13%,工业投资三年累计完成900亿元。",
    ])
    let energy = try #require(draftedFigures(plan).first { $0.value == 13 })
    #expect(energy.year == 2030)
    let indicator = try #require(plan.indicators.first { $0.goal.target?.value == 13 })
    #expect(indicator.name == "单位工业增加值能耗")
    // Three years of a five-year plan: no year it could be due.
    let investment = try #require(draftedFigures(plan).first { $0.value == 900 })
    #expect(investment.year == nil)
  }
}
