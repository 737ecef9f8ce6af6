import PlanModel
import Testing

@testable import PlanImport

@Suite("Extraction: a text goal restating an indicators' table row")
struct RestatedRowsTests {
  func goal(_ metric: String, _ value: Double, _ unit: String, _ year: Int?) -> GoalCandidate {
    GoalCandidate(
      metric: metric,
      goal: Goal(
        kind: .absolute, direction: .up, unit: unit, target: Figure(value: value, year: year)),
      sourceText: metric)
  }

  @Test("the shorter name's characters in order in the longer, a closing span of years left out")
  func sameName() {
    #expect(RestatedRows.sameName("园区工业用地亩均税收", "园区亩均税收"))
    #expect(RestatedRows.sameName("单位工业增加值能耗五年", "单位工业增加值能耗累计下降"))
    #expect(RestatedRows.sameName("高新技术企业", "高新技术企业数"))
    #expect(!RestatedRows.sameName("工业投资增速", "工业投资年均增长"))
    #expect(!RestatedRows.sameName("规上工业总产值", "工业投资年均增速"))
    // A name of two or three characters only whole: `产值` is not `产业增加值`.
    #expect(!RestatedRows.sameName("产值", "产业增加值"))
    #expect(!RestatedRows.sameName("营收额", "营业收入总额"))
    #expect(RestatedRows.sameName("营收", "全县工业营收"))
  }

  @Test("a goal of the row's figure restates it unless it names another row of the table")
  func restates() {
    let output = goal("规上工业总产值", 700, "亿元", 2030)
    let investment = goal("工业投资年均增速", 12, "%", 2030)
    let rows = [output, investment]
    #expect(!RestatedRows.restates(goal("规上工业总产值", 12, "%", 2030), row: investment, rows: rows))
    #expect(RestatedRows.restates(goal("工业投资年均增长", 12, "%", 2030), row: investment, rows: rows))
    // A name the table does not hold still restates the row of its figure.
    #expect(RestatedRows.restates(goal("全县工业投资", 12, "%", 2030), row: investment, rows: rows))
    #expect(!RestatedRows.restates(goal("工业投资年均增长", 10, "%", 2030), row: investment, rows: rows))
  }

  @Test("a sum reaching a milestone is named by the words before it")
  func milestones() throws {
    let plan = draft([
      "庚市人民政府", "庚市先进制造业发展规划(2026—2030年)", "一、发展目标",
      "到2030年,全市地区生产总值迈上3000亿元台阶,规上工业营业收入突破5000亿元大关。",
    ])
    let gdp = try #require(plan.targets.first { $0.goal.target?.value == 3000 })
    #expect(gdp.metric.contains("地区生产总值"))
    let output = try #require(plan.targets.first { $0.goal.target?.value == 5000 })
    #expect(output.metric.contains("营业收入"))
  }
}
