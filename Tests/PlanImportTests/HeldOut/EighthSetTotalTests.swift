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

  @Test("a past year's end states the ladder's tiers' starting counts: their baselines")
  func tierBaselines() throws {
    let plan = draft([
      "壬市中小企业培育若干措施(2026—2028年)", "一、总体目标",
      "2025年底,全市市场主体21.3万户,创新型中小企业412家、专精特新中小企业156家、专精特新“小巨人”企业7家。"
        + "到2028年,构建“创新型中小企业—专精特新中小企业—专精特新‘小巨人’企业”梯度培育体系,"
        + "创新型中小企业达到800家、专精特新中小企业达到300家、专精特新“小巨人”企业达到15家。",
      "二、支持措施", "第一条 加大奖励。对新认定企业给予奖励。(责任单位:市工信局)",
    ])
    let ladder = try #require(plan.ladders.first)
    let baselines = ladder.tiers.map { $0.baseline?.value }
    #expect(baselines == [412, 156, 7])
    #expect(ladder.tiers.allSatisfy { $0.baseline?.year == 2025 })
    // The counts are the tiers' baselines, not indicators of their own.
    #expect(!plan.baselineIndicators.contains { [412, 156, 7].contains($0.baseline.value) })
  }

  @Test("a list by year (`2026年盘活300亩、2027年400亩…`) lends no year to the sentence after it")
  func listByYearLendsNoYear() throws {
    let plan = draft([
      "庚县园区攻坚方案(2026—2028年)", "一、攻坚任务",
      "(一)存量用地攻坚。2026年盘活300亩、2027年400亩、2028年500亩;新建标准厂房不少于20万平方米。"
        + "(责任单位:县自然资源局)",
    ])
    let figures =
      plan.targets.map { ($0.goal.target, $0.goal.unit) }
      + plan.indicators.map { ($0.goal.target, $0.goal.unit) }
      + plan.measures.flatMap(\.outputs).map { ($0.figure, $0.unit) }
    let space = try #require(figures.first { $0.1 == "万平方米" }?.0)
    #expect(space.value == 20 && space.year == nil)
    #expect(figures.contains { $0.0?.value == 500 && $0.0?.year == 2028 })
  }
}
