import PlanModel
import Testing

@testable import PlanImport

/// The families of phrasing the three independent held-out documents showed for targets and
/// baselines, each tried on passages of invented regions (none of them a seed's or a held-out
/// document's sentence).
@Suite("Extraction: target and baseline families from the independent documents")
struct IndependentFamilyTests {
  func plan(tasks: [String], title: String = "戊县工业提质三年行动方案(2024—2026年)") -> Plan {
    draft(["戊县人民政府", title, "一、主要目标", "到2026年,全县规上工业营业收入达到90亿元。", "二、重点任务"] + tasks)
  }

  func target(_ plan: Plan, _ value: Double, unit: String? = nil) -> Goal? {
    (plan.targets.map(\.goal) + plan.indicators.map(\.goal)
      + plan.ladders.flatMap(\.tiers).compactMap {
        tier in tier.target.map { Goal(kind: .count, direction: .up, unit: tier.unit, target: $0) }
      }).first { goal in
        (goal.target?.value == value || goal.target?.min == value)
          && (unit == nil || goal.unit == unit)
      }
  }

  @Test("a 每年 clause does not make a later clause with its own due year a yearly goal")
  func yearlyClauseThenDatedTotal() throws {
    let plan = plan(tasks: [
      "1.推进设备更新。每年更新生产线15条以上,到2026年累计完成技术改造项目90个,企业上云率达到70%。(牵头单位:县工信局)"
    ])
    let yearly = try #require(plan.measures.flatMap(\.outputs).first { $0.figure.value == 15 })
    #expect(yearly.figure.year == nil)
    let total = try #require(plan.measures.flatMap(\.outputs).first { $0.figure.value == 90 })
    #expect(total.figure.year == 2026)
    #expect(target(plan, 70)?.target?.year == 2026)
    #expect(target(plan, 70)?.perYear == false)
  }

