import PlanModel
import Testing

@testable import PlanImport

@Suite("Extraction: a paragraph reviewing the year past reports it throughout")
struct PastYearParagraphsTests {
  /// An invented county's one-year work plan whose preamble reviews the year before.
  static func workPlan(_ review: String) -> [String] {
    [
      "丙县经济和信息化局", "丙县2028年工业经济工作要点", review,
      "一、主要目标", "规上工业产值达到460亿元,增长10%左右;工业投资增长12%;亩均税收达到21万元。",
    ]
  }

  @Test("the figures after the sentence naming the year are starting figures of that year")
  func reviewedYear() throws {
    for review in [
      "2027年,全县上下攻坚克难,工业经济稳中向好。全年完成规上工业产值412亿元,同比增长8.6%;工业投资增长12.3%。规上工业亩均税收19.2万元。",
      "2027年以来,面对需求收缩的压力,全县工业经济保持平稳。全年实现规上工业产值412亿元,增长8.6%;工业投资增长12.3%;规上工业亩均税收19.2万元。",
    ] {
      let plan = draft(Self.workPlan(review))
      let targets = plan.targets.compactMap(\.goal.target?.value)
      #expect(!targets.contains(412) && !targets.contains(8.6) && !targets.contains(12.3))
      let output = try #require(plan.targets.first { $0.goal.target?.value == 460 })
      #expect(output.goal.baseline == Figure(value: 412, year: 2027))
      let starts = draftedStartingFigures(plan)
      #expect(starts.contains { $0.value == 19.2 && $0.year == 2027 })
    }
  }

  @Test("a sentence looking ahead, or after the paragraph's goals, is no report")
  func aheadNotReported() {
    let ahead = draft(
      Self.workPlan("2027年,全县工业经济稳中向好。今年力争新增规上工业企业25家。"))
    #expect(ahead.targets.contains { $0.goal.target?.value == 25 })
    let goals = draft(
      Self.workPlan(
        "2027年,全县新材料产业实现营业收入82亿元。目标:2028年营业收入达到95亿元。一是补齐配套短板,引进配套项目8个以上。"))
    #expect(goals.targets.contains { $0.goal.target?.value == 8 })
  }

  @Test("only a paragraph opened by the past year and a comma sets it")
  func openingYear() {
    #expect(PastYearParagraphs.openingYear(of: "2027年,全县…", before: 2028) == 2027)
    #expect(PastYearParagraphs.openingYear(of: "2027年以来,全县…", before: 2028) == 2027)
    #expect(PastYearParagraphs.openingYear(of: "到2027年,全县…", before: 2028) == nil)
    #expect(PastYearParagraphs.openingYear(of: "2027年是攻坚之年。", before: 2028) == nil)
    #expect(PastYearParagraphs.openingYear(of: "2028年,全县…", before: 2028) == nil)
    #expect(PastYearParagraphs.openingYear(of: "全县2027年…", before: 2028) == nil)
  }
}
