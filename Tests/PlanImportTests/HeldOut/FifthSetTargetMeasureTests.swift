import PlanModel
import Testing

@testable import PlanImport

/// The target and measure families of the fifth held-out set (branch i12-ho5; fixed on branch
/// i12-r7a), each tried on passages of invented regions in several forms (none of them a
/// held-out document's sentence).
@Suite("Extraction: target and measure families from the fifth held-out set")
struct FifthSetTargetMeasureTests {

  func year(_ plan: Plan, _ value: Double, _ unit: String) -> Int?? {
    draftedFigures(plan).first { $0.value == value && $0.unit == unit }.map(\.year)
  }

  func workPlan(title: String, tasks: [String]) -> Plan {
    draft(
      ["壬县人民政府办公室关于印发\(title)的通知", "壬政办发〔2027〕3号", "壬县人民政府办公室", "2027年3月2日", title]
        + tasks)
  }

  @Test("a one-year work plan gives its year to every task figure that names none")
  func oneYearWorkPlan() {
    let tasks = [
      "一、扩大有效投资",
      "1.抓好项目建设。新建标准厂房6万平方米,新开工项目开工率达到85%以上。(县发改局负责)",
      "2.推动企业升规。新增规上工业企业15家,培育“专精特新”企业6家。(牵头单位:县工信局)",
      "二、推进数字化改造",
      "3.建设新基建。新建通信基站90个,实现工业园区千兆光网全覆盖。(责任单位:县大数据中心)",
    ]
    for title in ["壬县2027年工业经济工作要点", "壬县经济和信息化局2027年度工作计划", "壬县2027年制造业重点工作任务"] {
      let plan = workPlan(title: title, tasks: tasks)
      #expect(plan.document.horizon.start == 2027 && plan.document.horizon.end == 2027, "\(title)")
      #expect(year(plan, 6, "万平方米") == 2027, "\(title)")
      #expect(year(plan, 85, "%") == 2027, "\(title)")
      #expect(year(plan, 15, "家") == 2027, "\(title)")
      #expect(year(plan, 90, "个") == 2027, "\(title)")
      // `实现X全覆盖` in a one-year plan is that year's coverage.
      #expect(year(plan, 100, "%") == 2027, "\(title)")
      #expect(!plan.document.notes.contains { $0.contains("规划期由正文年份推断") }, "\(title)")
      #expect(PlanRules.check([plan]).isEmpty, "\(title)")
    }
    // The year is said to come from the plan's title.
    var context = YearContext(reference: 2027, workYear: 2027)
    let (taken, mark) = context.year(
      for: "新增规上工业企业15家"[...], key: "一1", carries: false, headingYear: nil)
    #expect(taken == 2027 && mark == .yearOfWorkPlan)
  }

  @Test("a one-year work plan issued the year before starts from its own year")
  func workPlanIssuedBefore() {
    let plan = draft([
      "壬县人民政府办公室关于印发壬县2027年工业经济工作要点的通知", "壬县人民政府办公室", "2026年12月28日", "壬县2027年工业经济工作要点",
      "2026年,全县规上工业增加值增长7.5%。2027年主要预期目标是:规上工业增加值增长8%左右。",
      "一、稳定工业增长", "1.抓好企业培育。新增规上工业企业15家。(县工信局负责)",
    ])
    #expect(plan.document.horizon.start == 2027 && plan.document.horizon.end == 2027)
    #expect(year(plan, 8, "%") == 2027)
    #expect(year(plan, 15, "家") == 2027)
    // The year before is where things stand: no goal.
    #expect(!draftedFigures(plan).contains { $0.value == 7.5 })
  }

  @Test("a title of several years, or of no year's work, makes no one-year plan")
  func notOneYearTitles() {
    #expect(OneYearPlan.year(ofTitle: "壬县2027年工业经济工作要点") == 2027)
    #expect(OneYearPlan.year(ofTitle: "壬县2027年度工业发展工作计划") == 2027)
    #expect(OneYearPlan.year(ofTitle: "壬县2027年度项目建设计划") == 2027)
    #expect(OneYearPlan.year(ofTitle: "壬县制造业提质行动方案(2026—2028年)") == nil)
    #expect(OneYearPlan.year(ofTitle: "壬县2027年制造业三年行动计划") == nil)
    #expect(OneYearPlan.year(ofTitle: "壬县到2030年产业发展规划") == nil)
    #expect(OneYearPlan.year(ofTitle: "壬县2027年制造业高质量发展实施意见") == nil)
    #expect(OneYearPlan.year(ofTitle: nil) == nil)
    // A plan of several years keeps figures without a year of their own undated.
    let plan = draft([
      "壬县人民政府办公室", "壬县制造业提质三年行动方案(2027—2029年)", "一、重点任务",
      "1.抓好项目建设。新建标准厂房6万平方米。(县发改局负责)",
    ])
    #expect(year(plan, 6, "万平方米") == .some(nil))
  }

