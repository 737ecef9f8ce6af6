import PlanModel
import Testing

@testable import PlanImport

/// A one-year plan's goal for a stretch of its year (`上半年…完成230亿元以上`) takes no whole
/// year's starting figure as its baseline.
@Suite("Extraction: goals for a stretch of the year")
struct YearStretchGoalsTests {
  @Test("sentences opening with a quarter or a half, past a short label")
  func stretches() {
    #expect(YearStretchGoals.opensStretch("上半年实现“双过半”,规上工业营业收入完成180亿元以上;"))
    #expect(YearStretchGoals.opensStretch("时间节点:一季度规上工业增加值增长9%以上;"))
    #expect(YearStretchGoals.opensStretch("\u{3000}前三季度,新增规上工业企业25家。"))
    #expect(YearStretchGoals.opensStretch("1—6月完成工业投资60亿元。"))
    // The stretch itself as the label.
    #expect(YearStretchGoals.opensStretch("一季度:规上工业增加值增长10%以上;"))
    #expect(YearStretchGoals.opensStretch("上半年：营业收入完成200亿元。"))
  }

  @Test("lookalikes: the whole year, its end, a stretch later in the sentence")
  func lookalikes() {
    #expect(!YearStretchGoals.opensStretch("全年规上工业增加值增长9%左右。"))
    #expect(!YearStretchGoals.opensStretch("年底前完成各项目标任务。"))
    #expect(!YearStretchGoals.opensStretch("新开工项目一季度开工率达到40%。"))
    #expect(!YearStretchGoals.opensStretch("2027年上半年工作要点如下:"))
  }

  @Test("the half-year goal takes no starting figure; the year's goal takes it")
  func baselines() {
    let plan = draft([
      "关于印发2027年全县工业经济工作要点的通知",
      "2026年,全县工业经济稳中有进。全年规上工业营业收入达到318.5亿元,新增规上工业企业28家。",
      "一、主要目标",
      "全年规上工业营业收入突破350亿元;新增规上工业企业35家以上。",
      "时间节点:上半年规上工业营业收入完成170亿元以上;三季度末,新增规上工业企业25家。",
      "二、重点工作",
      "(一)抓项目。推进重点项目建设。",
    ])
    let baselines = Dictionary(
      plan.targets.compactMap { target in target.goal.target?.value.map { ($0, target) } },
      uniquingKeysWith: { first, _ in first })
    #expect(baselines[350]?.goal.baseline?.value == 318.5)
    #expect(baselines[170] != nil)
    #expect(baselines[170]?.goal.baseline == nil)
    #expect(baselines[25]?.goal.baseline == nil)
  }
}
