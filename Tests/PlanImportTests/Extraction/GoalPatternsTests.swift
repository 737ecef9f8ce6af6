import PlanModel
import Testing

@testable import PlanImport

@Suite("Extraction: target patterns")
struct GoalPatternsTests {
  func goals(_ sentence: String, year: Int? = 2030) -> [GoalCandidate] {
    let context = SentenceContext(year: year)
    return TargetPatterns.goals(in: sentence[...], context: context)
      + SpecialGoalPatterns.goals(in: sentence[...], context: context)
  }

  @Test("a level with its qualifiers")
  func level() throws {
    let goal = try #require(goals("力争全镇工业总产值突破120亿元").first)
    #expect(goal.metric == "全镇工业总产值")
    #expect(goal.goal.kind == .absolute)
    #expect(goal.goal.unit == "亿元")
    #expect(goal.goal.target == Figure(value: 120, year: 2030))
    #expect(goal.goal.qualifiers == ["力争", "突破"])
  }

  @Test("a count built jointly (`共建`) is a goal outside the goals part too")
  func builtJointly() {
    let context = SentenceContext(year: 2028, inGoals: false)
    let built = TargetPatterns.goals(in: "到2028年,共建产业技术研究院3个,建成中试平台5个。", context: context)
    #expect(built.map(\.goal.target?.value) == [3, 5])
    #expect(built.first?.metric.hasSuffix("产业技术研究院") == true)
    let withPartners = TargetPatterns.goals(
      in: "支持龙头企业与高校院所共建创新联合体4个。", context: context)
    #expect(withPartners.map(\.goal.target?.value) == [4])
    // Without a word of building or reaching, a count outside the goals part states no goal.
    #expect(TargetPatterns.goals(in: "到2028年,产业技术研究院3个。", context: context).isEmpty)
  }

  @Test("a share, a growth against a base year, an annual rate and a reduction")
  func kinds() {
    let share = goals("服务业增加值占比提高至45%")
    #expect(share.map(\.goal.kind) == [.share])
    let growth = goals("专利授权量较2024年增长25%以上")
    #expect(growth.map(\.goal.kind) == [.growth])
    #expect(growth.first?.goal.baseYear == 2024)
    #expect(growth.first?.goal.qualifiers == ["以上"])
    #expect(growth.first?.metric == "专利授权量")
    let annual = goals("城镇化率年均提高1.2个百分点")
    #expect(annual.map(\.goal.kind) == [.annualRate])
    #expect(annual.first?.goal.unit == "个百分点")
    let reduction = goals("单位产值水耗较2023年累计下降8%")
    #expect(reduction.map(\.goal.kind) == [.reduction])
    #expect(reduction.first?.goal.direction == .down)
    #expect(reduction.first?.goal.qualifiers == ["累计"])
  }

  @Test("a count, a range and a per-year count")
  func counts() {
    let count = goals("培育省级示范工厂8家")
    #expect(count.first?.goal.kind == .count)
    #expect(count.first?.goal.target?.value == 8)
    #expect(count.first?.metric == "省级示范工厂")
    let range = goals("实现4—6户企业挂牌上市")
    #expect(range.first?.goal.target == Figure(min: 4, max: 6, year: 2030))
    #expect(range.first?.metric == "企业挂牌上市")
    let yearly = goals("每年招引亿元以上项目15个")
    #expect(yearly.first?.goal.perYear == true)
    #expect(yearly.first?.goal.target?.year == nil)
  }

  @Test("分别 pairs names with figures, from the clause before when needed")
  func respectively() {
    let pairs = goals("研发机构覆盖率、研发活动覆盖率分别提高至40%、55%")
    #expect(pairs.map(\.metric) == ["研发机构覆盖率", "研发活动覆盖率"])
    #expect(pairs.map(\.goal.target?.value) == [40, 55])
    let before = goals("瞪羚企业、独角兽企业实现突破,分别增加至20家和2家")
    #expect(before.map(\.metric) == ["瞪羚企业", "独角兽企业"])
  }

  @Test("a number with an unknown unit is kept without it, marked for review")
  func unknownUnit() {
    let goal = goals("机器人产量达到3万台").first
    #expect(goal?.goal.unit == nil)
    #expect(goal?.goal.target?.hasNumber == false)
    #expect(goal?.review.contains(.unitNotKnown("万台")) == true)
  }

  @Test("a description with a number and no goal word is no goal")
  func notAGoal() {
    #expect(goals("以2个组团为支撑").isEmpty)
  }

  @Test("零突破, doubling, comparator and rank")
  func special() throws {
    let zero = try #require(goals("国家级制造业单项冠军企业实现“零突破”").first)
    #expect(zero.goal.baseline == Figure(value: 0))
    #expect(zero.goal.target == Figure(value: 1, year: 2030))
    #expect(zero.goal.qualifiers == ["零突破"])
    #expect(zero.goal.unit == "家")
    let double = try #require(goals("全县规上工业增加值实现倍增").first)
    #expect(double.goal.kind == .multiple)
    #expect(double.goal.target?.value == 2)
    #expect(double.metric == "全县规上工业增加值")
    #expect(goals("三类企业实现三个“倍增”").isEmpty)
    let compared = goals("工业投资增速和技改投资增速高于全市平均水平")
    #expect(compared.map(\.metric) == ["工业投资增速", "技改投资增速"])
    #expect(compared.first?.goal.comparator == "全市平均水平")
    let rank = try #require(goals("综合实力稳居全省前5位").first)
    #expect(rank.goal.kind == .rank)
    #expect(rank.goal.target?.value == 5)
  }

  @Test("land and energy goals are indicators; 亩均 reads 万元 as 万元/亩")
  func indicators() {
    #expect(IndicatorPatterns.category(metric: "亩均税收", unit: "万元/亩") == .land)
    #expect(IndicatorPatterns.category(metric: "单位工业增加值能耗", unit: "%") == .energy)
    #expect(IndicatorPatterns.category(metric: "营业收入", unit: "亿元") == nil)
    let goal = goals("亩均税收达到25万元以上").first
    #expect(goal?.goal.unit == "万元/亩")
    #expect(goal?.review.contains(.unitImplied(written: "万元", read: "万元/亩")) == true)
  }

  @Test("a starting figure becomes the baseline of the goal it shares a name with")
  func baselines() {
    let starting = BaselinePatterns.figures(in: "2023年全镇工业总产值达到82亿元,增长9%"[...], year: 2023)
    #expect(starting.first?.value == 82)
    var found = goals("全镇工业总产值突破120亿元")
    BaselinePatterns.attach(starting, to: &found)
    #expect(found.first?.goal.baseline == Figure(value: 82, year: 2023))
  }
}