  @Test("a total over the plan's years is due at the plan's end, 累计")
  func totalsOverThePlansYears() throws {
    let plan = plan(tasks: [
      "1.扩大园区空间。一是抓建设,三年建成标准化厂房12万平方米;二是抓盘活,三年内清理闲置土地800亩。(牵头单位:县自然资源局)",
      "2.深化区域合作。三年内与周边县共建产业合作园3个。(牵头单位:县商务局)",
    ])
    let floor = try #require(target(plan, 12, unit: "万平方米"))
    #expect(floor.target?.year == 2026)
    #expect(floor.qualifiers.contains("累计"))
    let marked = try #require(
      (plan.targets.map { ($0.goal, $0.source) } + plan.indicators.map { ($0.goal, $0.source) })
        .first { $0.0.target?.value == 12 }?.1)
    #expect(marked.review.contains(ReviewMark.yearFromPlanSpan(3).text(.zh)))
    #expect(!marked.review.contains(ReviewMark.noYear.text(.zh)))
    #expect(target(plan, 800, unit: "亩")?.target?.year == 2026)
    let parks = try #require(plan.measures.flatMap(\.outputs).first { $0.figure.value == 3 })
    #expect(parks.figure.year == 2026)
    #expect(PlanSpanTotals.span(openingClause: "三年年均增长6%"[...]) == nil)
  }

  @Test("a span of years the plan does not run over dates no total")
  func spanOfOtherLength() {
    let plan = plan(
      tasks: ["1.扩大园区空间。五年建成标准化厂房12万平方米。(牵头单位:县自然资源局)"],
      title: "戊县工业提质行动方案(2024—2026年)")
    #expect(target(plan, 12, unit: "万平方米")?.target?.year == nil)
    #expect(PlanPeriod(start: 2026, end: nil).end(ofYears: 5) == 2030)
    #expect(PlanSpanTotals.span(openingClause: "三年行动计划实施项目8个"[...]) == nil)
    #expect(PlanSpanTotals.span(openingClause: "五年内新增企业30家"[...])?.years == 5)
  }

  @Test("a range with its unit on both ends is one range goal")
  func rangeWithUnitTwice() throws {
    let figures = NumberUnitParser.figures(in: "工业投资年均增长7%—8%"[...])
    #expect(figures.count == 1)
    #expect(figures.first?.min == 7)
    #expect(figures.first?.max == 8)
    let money = NumberUnitParser.figures(in: "招引5亿元至8亿元项目"[...])
    #expect(money.count == 1 && money.first?.max == 8 && money.first?.unit == "亿元")
    // Not a range: the second number is smaller, or its unit differs.
    #expect(NumberUnitParser.figures(in: "增长8%—5%"[...]).count == 2)
  }

  @Test("megawatts are read as MW")
  func megawatts() {
    let figures = NumberUnitParser.figures(in: "新增分布式光伏装机30兆瓦,储能2吉瓦"[...])
    #expect(figures.map(\.unit) == ["MW", "GW"])
    #expect(figures.first?.value == 30)
  }

  @Test("a sum in Chinese numerals after a verb of reaching is a figure")
  func chineseAmounts() {
    #expect(ChineseAmounts.figures(in: "全县工业总产值突破两千亿元"[...]).first?.value == 2000)
    #expect(ChineseAmounts.figures(in: "营业收入迈上五百亿元台阶"[...]).first?.unit == "亿元")
    #expect(ChineseAmounts.figures(in: "打造千亿级产业集群"[...]).isEmpty)
    #expect(ChineseAmounts.figures(in: "实施百亿元项目"[...]).isEmpty)
    let plan = draft([
      "己市人民政府", "己市工业发展规划(2026—2030年)", "一、发展目标", "到2030年,全市工业增加值突破千亿元。",
    ])
    #expect(plan.targets.first { $0.goal.target?.value == 1000 }?.goal.target?.year == 2030)
  }

  @Test("a baseline in brackets after its goal is that goal's baseline")
  func bracketedBaseline() throws {
    let plan = draft([
      "庚市人民政府", "庚市工业提质行动方案(2025—2027年)", "一、主要目标",
      "到2027年,主要指标:规上工业企业达到900家以上(2024年为712家);工业投资年均增长9%。",
    ])
    let firms = try #require(plan.targets.first { $0.goal.target?.value == 900 })
    #expect(firms.goal.baseline?.value == 712)
    #expect(firms.goal.baseline?.year == 2024)
    #expect(firms.goal.target?.year == 2027)
    #expect(!plan.targets.contains { $0.goal.target?.value == 712 })
    #expect(BracketBaseline.notes(in: "达到20家(含在建项目3个)"[...]).isEmpty)
  }

  @Test("分别 in the starting situation gives each name its figure")
  func pairedStartingFigures() {
    let figures = BaselinePatterns.figures(
      in: "2024年,纺织、家具两大产业营业收入分别达到63亿元、41亿元"[...], year: 2024)
    #expect(figures.map(\.value) == [63, 41])
    #expect(figures.map(\.metric) == ["纺织产业营业收入", "家具产业营业收入"])
    let rates = BaselinePatterns.figures(
      in: "2024年,纺织、家具两大产业营业收入分别增长9%、12%"[...], year: 2024)
    #expect(rates.map(\.kind) == [.annualRate, .annualRate])
  }

  @Test("a starting figure goes to the goal naming it most closely, not one sharing less")
  func baselineToTheClosestGoal() {
    let starting = [
      BaselinePatterns.StartingFigure(metric: "规上工业总产值", value: 300, unit: "亿元", year: 2024)
    ]
    func goal(_ metric: String, _ value: Double, _ year: Int) -> GoalCandidate {
      GoalCandidate(
        metric: metric,
        goal: Goal(
          kind: .absolute, direction: .up, unit: "亿元", target: Figure(value: value, year: year)),
        sourceText: metric)
    }
    var goals = [
      goal("规上工业企业出口交货值", 50, 2027), goal("规上工业总产值", 500, 2027), goal("规上工业总产值", 800, 2030),
    ]
    BaselinePatterns.attach(starting, to: &goals)
    #expect(goals[0].goal.baseline == nil)
    #expect(goals[1].goal.baseline?.value == 300)
    #expect(goals[2].goal.baseline?.value == 300)
  }

  @Test("a clause without a subject of its own is about the clause before")
  func clauseWithoutSubject() throws {
    let plan = draft([
      "辛县人民政府", "辛县工业发展规划(2026—2030年)", "一、发展目标",
      "到2030年,全县工业营业收入较2025年实现翻番,达到460亿元左右。",
      "二、重点任务", "(一)壮大产业",
      "1.智能家居产业。引进整装企业,产业规模年均增长12%以上,力争2029年突破80亿元。(牵头单位:县工信局)",
    ])
    let level = try #require(plan.targets.first { $0.goal.target?.value == 460 })
    #expect(level.metric == "全县工业营业收入")
    let home = try #require(plan.clusters.first { $0.name == "智能家居" })
    #expect(home.scale?.value == 80)
    #expect(home.scale?.year == 2029)
    #expect(plan.targets.contains { $0.goal.target?.value == 12 && $0.goal.kind == .annualRate })
  }

  @Test("a year before a later figure of the clause is that figure's")
  func yearPerFigure() throws {
    let plan = draft([
      "壬市人民政府", "壬市工业提质行动方案(2025—2027年)", "一、主要目标",
      "园区亩均税收2025年达到21万元、2027年达到25万元以上。",
    ])
    #expect(plan.indicators.first { $0.goal.target?.value == 25 }?.goal.target?.year == 2027)
    #expect(plan.indicators.first { $0.goal.target?.value == 21 }?.goal.target?.year == 2025)
  }

  @Test("a 文号's year is the year the text is read from when no date is found")
  func docNumberYear() {
    let plan = draft([
      "癸市人民政府关于推进工业发展的实施意见", "癸政发〔2025〕4号", "一、主要目标",
      "力争2027年全市规上工业企业突破600家。",
    ])
    #expect(plan.targets.first { $0.goal.target?.value == 600 }?.goal.target?.year == 2027)
  }

  @Test("a count closing a list of industries is neither a goal nor part of a name")
  func countOfListedIndustries() {
    let plan = draft([
      "戊县人民政府", "戊县工业提质三年行动方案(2024—2026年)", "一、主要目标",
      "到2026年,“两主两新”产业体系基本形成,即做强机械装备、电子元件两大主导产业,做大食品饮料、生物制品两大新兴产业。",
      "二、重点任务", "(一)培育家纺和户外照明两个特色产业", "引进家纺企业,发展户外照明产品。",
    ])
    #expect(!plan.targets.contains { $0.goal.target?.value == 2 })
    #expect(plan.measures.flatMap(\.outputs).allSatisfy { $0.figure.value != 2 })
    let names = plan.clusters.map(\.name)
    #expect(!names.contains { $0.hasSuffix("两个") || $0.hasPrefix("做大") })
    #expect(names.contains("食品饮料"))
    #expect(ClusterLists.cleanName("户外照明两个") == "户外照明")
  }

  @Test("零突破 stated in the goals and again in a task is one goal")
  func zeroBreakthroughOnce() {
    let plan = plan(tasks: ["(一)推动企业上市。建立后备企业库,确保实现上市企业零突破。"])
    let zeros = plan.targets.filter { $0.goal.qualifiers.contains("零突破") }
    #expect(zeros.count <= 1)
    let twice = draft([
      "戊县人民政府", "戊县工业提质三年行动方案(2024—2026年)", "一、主要目标", "到2026年,上市企业实现零突破。",
      "二、重点任务", "(一)推动企业上市。建立后备企业库,确保实现上市企业零突破。",
    ])
    #expect(twice.targets.filter { $0.goal.qualifiers.contains("零突破") }.count == 1)
  }

  @Test("a first one followed by the count now standing is that count, not 1")
  func firstOneThenCount() {
    let figures = BaselinePatterns.figures(
      in: "2023年,省级单项冠军企业实现零的突破、达到3家"[...], year: 2023)
    #expect(!figures.contains { $0.value == 1 })
    #expect(figures.contains { $0.value == 3 })
  }

  @Test("a figure describing the counted enterprises is no starting figure")
  func describingFigure() {
    let figures = BaselinePatterns.figures(
      in: "2024年,全区规上工业企业达到96家,其中营业收入超5亿元企业7家"[...], year: 2024)
    #expect(!figures.contains { $0.value == 5 })
    #expect(figures.contains { $0.value == 96 })
  }

  @Test("a figure followed by 的 qualifies what follows; its metric stands before it")
  func figureBeforeDe() throws {
    let plan = plan(tasks: [
      "1.严把项目准入。新落地工业项目执行亩均税收不低于25万元的入园门槛。(牵头单位:县商务局)"
    ])
    let entry = try #require(plan.indicators.first { $0.goal.target?.value == 25 })
    #expect(entry.goal.unit == "万元/亩")
    #expect(entry.name.contains("亩均税收"))
    let factories = self.plan(tasks: ["1.推进智能制造。新建5个以上的智能工厂。(牵头单位:县工信局)"])
    #expect(factories.measures.flatMap(\.outputs).contains { $0.figure.value == 5 })
  }
}
