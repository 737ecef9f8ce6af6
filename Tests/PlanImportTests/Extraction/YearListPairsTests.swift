import PlanModel
import Testing

@testable import PlanImport

/// `X2025年、2026年分别达到A、B`: one thing's figure per year — invented passages.
@Suite("Extraction: figures paired with years by 分别")
struct YearListPairsTests {
  @Test("years paired by 分别 give one metric, each figure its own year")
  func yearPairs() {
    let found = TargetPatterns.goals(
      in: "规上服务业企业2026年、2027年、2028年分别达到60家、75家、90家。"[...],
      context: SentenceContext(year: 2026, inGoals: true))
    #expect(found.map(\.metric) == ["规上服务业企业", "规上服务业企业", "规上服务业企业"])
    #expect(found.map { $0.goal.target?.value } == [60, 75, 90])
    #expect(found.map { $0.goal.target?.year } == [2026, 2027, 2028])
    #expect(found.map(\.midSeries) == [true, true, false])
  }

  @Test("a draft: the series' last figure counts the ladder step; earlier ones take no baseline")
  func drafted() throws {
    let lines = [
      "己区工业提质行动方案(2026—2028年)", "一、发展现状", "2025年,全区高新技术企业40家。", "二、主要目标",
      "高新技术企业2026年、2027年、2028年分别达到50家、60家、72家。", "三、重点任务",
      "(一)企业梯度培育。推动科技型中小企业向高新技术企业、瞪羚企业、链主企业逐级跃升。",
    ]
    let plan = draft(lines)
    let ladder = try #require(plan.ladders.first)
    #expect(ladder.tiers.map { $0.target?.value }[1] == 72)
    #expect(plan.targets.map { $0.goal.target?.value } == [50, 60])
    #expect(plan.targets.allSatisfy { $0.goal.baseline == nil })
  }

  @Test("names that are not all years still pair one name per figure")
  func namePairs() {
    #expect(YearListPairs.read(["规上企业2026年", "高新技术企业"]) == nil)
    // Years with nothing before them pair too; the clause before gives their subject.
    #expect(YearListPairs.read(["2026年", "2027年"])?.metric == "")
    #expect(YearListPairs.read(["产值2026年"]) == nil)
    let read = YearListPairs.read(["营业收入2026年", "2028年"])
    #expect(read?.metric == "营业收入")
    #expect(read?.years == [2026, 2028])
  }
}
