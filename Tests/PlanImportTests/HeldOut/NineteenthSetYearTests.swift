import PlanModel
import Testing

@testable import PlanImport

/// How far a span phrase of the nineteenth held-out set's platform plan reaches — an average
/// rate over the span after a total of it — on other invented passages.
@Suite("Extraction: years from the nineteenth held-out set")
struct NineteenthSetYearTests {
  @Test("a span's average rate is due the span's last year; a yearly count is not")
  func spanReachesAverageRate() {
    #expect(SpanReach.isAverageRate("企业研发投入年均增长12%以上"))
    #expect(!SpanReach.isAverageRate("年均实施技改项目30个"))
    #expect(!SpanReach.isAverageRate("每年年均增长5%"))
    let plan = draft([
      "己川区数字经济发展规划(2026—2030年)", "一、重点任务",
      "(一)建设创新平台。支持企业共建实验室,“十五五”期间新建省级以上研发平台12个,企业研发投入年均增长12%以上,年均实施技改项目30个。",
    ])
    let figures = draftedFigures(plan)
    #expect(figures.contains { $0.value == 12 && $0.unit == "个" && $0.year == 2030 })
    #expect(figures.contains { $0.value == 12 && $0.unit == "%" && $0.year == 2030 })
    #expect(figures.contains { $0.value == 30 && $0.year == nil })
  }
}
