import PlanModel
import Testing

@testable import PlanImport

/// The twenty-fifth held-out set's forms of a report's dates — a founding granted by someone
/// named between the year and its verb — and of a zone's parent city, on other invented passages.
@Suite("Extraction: starting figures from the twenty-fifth held-out set")
struct TwentyFifthSetBaselineTests {
  @Test("a year of an approval by a named authority dates no figure of the report after it")
  func approvedStartYears() {
    let plan = draft([
      "蔺江经济技术开发区产业提升三年行动方案(2026—2028年)", "一、发展基础",
      "开发区于2014年经省人民政府批准设立,规划面积42平方公里。2025年,全区实现规上工业产值610亿元;区内拥有高新技术企业138家,在全省开发区考核中位列第9位。",
      "二、发展目标", "到2028年,高新技术企业达到220家。",
    ])
    let starting = draftedStartingFigures(plan)
    #expect(!starting.contains { $0.year == 2014 })
    #expect(starting.contains { $0.value == 138 && $0.year == 2025 })
    let firms = plan.targets.first { $0.goal.target?.value == 220 }
    #expect(firms?.goal.baseline?.value == 138)
    #expect(firms?.goal.baseline?.year == 2025)
  }

  @Test("other approvers and verbs of a beginning, and a counted year, read apart")
  func approvalForms() {
    for text in [
      "园区2017年获国家发展改革委批复设立", "2016年由省政府同意设立省级高新区",
      "2019年经国务院批准", "该区2020年升级为国家级经济技术开发区",
    ] {
      let sentence = text[...]
      let year = NumberUnitParser.years(in: sentence)[0]
      #expect(StartYears.isStart(year, in: sentence), "\(text)")
    }
    // A year whose clause counts what it added is the figure's, approval or not.
    for text in ["2024年经认定新增高新技术企业35家", "2025年由企业自主投资12亿元"] {
      let sentence = text[...]
      #expect(!StartYears.isStart(NumberUnitParser.years(in: sentence)[0], in: sentence))
    }
    // A lead with no approval within reach is no beginning.
    #expect(!ApprovedStartYears.opensApproval("由龙头企业牵头组建产业联盟"[...]))
  }

  @Test("a zone alone in its title lies under the city its text names most")
  func zoneParentFromTitle() {
    let guess = RegionGuess(
      header: ["蔺江国家高新技术产业开发区管理委员会文件", "蔺江高新区数字经济发展三年行动计划(2026—2028年)"],
      text: "服务蔺江市建设区域科技创新中心,助力蔺江市产业升级。")
    #expect(guess?.name == "蔺江国家高新技术产业开发区")
    #expect(guess?.parent == "蔺江市")
    // A title naming its city before the zone keeps that city.
    let named = RegionGuess(
      header: ["柘州市柘东高新区数字经济发展三年行动计划(2026—2028年)"],
      text: "服务蔺江市建设区域科技创新中心。")
    #expect(named?.parent == "柘州市")
    // A name met once (`根据市委`, `工业强市`) is no parent.
    let once = RegionGuess(
      header: ["蔺江国家高新技术产业开发区管理委员会文件", "蔺江高新区数字经济发展三年行动计划(2026—2028年)"],
      text: "根据市委、市政府部署,建设工业强市,工业强市建设迈出新步伐。")
    #expect(once?.parent == nil)
  }
}
