import PlanModel
import Testing

@testable import PlanImport

/// A goals paragraph opened by the five-year period alone (`“十五五”期间,A…;B…;C…`): every goal of
/// the paragraph is due the period's last year; in a task, the period alone in its clause reaches
/// the clauses after it; a `展望` paragraph without figures sets no goal and no horizon.
@Suite("Extraction: goals of the five-year period")
struct PeriodGoalParagraphsTests {
  let fiveYears = PlanPeriod(start: 2026, end: 2030)

  func figure(_ plan: Plan, _ value: Double) -> Int?? {
    draftedFigures(plan).first { $0.value == value }.map(\.year)
  }

  @Test("every goal of a goals paragraph the period opens, past each `;`")
  func goalsParagraph() {
    let plan = draft([
      "岚溪市工业领域节能降碳实施方案", "岚工信发〔2026〕3号",
      "一、总体要求",
      "(一)主要目标",
      "“十五五”期间,产业结构持续优化,规上工业单位增加值能耗累计下降13%左右;工业领域可再生能源消费比重提高到22%;"
        + "新增省级以上绿色工厂40家以上,其中国家级绿色工厂10家左右;工业用水重复利用率达到93%。",
      "到2030年,全市工业领域二氧化碳排放总量控制在2600万吨以内,确保工业领域碳排放在2030年前达到峰值。",
      "二、重点任务",
      "(一)优化用能结构。推动企业实施清洁能源替代,建设分布式光伏项目12个。",
    ])
    for value in [13.0, 22, 40, 10, 93, 2600] { #expect(figure(plan, value) == 2030, "\(value)") }
    // A task goal with no year of its own takes none from the goals part.
    #expect(figure(plan, 12) == .some(nil))
    #expect(plan.document.horizon.end == 2030)
    // The peak, `达到峰值`, is a goal of its own year.
    #expect(
      (plan.targets.map(\.metric) + plan.indicators.map(\.name)).contains {
        $0.hasSuffix("碳排放达到峰值")
      })
  }

  @Test("the period alone opening a sentence: in the goals part only")
  func opening() {
    let sentence: Substring = "“十五五”期间,全市能耗累计下降13%左右,可再生能源比重持续提高;"
    #expect(GoalSpanOpenings.year(opening: sentence, period: fiveYears, inGoals: true) == 2030)
    #expect(GoalSpanOpenings.opensPeriodGoals(sentence, period: fiveYears, inGoals: true))
    #expect(GoalSpanOpenings.year(opening: sentence, period: fiveYears) == nil)
    #expect(!GoalSpanOpenings.opensPeriodGoals(sentence, period: fiveYears, inGoals: false))
    // The period's setting, a past period, the period alone.
    #expect(
      GoalSpanOpenings.year(
        opening: "“十五五”时期是工业转型的关键时期。", period: fiveYears, inGoals: true) == nil)
    #expect(
      GoalSpanOpenings.year(opening: "“十四五”期间,能耗累计下降14%。", period: fiveYears, inGoals: true)
        == nil)
    #expect(GoalSpanOpenings.year(opening: "“十五五”期间。", period: fiveYears, inGoals: true) == nil)
    // The period's setting with a comma: no figure after it, no goals' year.
    #expect(
      GoalSpanOpenings.year(
        opening: "“十五五”时期,是推进新型工业化的关键时期。", period: fiveYears, inGoals: true) == nil)
  }

  @Test("in a task, the period alone in its clause reaches the clauses after it, not past `;`")
  func taskClause() {
    let plan = draft([
      "岚溪市工业领域节能降碳实施方案(2026—2030年)",
      "一、重点任务",
      "(一)控制煤炭消费。严控工业用煤增量,“十五五”期间,规上工业煤炭消费量下降8%左右;建设储能电站3座。",
      "(二)培育示范企业。“十五五”期间,培育节能降碳示范企业15家。",
    ])
    #expect(figure(plan, 8) == 2030)
    #expect(figure(plan, 15) == 2030)
    #expect(figure(plan, 3) == .some(nil))
    #expect(
      FiveYearPeriods.currentSpan(openingClause: "“十五五”期间", from: 2026)?.end == 2030)
    #expect(FiveYearPeriods.currentSpan(openingClause: "“十四五”期间", from: 2026) == nil)
  }

  @Test("a `展望` paragraph without figures: no goal, no longer horizon; with one, a goal")
  func outlook() {
    let vision = draft([
      "岚溪市工业领域节能降碳实施方案", "岚工信发〔2026〕3号",
      "一、主要目标",
      "到2030年,全市规上工业单位增加值能耗较2025年下降13%。",
      "展望2035年,工业领域碳排放稳中有降,绿色低碳发展水平进入全省前列。",
      "二、重点任务",
      "(一)优化结构。推动产业升级。",
    ])
    #expect(vision.document.horizon == Horizon(start: 2026, end: 2030))
    #expect(!draftedFigures(vision).contains { $0.year == 2035 })
    #expect(
      !(vision.targets.map(\.goal) + vision.indicators.map(\.goal)).contains {
        $0.target?.year == 2035
      })
    let figured = draft([
      "岚溪市制造业发展规划", "岚政发〔2026〕5号",
      "一、主要目标",
      "到2030年,全市规上工业总产值突破800亿元。",
      "展望2035年,全市规上工业总产值突破1200亿元,建成制造强市。",
      "二、重点任务",
      "(一)优化结构。推动产业升级。",
    ])
    #expect(figure(figured, 1200) == 2035)
  }
}
