import PlanModel
import Testing

@testable import PlanImport

/// `全年实现…` right after a sentence reporting a past year: that year's figures — invented
/// passages.
@Suite("Extraction: the whole of a reported year")
struct ReportedYearWholeTests {
  @Test("sentences opened by 全年 and a verb of what was achieved, in several wordings")
  func opener() {
    #expect(ReportedYearWhole.continuesReport("全年实现规上工业营业收入620亿元,增长9.5%"))
    #expect(ReportedYearWhole.continuesReport("全年完成工业投资86亿元"))
    #expect(ReportedYearWhole.continuesReport("全年累计实现工业增加值210亿元"))
    #expect(!ReportedYearWhole.continuesReport("全年力争实现规上工业营业收入700亿元"))
    #expect(!ReportedYearWhole.continuesReport("全年新增规上工业企业30家"))
    #expect(!ReportedYearWhole.continuesReport("2027年全年实现规上工业营业收入700亿元"))
    #expect(!ReportedYearWhole.continuesReport("实现全年规上工业营业收入700亿元"))
  }

  @Test("in a one-year work plan, 全年实现 after a past year's report is that year's starting figure")
  func afterReport() {
    let plan = draft([
      "庚溪区2027年工业经济工作要点",
      "2026年,全区工业经济顶住压力、稳中有进。全年实现规上工业营业收入620亿元,同比增长9.5%;完成工业投资86亿元。",
      "一、2027年主要目标",
      "(一)总量目标。全年规上工业营业收入达到700亿元,工业投资增长12%。",
    ])
    let revenue = plan.targets.first { $0.goal.target?.value == 700 }
    #expect(revenue?.goal.baseline?.value == 620)
    #expect(revenue?.goal.baseline?.year == 2026)
    #expect(!plan.targets.contains { $0.goal.target?.value == 620 })
  }

  @Test("全年 in a paragraph that reports no past year states the plan's goal")
  func withoutReport() {
    let plan = draft([
      "辛川区2027年工业经济工作要点",
      "一、2027年主要目标",
      "工业经济稳中求进。全年实现规上工业营业收入700亿元。",
    ])
    let revenue = plan.targets.first { $0.goal.target?.value == 700 }
    #expect(revenue?.goal.target?.year == 2027)
    #expect(revenue?.goal.baseline == nil)
  }
}
