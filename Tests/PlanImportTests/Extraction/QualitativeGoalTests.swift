import PlanModel
import Testing

@testable import PlanImport

@Suite("Extraction: goals stated without a number")
struct QualitativeGoalTests {
  func goals(_ sentence: String, year: Int? = 2027, inGoals: Bool = true, mark: ReviewMark? = nil)
    -> [GoalCandidate]
  {
    let context = SentenceContext(year: year, yearMark: mark, inGoals: inGoals)
    return TargetPatterns.goals(in: sentence[...], context: context)
      + SpecialGoalPatterns.goals(in: sentence[...], context: context)
  }

  @Test("a measured thing moved one way is a direction-only goal, one per name")
  func directionOnly() {
    let found = goals("到2027年,全县劳动生产率明显提高,数字经济、文旅产业规模持续壮大")
    #expect(found.map(\.metric) == ["全县劳动生产率", "数字经济", "文旅产业规模"])
    #expect(found.allSatisfy { $0.goal.target == Figure(year: 2027) && $0.goal.direction == .up })
    // A quality, not a measure: no goal.
    #expect(goals("到2027年,综合实力明显提升").isEmpty)
    // Outside the goals part and with a borrowed year: no goal.
    #expect(goals("劳动生产率明显提高", inGoals: false, mark: .yearFromHeading).isEmpty)
  }

  @Test("a batch to be formed is a goal without a count, one per name joined by 和")
  func batch() {
    let found = goals("新培育一批省级专精特新企业和市级技术中心")
    #expect(found.map(\.metric) == ["省级专精特新企业", "市级技术中心"])
    #expect(found.allSatisfy { $0.goal.target?.hasNumber == false })
    #expect(goals("形成一批具有地方特色的产业链、产业集群").count == 1)
    #expect(goals("支持一批企业", inGoals: false, mark: .noYear).isEmpty)
  }

  @Test("coverage with its own due year is 100%; without one it is no figure")
  func coverage() throws {
    let covered = try #require(goals("到2026年,规上企业“上云”实现全覆盖", year: 2026).first)
    #expect(covered.goal.kind == .share)
    #expect(covered.goal.unit == "%")
    #expect(covered.goal.target == Figure(value: 100, year: 2026))
    #expect(covered.metric == "规上企业“上云”覆盖")
    let all = try #require(goals("到2026年,重点行业产能全部达到能效基准水平", year: 2026).first)
    #expect(all.goal.target == Figure(value: 100, year: 2026))
    #expect(all.metric == "重点行业产能达到能效基准水平的比例")
    #expect(goals("实现监管全覆盖", year: nil, inGoals: false, mark: .noYear).isEmpty)
  }

  @Test("a place among the first and a thing built and in use are goals without a number")
  func leadingAndCompleted() throws {
    let leading = try #require(goals("到2035年,工业经济跨入全省前列", year: 2035).first)
    #expect(leading.goal.kind == .rank)
    #expect(leading.goal.target == Figure(year: 2035))
    #expect(leading.metric == "工业经济位次")
    let centre = try #require(goals("力争到2026年,县级检测中心建成并投入使用", year: 2026).first)
    #expect(centre.metric == "县级检测中心")
    #expect(centre.goal.target == Figure(year: 2026))
  }

  @Test("approaching a place (逼近前10强) is a climb without the place as its figure")
  func approaching() throws {
    let rank = try #require(goals("排位逼近前20强").first { $0.goal.kind == .rank })
    #expect(rank.goal.target == Figure(year: 2027))
    #expect(rank.goal.unit == nil)
    let reached = try #require(goals("稳居前20强").first { $0.goal.kind == .rank })
    #expect(reached.goal.target?.value == 20)
  }

  @Test("land and energy indicators a list of 指标 names, each without a number")
  func namedIndicators() {
    let found = goals("设定工业项目的准入门槛、亩均产值、容积率、单位能耗等约束性指标", year: nil, inGoals: false)
    #expect(found.map(\.metric) == ["亩均产值", "容积率", "单位能耗"])
    #expect(found.map(\.goal.direction) == [.up, .up, .down])
    #expect(found.allSatisfy { $0.goal.target?.hasNumber == false })
    let opened = goals("将投资强度、亩均税收、产出强度等列入准入指标", year: nil, inGoals: false)
    #expect(opened.map(\.metric) == ["投资强度", "亩均税收"])
    // An industry's standing is no energy indicator.
    #expect(goals("提升清洁能源装备产业集群竞争力", year: nil, inGoals: false).isEmpty)
    // A list of things that are not land or energy: nothing.
    #expect(goals("完善营业收入、利润、税收等统计指标", year: nil, inGoals: false).isEmpty)
  }

  @Test("energy use, low carbon and energy supply are energy indicators; direction only")
  func energyWords() {
    #expect(IndicatorPatterns.category(metric: "能源利用效率", unit: nil) == .energy)
    #expect(IndicatorPatterns.category(metric: "低碳产品比重", unit: nil) == .energy)
    #expect(IndicatorPatterns.category(metric: "天然气供应量", unit: nil) == .energy)
    let found = goals("稳步扩大天然气供应量", year: nil, inGoals: false)
    #expect(found.map(\.metric) == ["天然气供应量"])
    #expect(found.first?.goal.direction == .up)
  }

  @Test("land to be kept is a keep-direction land goal, with the year the sentence names")
  func keptLand() throws {
    let kept = try #require(
      goals("对规划区内的工业用地在2030年前予以保留", year: 2030, inGoals: false).first)
    #expect(kept.metric == "规划区内工业用地")
    #expect(kept.goal.direction == .keep)
    #expect(kept.goal.target == Figure(year: 2030))
    #expect(IndicatorPatterns.category(metric: kept.metric, unit: nil) == .land)
    #expect(goals("对违规企业予以严格处罚", year: nil, inGoals: false).isEmpty)
    let share = goals("扩大工业用地弹性出让比例", year: nil, inGoals: false)
    #expect(share.map(\.metric) == ["工业用地弹性出让比例"])
  }
}
