import PlanModel
import Testing

@testable import PlanImport

/// The fourteenth held-out set's classes that real plans share (years of a report's clauses,
/// counts a subject holds, a rank due after a span of years, a count of stages, a title to win,
/// a bureau's own offices), on other invented passages.
@Suite("Extraction: general classes from the fourteenth held-out set")
struct FourteenthSetTests {
  @Test("a figure in a report's clause that opens with its own year is of that year")
  func ownYearOfAClause() {
    let plan = draft([
      "辛桥县新能源产业发展三年行动方案(2026—2028年)", "一、发展基础",
      "2024年以来累计引进光伏组件项目6个,总投资120亿元,2025年光伏产业实现产值45亿元。",
      "二、重点任务", "(一)壮大光伏产业", "推动组件企业扩大产能。",
    ])
    let starting = draftedStartingFigures(plan)
    #expect(starting.contains { $0.value == 45 && $0.year == 2025 })
    // A period's start dates none of what the clauses it opens count.
    #expect(starting.contains { $0.value == 6 && $0.year == nil })
    #expect(starting.contains { $0.value == 120 && $0.year == nil })
    // A sentence opened by a plain year: its clauses keep it until one opens with its own.
    let sentence = "2024年全区工业产值达到210亿元,税收12亿元,2025年工业产值达到236亿元"[...]
    let years = ReportClauseYears.years(of: sentence, reported: 2024, before: 2026).map(\.year)
    #expect(years == [2024, 2024, 2025])
    // A year after the plan's start opens no clause of the report.
    let later = "2025年全区工业产值达到236亿元,2027年计划达到300亿元"[...]
    #expect(
      ReportClauseYears.years(of: later, reported: 2025, before: 2026).map(\.year) == [2025, 2025])
  }

  @Test("counts a short subject holds, after a report, are that report's year")
  func heldCounts() {
    let plan = draft([
      "壬山市工业高质量发展三年行动方案(2026—2028年)", "一、发展基础",
      "2025年,全市规上工业产值达到560亿元,同比增长8.2%。全市拥有省级企业技术中心15家、市级工程技术研究中心42家。",
      "二、发展目标", "到2028年,全市规上工业产值突破720亿元。",
    ])
    let starting = draftedStartingFigures(plan)
    #expect(starting.contains { $0.value == 15 && $0.year == 2025 })
    #expect(starting.contains { $0.value == 42 && $0.year == 2025 })
    #expect(StatedAsIs.continuesReport("园区共有规上企业86家"[...]))
    // A holding far into the sentence, or looking ahead, goes on with no report.
    #expect(!StatedAsIs.continuesReport("力争全市拥有省级企业技术中心20家"[...]))
    #expect(!StatedAsIs.continuesReport("推动龙头企业加快发展,使其拥有研发中心3个"[...]))
    #expect(!StatedAsIs.continuesReport("全市拥有丰富的矿产资源"[...]))
  }

  @Test("a rank after a span of years won through is due the plan's last year, drafted once")
  func spanRank() {
    let plan = draft([
      "癸江高新区创新发展三年行动方案(2026—2028年)", "一、发展目标",
      "经过三年努力,园区创新能力明显增强,综合排名进入全省高新区前8位。",
      "二、重点任务", "(一)提升创新能力", "支持企业建设研发机构。",
    ])
    let ranks = plan.targets.filter { $0.goal.kind == .rank }
    #expect(ranks.count == 1)
    #expect(ranks.first?.goal.target?.value == 8)
    #expect(ranks.first?.goal.target?.year == 2028)
    #expect(PlanSpanTotals.span(openingClause: "通过五年建设"[...])?.years == 5)
    #expect(PlanSpanTotals.span(openingClause: "通过五年以来的建设"[...]) == nil)
  }

  @Test("the stages the work is carried out in are no goal")
  func stageCounts() {
    let context = SentenceContext(year: 2027)
    #expect(
      TargetPatterns.goals(in: "行动分为动员部署、集中攻坚和总结提升三个阶段实施"[...], context: context).isEmpty)
    #expect(TargetPatterns.goals(in: "整治工作分两步推进"[...], context: context).isEmpty)
    #expect(TargetPatterns.goals(in: "建成公共服务平台3个"[...], context: context).count == 1)
  }

  @Test("a title to win by a year of its own is a goal without a number")
  func designations() {
    let own = SentenceContext(year: 2027)
    let won = DesignationGoals.goal("力争到2027年成功创建省级绿色制造示范园区"[...], context: own)
    #expect(won?.metric == "省级绿色制造示范园区创建")
    #expect(won?.goal.target?.year == 2027 && won?.goal.target?.value == nil)
    let field = DesignationGoals.goal("到2027年创成国家级新型工业化产业示范基地(电子信息)"[...], context: own)
    #expect(field?.metric == "国家级新型工业化产业示范基地创建")
    // No level, a batch, or a year taken from the plan's span: none.
    #expect(DesignationGoals.goal("到2027年成功创建产业示范基地"[...], context: own) == nil)
    #expect(DesignationGoals.goal("到2027年创建一批省级示范园区"[...], context: own) == nil)
    var borrowed = own
    borrowed.yearMark = .yearFromPlanSpan(3)
    #expect(DesignationGoals.goal("成功创建省级绿色制造示范园区"[...], context: borrowed) == nil)
    let plan = draft([
      "子湖经济开发区绿色发展工作方案(2026—2027年)",
      "为推动园区绿色低碳转型,力争到2027年成功创建省级绿色制造示范园区,制定本方案。",
      "一、重点任务", "(一)推进绿色改造", "支持企业开展节能改造。",
    ])
    #expect(plan.targets.contains { $0.metric == "省级绿色制造示范园区创建" && $0.goal.target?.year == 2027 })
  }

  @Test("a bureau's own offices named as lead and responsible units")
  func officeUnits() {
    expectUnitNotes([
      ("(三)加强监测分析。按月调度重点企业。(牵头科室:综合科;配合科室:财务科、法规科)", ["综合科"], ["财务科", "法规科"]),
      ("(四)抓好安全生产。开展隐患排查。(责任科室:安全科,各乡镇(街道))", [], ["安全科", "各乡镇(街道)"]),
      ("(五)优化服务。(牵头处室:产业处;责任处室:规划处)", ["产业处"], ["规划处"]),
    ])
  }

  @Test("a letter to the readers before the text is an unnumbered heading, no task")
  func letterHeading() {
    #expect(HeadingMarker.isLetterHeading("致全市企业家"))
    #expect(HeadingMarker.isLetterHeading("致读者"))
    #expect(!HeadingMarker.isLetterHeading("致力打造产业高地"))
    #expect(!HeadingMarker.isLetterHeading("致全市企业家的一封信:"))
    let plan = draft([
      "丑山市招商引资手册(2027年版)", "致广大客商",
      "丑山市交通便利、产业基础雄厚,热忱欢迎各位客商来丑山投资兴业。",
      "一、产业政策", "(一)加大招商奖励", "对新引进的制造业项目按实际投资额给予奖励。",
    ])
    #expect(plan.outline.contains { $0.title == "致广大客商" && $0.number.isEmpty })
    #expect(!plan.measures.contains { $0.title == "致广大客商" })
  }
}
