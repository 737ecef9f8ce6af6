import PlanFiles
import PlanModel
import Testing

@testable import PlanImport

@Suite("Extraction: the starting situation")
struct StartingSituationTests {
  func figures(_ sentence: String, year: Int? = 2023) -> [BaselinePatterns.StartingFigure] {
    BaselinePatterns.figures(in: sentence[...], year: year)
  }

  /// An invented county plan whose 发展基础 dates its figures in one sentence only.
  static let county = [
    "乙县人民政府", "乙县工业振兴行动方案(2024—2027年)", "一、发展基础",
    "工业门类逐步齐全,已形成涵盖21个大类的工业体系。2023年,全县规上工业产值达到156亿元,在全省县域中排名第12;规上企业突破200家,达到213家,扭转了长期徘徊在150家左右的局面。",
    "截至2023年底,拥有省级企业技术中心9家。",
    "二、主要目标", "到2027年,全县规上工业产值突破260亿元。",
  ]

  @Test("a figure with no year of its own takes the year its paragraph reports on")
  func paragraphYear() throws {
    let plan = draft(Self.county)
    let classes = try #require(plan.baselineIndicators.first { $0.baseline.value == 21 })
    #expect(classes.baseline.year == 2023)
    #expect(classes.unit == "个")
    let centres = try #require(plan.baselineIndicators.first { $0.baseline.value == 9 })
    #expect(centres.baseline.year == 2023)
    let output = try #require(plan.targets.first { $0.goal.unit == "亿元" })
    #expect(output.goal.baseline == Figure(value: 156, year: 2023))
    #expect(output.goal.target == Figure(value: 260, year: 2027))
  }

  @Test("a starting figure is never drafted as a target, nor a goal as a starting figure")
  func neitherForTheOther() {
    let plan = draft(Self.county)
    let targetValues = plan.targets.compactMap(\.goal.target?.value)
    #expect(!targetValues.contains(156) && !targetValues.contains(213) && !targetValues.contains(9))
    #expect(!targetValues.contains(12))
    #expect(!plan.baselineIndicators.map(\.baseline.value).contains(260))
    #expect(plan.targets.count == 1)
  }

  @Test("a rank stated as where things stand is a baseline in 位")
  func ranks() throws {
    let plan = draft(Self.county)
    let rank = try #require(plan.baselineIndicators.first { $0.unit == "位" })
    #expect(rank.kind == .rank)
    #expect(rank.baseline == Figure(value: 12, year: 2023))
    let named = figures("上云率全国第6")
    #expect(named.map(\.metric) == ["上云率排位"])
    #expect(named.map(\.value) == [6])
    // `第3批` is a batch, not a rank; a rank needs a ranking word before it.
    #expect(figures("入选全国第3批试点").isEmpty)
    #expect(figures("第2阶段完成").isEmpty)
  }

  @Test("the exact figure replaces the threshold passed; a past state is no baseline")
  func passedAndPast() {
    let found = figures("规上企业突破200家,达到213家,扭转了长期徘徊在150家左右的局面")
    #expect(found.map(\.value) == [213])
    #expect(found.first?.metric == "规上企业")
  }

  @Test("gaps, changes over time, the start of a range and quoted names are no baselines")
  func notLevels() {
    #expect(figures("研发投入强度高于全省3个百分点").isEmpty)
    #expect(figures("较五年前提升2个量级").isEmpty)
    #expect(figures("装机容量由120万千瓦上升到150万千瓦").map(\.value) == [150])
    #expect(figures("出台“1个意见+3个办法”政策体系").isEmpty)
    #expect(figures("同比增长8.5%").map(\.kind) == [.annualRate])
  }

  @Test("a first one achieved (零的突破) is a count of one of each")
  func firstOnes() {
    let found = figures("实现国家级技术创新中心和产业创新中心零的突破")
    #expect(found.map(\.value) == [1, 1])
    #expect(found.map(\.unit) == ["个", "个"])
    #expect(found.last?.metric == "产业创新中心")
  }

  @Test("a 零突破 goal in a measure's paragraph stays a target with its baseline of 0")
  func zeroStaysTarget() throws {
    let plan = draft([
      "丙镇工业发展方案(2024—2026年)", "一、主要目标", "到2026年,工业产值达到50亿元。", "二、重点任务",
      "(一)推动企业上市。支持骨干企业股改,实现工业企业上市零的突破。",
    ])
    let zero = try #require(plan.targets.first { $0.goal.qualifiers.contains("零突破") })
    #expect(zero.goal.baseline == Figure(value: 0))
    #expect(zero.goal.target?.value == 1)
    #expect(plan.measures.allSatisfy { $0.outputs.isEmpty })
    #expect(PlanRules.check([plan]).isEmpty)
  }

  @Test("a sentence on a past five-year period reports the starting situation, dated its end")
  func pastPeriod() throws {
    let plan = draft([
      "丁县人民政府", "丁县制造业发展规划(2024—2027年)", "一、主要目标",
      "“十三五”期间,全县规上工业产值达到98亿元,研发投入强度达到2.1%。",
      "到2027年,全县规上工业产值突破160亿元,较“十三五”末增长60%以上。",
    ])
    let output = try #require(plan.targets.first { $0.goal.unit == "亿元" })
    #expect(output.goal.target == Figure(value: 160, year: 2027))
    #expect(output.goal.baseline == Figure(value: 98, year: 2020))
    let rate = try #require(plan.baselineIndicators.first { $0.unit == "%" })
    #expect(rate.baseline == Figure(value: 2.1, year: 2020))
    // A base of comparison, not the time reported on: the sentence stays a goal.
    #expect(plan.targets.contains { $0.goal.target?.value == 60 })
    #expect(FiveYearPeriods.pastYear(in: "“十四五”期间累计投资50亿元"[...], before: 2024) == nil)
  }
}