  @Test("a bracketed note written as a clause names the measure's units")
  func clauseNotes() {
    let cases: [(String, [String], [String])] = [
      ("推进园区提升。(县工信局、县商务局按职责分工负责)", [], ["县工信局", "县商务局"]),
      // The unit charged before its partners leads (`ChargedLeads`, the eighteenth set).
      ("推进园区提升。(县工信局负责,县财政局、县税务局配合)", ["县工信局"], ["县财政局", "县税务局"]),
      ("推进园区提升。(县工信局牵头,县财政局配合)", ["县工信局"], ["县财政局"]),
      ("推进园区提升。(各乡镇(街道)负责)", [], ["各乡镇(街道)"]),
      ("推进园区提升。(县住建局牵头,县自然资源局负责)。", ["县住建局"], ["县自然资源局"]),
      ("推进园区提升。【县发改局、县统计局分工负责】", [], ["县发改局", "县统计局"]),
    ]
    expectUnitNotes(cases)
    // Brackets that say anything else, or stand inside the text, are no note.
    for text in [
      "推进园区提升。(由企业自主负责)", "推进园区提升(县工信局负责)工作,按月通报。", "推进园区提升。(2026年县工信局负责组织验收)",
    ] {
      #expect(UnitNotes.read(text).isEmpty, "\(text)")
    }
  }

  @Test("a clause note gives a task its units in a drafted plan")
  func clauseNotesInPlan() throws {
    let plan = workPlan(
      title: "壬县2027年工业经济工作要点",
      tasks: [
        "一、优化发展环境",
        "1.落实惠企政策。全年兑现扶持资金2亿元以上。(县财政局、县工信局按职责分工负责)",
        "2.强化要素保障。全年为企业降低用电成本3000万元。(县发改委牵头,国网壬县供电公司配合)",
      ])
    let first = try #require(plan.measures.first { $0.title == "落实惠企政策" })
    #expect(first.leadUnits.isEmpty)
    #expect(first.responsibleUnits == ["县财政局", "县工信局"])
    let second = try #require(plan.measures.first { $0.title == "强化要素保障" })
    #expect(second.leadUnits == ["县发改委"])
    #expect(second.responsibleUnits == ["国网壬县供电公司"])
  }

  @Test("a programme named in quotes with its units in running prose is a measure")
  func programmeSentences() throws {
    let plan = draft([
      "# source: http://example.invalid/news/1.html",
      "壬县发布制造业提质行动方案",
      "方案明确了5项重点工程。其中,“茶产业提质增效工程”由县农业农村局牵头,县工信局、县市场监管局配合;“园区扩容行动”由县发改局负责。县里还将“数字赋能计划”列为重点。",
    ])
    let tea = try #require(plan.measures.first { $0.title == "茶产业提质增效工程" })
    #expect(tea.leadUnits == ["县农业农村局"])
    #expect(tea.responsibleUnits == ["县工信局", "县市场监管局"])
    let park = try #require(plan.measures.first { $0.title == "园区扩容行动" })
    #expect(park.leadUnits.isEmpty)
    #expect(park.responsibleUnits == ["县发改局"])
    // Placed by its paragraph, the draft is a valid plan.
    #expect(tea.position == "¶3")
    #expect(PlanRules.check([plan]).isEmpty)
    // A quoted name with no units after it is no measure.
    #expect(!plan.measures.contains { $0.title == "数字赋能计划" })
    #expect(ProgrammeSentences.programmes(in: "“亩均论英雄”由县里全面推行。").isEmpty)
  }

