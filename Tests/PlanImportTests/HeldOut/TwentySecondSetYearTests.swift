import PlanModel
import Testing

@testable import PlanImport

/// The years of goals in the twenty-second to twenty-fourth held-out sets' forms — the `——`
/// lines a goals lead opens wherever it stands, a metric's figures year by year — on other
/// invented passages.
@Suite("Extraction: goal years from the twenty-second to twenty-fourth held-out sets")
struct TwentySecondSetYearTests {
  static func goals(_ plan: Plan) -> [(metric: String, value: Double?, year: Int?)] {
    plan.targets.map { ($0.metric, $0.goal.target?.value, $0.goal.target?.year) }
      + plan.indicators.map { ($0.name, $0.goal.target?.value, $0.goal.target?.year) }
  }

  static func year(of value: Double, in plan: Plan) -> Int?? {
    goals(plan).first { $0.value == value }.map(\.year)
  }

  @Test("a goals lead line opens a list whose lines without a year take the list's")
  func goalListUnderRequirements() {
    let plan = draft([
      "甲溪县工业强县三年行动方案(2027—2029年)",
      "一、总体要求",
      "坚持工业强县战略,以项目建设为抓手,推动工业经济提质增效。",
      "主要目标:",
      "——总量迈上新台阶。到2029年,规模以上工业增加值达到260亿元。",
      "——结构持续优化。高新技术产业增加值占规上工业比重达到42%;省级智能工厂达到14家。",
      "——创新活力增强。研发经费投入强度达到2.4%。",
    ])
    #expect(Self.year(of: 260, in: plan) == 2029)
    #expect(Self.year(of: 42, in: plan) == 2029)
    #expect(Self.year(of: 14, in: plan) == 2029)
    #expect(Self.year(of: 2.4, in: plan) == 2029)
  }

  @Test("bullet lines under a lead naming its goals take the year as well")
  func bulletGoalList() {
    let plan = draft([
      "乙溪市数字经济发展实施方案(2026—2028年)",
      "一、基本原则",
      "坚持应用牵引、融合发展。",
      "到2028年,力争实现以下发展目标:",
      "●数字经济核心产业增加值达到180亿元。",
      "●上云企业达到5000家。",
    ])
    #expect(Self.year(of: 5000, in: plan) == 2028)
  }

  @Test("only lines of a list under a lead naming goals carry a year")
  func goalListLines() {
    let lines = ["主要目标:", "——规模扩大。到2029年,产值达到100亿元。", "——结构优化。比重达到40%。", "其中,2027年产值达到80亿元。"]
    #expect(GoalListLines.inGoalList(1, in: lines))
    #expect(GoalListLines.inGoalList(2, in: lines))
    #expect(!GoalListLines.inGoalList(3, in: lines))
    // The lead line sets the year of its lines.
    #expect(GoalListLines.inGoalList(0, in: lines))
    let tasks = ["重点推进以下工作:", "——到2029年,建成产业园1个。", "——实施技改项目50个。"]
    #expect(!GoalListLines.inGoalList(2, in: tasks))
    #expect(GoalListLines.isGoalLead("发展目标如下:"))
    #expect(!GoalListLines.isGoalLead("到2029年,规模以上工业增加值达到260亿元,实现目标:力争突破300亿元。"))
  }

  @Test("a metric's figures year by year date their own figures, not the next sentence")
  func yearByYearFigures() {
    #expect(YearByYearFigures.lists("营业收入2027年达到80亿元、2028年达到100亿元、2029年突破120亿元"))
    #expect(YearByYearFigures.lists("产值2026年95亿元、2027年110亿元"))
    #expect(!YearByYearFigures.lists("到2027年营业收入达到80亿元,2029年力争突破"))
    #expect(!YearByYearFigures.lists("2027年营业收入达到80亿元"))
    let plan = draft([
      "丙溪市新材料产业发展行动方案(2027—2029年)",
      "一、重点任务",
      "(一)壮大新材料产业。营业收入2027年达到80亿元、2028年达到100亿元、2029年突破120亿元。支持龙头企业扩产,引进配套企业6家以上,本地配套率提高到55%。",
    ])
    let figures = draftedFigures(plan)
    #expect(figures.contains { $0.value == 80 && $0.year == 2027 })
    #expect(figures.contains { $0.value == 100 && $0.year == 2028 })
    #expect(figures.contains { $0.value == 6 && $0.year == nil })
    #expect(figures.contains { $0.value == 55 && $0.year == nil })
  }

  @Test("a cost an enterprise bears, lowered, is no indicator; an energy use lowered is")
  func enterpriseCosts() {
    let plan = draft([
      "丁溪市工业稳增长若干措施",
      "一、主要目标",
      "(一)推进节能降碳。到2027年,降低单位产品能耗。",
      "二、保障措施",
      "(一)强化要素保障。推动电力市场化交易和天然气直供,降低企业用能成本。",
    ])
    let metrics = Self.goals(plan).map(\.metric)
    #expect(!metrics.contains { $0.contains("成本") })
    #expect(metrics.contains { $0.contains("单位产品能耗") })
  }

  @Test("a coverage a task puts in place is 100% with no year; an action's name or a push is none")
  func coverageStates() {
    #expect(CoverageStates.isState("对规上工业企业实行服务专员全覆盖"))
    #expect(CoverageStates.isState("实施重点用能企业能源审计全覆盖"))
    #expect(!CoverageStates.isState("实施规上工业企业数字化改造全覆盖行动"))
    #expect(!CoverageStates.isState("推动规上工业企业数字化改造全覆盖"))
    #expect(!CoverageStates.isState("对抽查不合格企业实行“回头看”全覆盖"))
    let plan = draft([
      "庚溪县工业企业服务提升行动方案(2026—2028年)",
      "一、重点任务",
      "(一)深化包联服务。建立县领导联系重点企业制度,对规上工业企业实行“一企一员”包联服务全覆盖,及时协调解决企业困难。",
    ])
    let covered = Self.goals(plan).filter { $0.value == 100 }
    #expect(covered.count == 1)
    #expect(covered.first?.year == .some(nil))
  }

  @Test("a letter unit listed with other technologies names no amount")
  func technologyInList() {
    let figures = NumberUnitParser.figures(in: "加快5G、千兆光网等新型基础设施在园区部署应用")
    #expect(!figures.contains { $0.unit == "G" })
    #expect(NumberUnitParser.figures(in: "出口带宽达到400G").contains { $0.unit == "G" })
  }

  @Test("a rank among the first in numerals is a rank goal")
  func topPlaces() {
    #expect(TopPlaces.place(after: "三位")?.value == 3)
    #expect(TopPlaces.place(after: "10强")?.value == 10)
    #expect(TopPlaces.place(after: "三季度") == nil)
    #expect(TopPlaces.standing(in: "综合实力连续三年位居全省县域前十位")?.value == 10)
    #expect(TopPlaces.standing(in: "对产值前十位企业实行专人联系") == nil)
    let plan = draft([
      "辛溪县工业强县三年行动计划(2026—2028年)",
      "一、总体目标",
      "到2028年,全县规模以上工业总产值达到500亿元,力争通过三年努力,全县工业综合实力进入全市前五位。",
    ])
    #expect(plan.targets.contains { $0.goal.kind == .rank && $0.goal.target?.value == 5 })
  }
}
