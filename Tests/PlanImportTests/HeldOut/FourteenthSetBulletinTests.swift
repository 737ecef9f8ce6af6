import PlanModel
import Testing

@testable import PlanImport

/// A bureau's 运行情况通报 on a stretch of its year (the fourteenth held-out set's genre), on
/// another invented passage: its 运行情况 parts report that year, its 下半年 work sets the year's goals.
@Suite("Extraction: a report on a stretch of the year")
struct FourteenthSetBulletinTests {
  static let bulletin = [
    "甲岭市工业和信息化局关于2028年上半年全市工业经济运行情况的通报",
    "甲工信通〔2028〕9号",
    "一、总体运行情况",
    "1-6月,全市规模以上工业增加值同比增长6.9%,规上工业企业达到1020家。",
    "二、重点企业运行情况",
    "(一)骨干企业支撑有力。全市营业收入超10亿元的工业企业达到31家,合计实现营业收入688亿元。",
    "三、下半年重点工作",
    "确保全年规上工业增加值增长7%以上。",
    "1.加强企业培育。全年新增规上工业企业90家以上。(责任科室:中小企业科)",
  ]

  @Test("a title on a stretch of its year: the year's plan, its review that year's")
  func stretchTitle() {
    let title = "乙岭市工业和信息化局关于2028年上半年全市工业经济运行情况的通报"
    #expect(OneYearPlan.year(ofTitle: title) == 2028)
    #expect(OneYearPlan.reportsStretch(ofTitle: title))
    #expect(!OneYearPlan.reportsStretch(ofTitle: "乙岭市2028年工业和信息化工作要点"))
    #expect(ReviewSections.isReview("二、重点企业运行情况"))
  }

  @Test("its review's figures are the year's starting figures, its work the year's goals")
  func bulletinFigures() {
    let plan = draft(Self.bulletin)
    let starting = draftedStartingFigures(plan)
    #expect(starting.contains { $0.value == 31 && $0.year == 2028 })
    #expect(starting.contains { $0.value == 688 && $0.year == 2028 })
    #expect(starting.contains { $0.value == 1020 && $0.year == 2028 })
    let goals = draftedFigures(plan)
    #expect(goals.contains { $0.value == 7 && $0.year == 2028 })
    #expect(goals.contains { $0.value == 90 && $0.year == 2028 })
    #expect(!goals.contains { $0.value == 31 || $0.value == 688 })
  }
}
