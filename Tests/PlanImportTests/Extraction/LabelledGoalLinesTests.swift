import PlanModel
import Testing

@testable import PlanImport

/// An indicators' box line naming its indicator before a colon (`3.规模以上工业企业:由326家增加到
/// 500家`): the label, whole, is the metric of the figures after it that name none.
@Suite("Extraction: a box line's label names its figures")
struct LabelledGoalLinesTests {
  /// The draft of a five-year plan whose goals part holds these lines after a dated paragraph.
  func boxDraft(_ lines: [String], report: String = "2025年,全县规上工业企业210家,高新技术企业64家。")
    -> Plan
  {
    draft(
      [
        "榆溪县“十五五”工业发展规划(2026—2030年)", "第一章 发展基础", report, "第二章 发展目标",
        "到2030年,全县工业经济实力显著增强。", "专栏1 主要指标",
      ] + lines + ["第三章 主要任务", "(一)壮大产业。推动产业集聚发展。"])
  }

  func target(_ plan: Plan, _ value: Double) -> (metric: String, goal: Goal)? {
    (plan.targets.map { ($0.metric, $0.goal) } + plan.indicators.map { ($0.name, $0.goal) })
      .first { $0.1.target?.value == value }
  }

  @Test("the label, not a cue word inside it, names the figures: several wordings")
  func labels() {
    let plan = boxDraft([
      "1.数字经济核心产业增加值占比:由2025年的3.1%提高到6%以上。",
      "2.规上工业企业研发经费投入强度:2.4%。",
      "3.单位工业增加值能耗:累计下降12%(约束性)。",
      "4.一般工业固体废物综合利用率:稳定在92%以上。",
      "5.工业技改投资:年均增长9%。",
    ])
    #expect(target(plan, 6)?.metric == "数字经济核心产业增加值占比")
    #expect(target(plan, 6)?.goal.baseline == Figure(value: 3.1, year: 2025))
    #expect(target(plan, 2.4)?.metric == "规上工业企业研发经费投入强度")
    #expect(target(plan, 12)?.metric == "单位工业增加值能耗")
    #expect(target(plan, 92)?.metric == "一般工业固体废物综合利用率")
    for value in [6.0, 2.4, 12, 92] { #expect(target(plan, value)?.goal.target?.year == 2030) }
  }

  @Test("a change's start restating the report takes the report's year; no indicator twice")
  func restatedStart() {
    let plan = boxDraft(["1.规上工业企业:由210家增加到300家。", "2.高新技术企业:由64家增加到120家。"])
    #expect(target(plan, 300)?.metric == "规上工业企业")
    #expect(target(plan, 300)?.goal.baseline == Figure(value: 210, year: 2025))
    #expect(target(plan, 120)?.goal.baseline == Figure(value: 64, year: 2025))
    #expect(!plan.baselineIndicators.contains { $0.baseline.value == 210 })
    #expect(!plan.baselineIndicators.contains { $0.baseline.value == 64 })
  }

  @Test("a line reporting its base year then its goal year: one goal with its start")
  func baseThenGoal() {
    let plan = boxDraft(["1.规上工业总产值:2025年为236亿元,2030年达到400亿元,年均增长11%左右。"])
    #expect(target(plan, 400)?.metric == "规上工业总产值")
    #expect(target(plan, 400)?.goal.target?.year == 2030)
    #expect(target(plan, 400)?.goal.baseline == Figure(value: 236, year: 2025))
    #expect(!plan.baselineIndicators.contains { $0.name.contains("2030年") })
    #expect(target(plan, 11)?.goal.target?.year == 2030)
  }

  @Test("an increment after the label counts new ones")
  func increment() {
    let plan = boxDraft(["1.规上工业企业:新增90家以上。", "2.省级专精特新中小企业:新培育40家。"])
    #expect(target(plan, 90)?.metric == "新增规上工业企业")
    #expect(target(plan, 40)?.metric == "新培育省级专精特新中小企业")
    #expect(target(plan, 90)?.goal.baseline == nil)
  }

  @Test("the label itself: a name before a colon, its list number dropped")
  func labelReading() {
    let line: Substring = "3.工业园区亩均税收:由15.6万元/亩提高到25万元/亩"
    let clauses = SentenceSegmenter.clauses(of: line)
    #expect(LabelledGoalLines.label(closing: clauses.prefix(1)) == "工业园区亩均税收")
    #expect(LabelledGoalLines.label(before: clauses[1]) == "工业园区亩均税收")
  }

  @Test("lookalikes: a heading of goals, a dated lead, no colon, a long sentence")
  func lookalikes() {
    for line: Substring in [
      "发展目标:由326家增加到500家", "主要任务:2.2%", "2025年:由326家增加到500家", "主要指标:2.2%",
      "近期:由326家增加到500家", "第一阶段:2.2%",
      "规上工业企业,由326家增加到500家",
      "围绕主导产业延链补链强链推动产业向高端化智能化绿色化发展并持续壮大产业集群规模:2.2%",
    ] {
      let clauses = SentenceSegmenter.clauses(of: line)
      #expect(LabelledGoalLines.label(closing: clauses.prefix(1)) == nil, "\(line)")
    }
    // A measure's own noun after the label names it; a verb alone does not.
    #expect(!LabelledGoalLines.namesNothing("产值"))
    #expect(!LabelledGoalLines.namesNothing("税收"))
    #expect(LabelledGoalLines.namesNothing("稳定"))
    #expect(LabelledGoalLines.namesNothing("新增"))
  }
}