  @Test("a goal a task states again with its figure is one goal")
  func restatedGoal() {
    let plan = draft([
      "壬县人民政府办公室", "壬县制造业提质三年行动方案(2025—2027年)", "一、主要目标",
      "到2027年,全县新增规上工业企业40家,软件业务收入达到60亿元,单位工业增加值能耗较2024年下降9%,规上工业增加值年均增长8%。",
      "二、重点任务",
      "1.推动企业升规。建立后备企业库,到2027年新增规上工业企业40家。(县工信局负责)",
      "2.壮大软件产业。到2027年,全县软件业务收入达到60亿元。(县科技局负责)",
      "3.推进节能降耗。到2027年完成单位工业增加值能耗下降9%的目标任务。(县发改局负责)",
      "4.扩大有效投资。到2027年,工业投资年均增长8%。(县发改局负责)",
    ])
    for (value, unit) in [(40.0, "家"), (60, "亿元"), (9, "%")] {
      #expect(
        draftedFigures(plan).filter { $0.value == value && $0.unit == unit }.count == 1, "\(value)")
    }
    // Another metric with the same figure is a goal of its own.
    #expect(draftedFigures(plan).filter { $0.value == 8 && $0.unit == "%" }.count == 2)
  }

  func taskPlan(_ tasks: [String]) -> Plan {
    draft(
      ["癸县人民政府办公室", "癸县工业强县三年行动方案(2025—2027年)", "一、主要目标", "到2027年,全县工业增加值达到150亿元。", "二、重点任务"]
        + tasks)
  }

  @Test(
    "figures after verbs of carrying out, completing, preparing, freeing or setting up are goals")
  func moreGoalVerbs() {
    let plan = taskPlan([
      "1.抓好项目建设。到2027年,实施500万元以上工业项目120个,其中亿元以上项目30个,完成工业技改投资90亿元。(县发改局负责)",
      "2.盘活存量土地。到2027年盘活低效工业用地1500亩。(县自然资源局负责)",
      "3.强化金融支撑。到2026年设立规模3亿元的产业引导基金,每年谋划储备重点项目40个。(县财政局负责)",
    ])
    #expect(year(plan, 120, "个") == 2027)
    #expect(year(plan, 30, "个") == 2027)
    #expect(year(plan, 90, "亿元") == 2027)
    #expect(year(plan, 1500, "亩") == 2027)
    #expect(year(plan, 3, "亿元") == 2026)
    #expect(draftedFigures(plan).contains { $0.value == 40 && $0.unit == "个" })
    // The thresholds naming the projects are no goals.
    #expect(!draftedFigures(plan).contains { $0.value == 500 })
  }

  @Test(
    "a threshold naming a class of enterprises, a project's own yield and a rank picking a group are no goals"
  )
  func describedFigures() {
    let plan = taskPlan([
      "1.培育龙头企业。到2027年,营业收入超5亿元企业数量实现倍增,亿元以上企业达到30家。(县工信局负责)",
      "2.推进重大项目。到2027年,新落地项目20个,其中一家企业新上生产线投产后预计新增产值6亿元,建成后可带动就业800人。(县发改局负责)",
      "3.精准服务企业。到2027年,对纳税前50位企业实行包联服务,全县工业税收进入全市前3位。(县税务局负责)",
      "4.严格项目准入。到2027年,新供工业用地达产后亩均税收不低于25万元。(县自然资源局负责)",
    ])
    #expect(!draftedFigures(plan).contains { $0.value == 5 && $0.unit == "亿元" })
    #expect(!draftedFigures(plan).contains { $0.value == 6 && $0.unit == "亿元" })
    #expect(draftedFigures(plan).contains { $0.value == 30 && $0.unit == "家" })
    #expect(draftedFigures(plan).contains { $0.value == 20 && $0.unit == "个" })
    // A standard held after 达产 is a goal; only a forecast (`可`, `预计`) is a project's own.
    #expect(draftedFigures(plan).contains { $0.value == 25 && $0.unit == "万元/亩" })
    let ranks = plan.targets.filter { $0.goal.kind == .rank }
    #expect(ranks.count == 1)
    #expect(ranks.first?.goal.target?.value == 3)
  }

  @Test("a run-in task heading is no goal without a number")
  func runInHeadingNoGoal() {
    let plan = taskPlan([
      "1.提高土地利用效率。到2027年,工业用地亩均税收提高到28万元。(县自然资源局负责)",
      "2.降低企业用能成本。到2027年,推广合同能源管理项目12个。(县发改局负责)",
    ])
    let wordless = (plan.targets.map(\.goal) + plan.indicators.map(\.goal)).filter {
      $0.target?.hasNumber != true
    }
    #expect(wordless.isEmpty)
    #expect(draftedFigures(plan).contains { $0.value == 28 && $0.unit == "万元/亩" })
  }

  @Test("a span of the plan's years reaches the later clauses of its sentence, not a yearly one")
  func spanReachesLaterClauses() throws {
    let plan = draft([
      "# source: http://example.invalid/news/2.html", "癸县印发工业强县三年行动方案(2025—2027年)",
      "方案提出,到2027年全县工业增加值达到150亿元。",
      "在企业培育方面,方案提出,三年内推动小微企业升规45家,力争新增上市企业2家,实现北交所上市零突破。",
      "方案要求,三年累计完成工业投资200亿元,年均实施亿元以上项目25个。",
      "在绿色发展方面,单位工业增加值能耗较2024年下降10%,新建标准厂房30万平方米。",
    ])
    #expect(year(plan, 45, "家") == 2027)
    #expect(year(plan, 2, "家") == 2027)
    #expect(year(plan, 200, "亿元") == 2027)
    // A yearly figure is no total: no year.
    #expect(year(plan, 25, "个") == .some(nil))
    let zero = try #require(plan.targets.first { $0.goal.baseline?.value == 0 })
    #expect(zero.goal.target?.year == 2027)
    // A later paragraph of running prose names its own year or none: no year carried to it.
    #expect(year(plan, 10, "%") == .some(nil))
    #expect(year(plan, 30, "万平方米") == .some(nil))
  }
}
