import PlanModel
import Testing

@testable import PlanImport

/// Which goals a starting figure starts, in the twenty-second to twenty-fourth held-out sets'
/// forms — items side by side each reporting its own situation, goals of one metric in
/// paragraphs of their own, counts of new ones, a sentence of absence — on other invented
/// passages.
@Suite("Extraction: starting figures from the twenty-second to twenty-fourth held-out sets")
struct TwentySecondSetBaselineTests {
  static func baseline(of value: Double, in plan: Plan) -> Double?? {
    plan.targets.first { $0.goal.target?.value == value }.map { $0.goal.baseline?.value }
  }

  @Test("an item's starting figures start its own goals, not a sibling item's")
  func siblingItems() {
    let plan = draft([
      "甲岗县重点产业链发展实施方案(2026—2028年)",
      "一、总体目标",
      "到2028年,全县规上工业企业达到260家。",
      "二、重点产业链",
      "(一)新能源电池产业链",
      "发展现状:2025年,产业链规上企业22家。",
      "发展目标:到2028年,产业链规上企业达到35家。",
      "(二)食品加工产业链",
      "发展现状:2025年,产业链规上工业产值26亿元,规上企业19家。",
      "发展目标:到2028年,产业链规上企业达到30家。",
      "(三)纺织服装产业链",
      "发展现状:2025年,产业链规上工业产值12亿元。",
      "发展目标:到2028年,产业链规上企业达到20家。",
    ])
    #expect(Self.baseline(of: 35, in: plan) == .some(22))
    #expect(Self.baseline(of: 30, in: plan) == .some(19))
    // The third item reports figures of its own, none of its firms: it takes no other's.
    #expect(Self.baseline(of: 20, in: plan) == .some(nil))
  }

  @Test("an item reporting nothing takes the figure its sibling reports")
  func siblingWithoutReport() {
    let plan = draft([
      "乙岗县工业发展实施方案(2026—2028年)",
      "一、发展基础和目标",
      "(一)发展基础",
      "2025年,全县规上工业企业180家。",
      "(二)发展目标",
      "到2028年,全县规上工业企业达到240家。",
    ])
    #expect(Self.baseline(of: 240, in: plan) == .some(180))
  }

  @Test("of one metric's goals in paragraphs of their own, the latest takes the figure")
  func latestGoal() {
    let plan = draft([
      "丙岗区制造业高质量发展三年行动方案(2027—2029年)",
      "一、发展基础",
      "2026年,全区规模以上工业企业248家,规模以上工业营业收入540亿元。",
      "二、主要目标",
      "到2029年,规模以上工业营业收入达到800亿元,规模以上工业企业达到330家。",
      "其中,2027年规模以上工业营业收入突破620亿元;2028年规模以上工业企业达到290家。",
    ])
    #expect(Self.baseline(of: 800, in: plan) == .some(540))
    #expect(Self.baseline(of: 330, in: plan) == .some(248))
    #expect(Self.baseline(of: 620, in: plan) == .some(nil))
    #expect(Self.baseline(of: 290, in: plan) == .some(nil))
  }

  @Test("goals at stages each in a paragraph of its own all take the figure")
  func stages() {
    #expect(
      LatestGoalStarts.stages(in: ["第一阶段(2026—2027年):…", "(二)近期目标。…", "到2030年,…"]) == [0, 1])
    #expect(
      !LatestGoalStarts.yields(paragraph: 3, year: 2027, to: 4, otherYear: 2030, stages: [3, 4]))
    #expect(LatestGoalStarts.yields(paragraph: 3, year: 2027, to: 4, otherYear: 2030, stages: []))
    #expect(!LatestGoalStarts.yields(paragraph: 4, year: 2030, to: 3, otherYear: 2027, stages: []))
  }

  @Test("a count of new ones takes no stock as its start, a count of new ones does")
  func increments() {
    let plan = draft([
      "丁岗市2027年工业经济稳增长工作方案",
      "2026年,全市规模以上工业企业达到1380家,新增规模以上工业企业96家。",
      "一、目标任务",
      "2027年,全市规模以上工业企业总数达到1450家以上,全年新增规模以上工业企业110家。",
    ])
    #expect(Self.baseline(of: 1450, in: plan) == .some(1380))
    #expect(Self.baseline(of: 110, in: plan) != .some(1380))
    #expect(IncrementStarts.counts("规模以上工业企业", in: "新增规模以上工业企业110家"))
    #expect(!IncrementStarts.counts("规模以上工业企业", in: "规模以上工业企业达到1380家"))
    #expect(IncrementStarts.counts("新增上市企业", in: "力争新增上市企业2家"))
  }

  @Test("a figure there is none of is no starting figure")
  func absence() {
    #expect(BaselinePatterns.figures(in: "2025年,企业规模普遍偏小,尚无营业收入超10亿元企业", year: 2025).isEmpty)
    #expect(BaselinePatterns.figures(in: "全县暂无上市企业,还没有产值超5亿元的企业", year: 2025).isEmpty)
    let present = BaselinePatterns.figures(in: "2025年,全县产值超5亿元企业3家", year: 2025)
    #expect(present.map(\.value) == [3])
  }

  @Test("a region's figure starts no park's goal, nor a park's the region's")
  func parkScope() {
    #expect(!ParkScopedStarts.allows("全县规模以上工业总产值", for: "县高新区规上工业总产值"))
    #expect(!ParkScopedStarts.allows("工业园区规上工业产值", for: "全市规上工业产值"))
    #expect(ParkScopedStarts.allows("全县规模以上工业总产值", for: "全县规模以上工业总产值"))
    #expect(ParkScopedStarts.allows("规模以上工业总产值", for: "开发区规上工业总产值"))
    #expect(ParkScopedStarts.allows("全市园区规上工业营业收入", for: "全市园区规上工业营业收入"))
  }

  @Test("a change naming no start year takes the year of the paragraph's change before it")
  func changeYears() {
    let plan = draft([
      "壬岗县制造业提质行动方案(2026—2028年)",
      "一、发展目标",
      "到2028年,全县规模以上工业营业收入由2025年的210亿元提高到320亿元;规模以上工业企业由96家增加到140家。",
    ])
    let firms = plan.targets.first { $0.goal.target?.value == 140 }
    #expect(firms?.goal.baseline?.value == 96)
    #expect(firms?.goal.baseline?.year == 2025)
    #expect(ChangeStartYears.startsFromChange("规上企业由96家增加到140家"))
    #expect(!ChangeStartYears.startsFromChange("由龙头企业牵头,带动配套企业40家"))
  }
}
