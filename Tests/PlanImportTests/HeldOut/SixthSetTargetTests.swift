import PlanModel
import Testing

@testable import PlanImport

/// The target, baseline and measure families of the sixth held-out set (branch i12-ho6; fixed
/// on branch i12-r8a), each tried on passages of invented regions in several forms (none of
/// them a held-out document's sentence).
@Suite("Extraction: target, baseline and measure families from the sixth held-out set")
struct SixthSetTargetTests {

  func has(_ plan: Plan, _ value: Double, _ unit: String) -> Bool {
    draftedFigures(plan).contains { $0.value == value && $0.unit == unit }
  }

  func year(_ plan: Plan, _ value: Double, _ unit: String) -> Int?? {
    draftedFigures(plan).first { $0.value == value && $0.unit == unit }.map(\.year)
  }

  /// Every goal with a baseline, and the baseline.
  func baselines(_ plan: Plan) -> [(target: Double?, baseline: Double?, year: Int?)] {
    (plan.targets.map(\.goal) + plan.indicators.map(\.goal)).compactMap { goal in
      goal.baseline.map { (goal.target?.value, $0.value, $0.year) }
    }
  }

  /// A plan of 2026—2028 issued in 2026, with these paragraphs after its title.
  func plan(_ body: [String]) -> Plan {
    draft(["庚原市制造业提质三年行动方案(2026—2028年)", "庚原市人民政府", "2026年3月5日"] + body)
  }

  @Test("figures dated `截至` a year before the plan starts are where things stand")
  func asOfPastYear() {
    for opening in ["截至2025年底", "截止2025年末", "截至2025年12月底"] {
      let plan = plan([
        "近年来,我市企业培育工作稳步推进,\(opening),全市上市公司7家,专精特新企业240家,但龙头企业偏少。",
        "一、主要目标", "到2028年,全市上市公司达到12家,专精特新企业突破400家。",
      ])
      #expect(!has(plan, 7, "家") && !has(plan, 240, "家"), "\(opening)")
      #expect(baselines(plan).contains { $0.target == 12 && $0.baseline == 7 && $0.year == 2025 })
      #expect(baselines(plan).contains { $0.target == 400 && $0.baseline == 240 }, "\(opening)")
    }
    // A `截至` year within the plan's years is a due year: a goal.
    let ahead = plan(["一、主要目标", "截至2027年底,全市上市公司达到10家。"])
    #expect(year(ahead, 10, "家") == 2027)
    let sentence = "截至2025年底,全市上市公司7家"[...]
    let years = NumberUnitParser.years(in: sentence)
    #expect(years.count == 1)
    #expect(AsOfYears.isPast(years[0], in: sentence, reference: 2026))
    #expect(!AsOfYears.isPast(years[0], in: sentence, reference: 2025))
    let due = "到2025年底,全市上市公司达到7家"[...]
    #expect(!AsOfYears.isPast(NumberUnitParser.years(in: due)[0], in: due, reference: 2026))
  }

  @Test("the rules of a reform or scheme are no goals")
  func schemeRules() {
    let plan = plan([
      "一、评价办法",
      "(一)评价范围。用地5亩以上(含5亩)的规上工业企业全部参加评价;用地不足5亩但年纳税50万元以上的企业一并参评。",
      "(二)分档比例。甲档企业原则上占20%左右,B类企业数量一般控制在参评企业的30%以内,D类企业原则上不低于8%。",
      "二、重点任务",
      "(一)实施差别化价格。对D类企业用水每立方米加价0.5元,用气实行加收0.2元。",
      "(二)开展评价。每年对园区占地10亩以上工业企业开展综合评价,每位联络员服务企业8家以上。",
      "(三)推动企业升级。到2028年,推动营业收入5000万元以上企业新增40家,C类企业升为B类以上的比例达到35%。",
    ])
    for (value, unit) in [
      (5.0, "亩"), (50.0, "万元"), (30.0, "%"), (8.0, "%"), (0.5, "元"), (0.2, "元"), (10.0, "亩"),
      (8.0, "家"),
    ] {
      #expect(!has(plan, value, unit), "\(value)\(unit)")
    }
    // The goals among the rules stay: a count, and a share with its due year.
    #expect(year(plan, 40, "家") == 2028)
    #expect(year(plan, 35, "%") == 2028)
    // A count of enterprises before them is no threshold (`推动100家以上企业上云`).
    let clause = "推动100家以上企业上云"[...]
    let count = NumberUnitParser.figures(in: clause)[0]
    #expect(!SchemeRuleFigures.isClassThreshold(count, in: clause))
  }

  @Test("a year is carried along a list: a span's total, a five-year period's, a 其中 list by year")
  func yearsAlongLists() {
    let five = draft([
      "辛州市“十五五”先进制造业发展规划(2026—2030年)", "辛州市人民政府", "2026年5月8日", "一、重点任务",
      "(一)盘活土地。“十五五”期间累计收储闲置厂房3000亩,建设标准厂房150万平方米,其中2027年收储800亩以上。",
      "(二)扩大投资。十五五时期新增技改项目400个,引进亿元以上项目90个。",
    ])
    #expect(year(five, 3000, "亩") == 2030)
    #expect(year(five, 150, "万平方米") == 2030)
    #expect(year(five, 800, "亩") == 2027)
    #expect(year(five, 400, "个") == 2030)
    #expect(year(five, 90, "个") == 2030)
    let three = plan([
      "一、主要目标",
      "三年累计培育科技型企业900家,其中2026年250家、2027年300家、2028年350家。",
      "二、重点任务",
      "(一)整治提升。每年培训企业管理人员500人次,三年引育高层次人才120名,新建人才公寓2个。",
      "(二)腾退空间。三年内淘汰低效企业40家,建设小微园区4个、标准厂房30万平方米。",
    ])
    #expect(year(three, 900, "家") == 2028)
    #expect(year(three, 250, "家") == 2026)
    #expect(year(three, 300, "家") == 2027)
    #expect(year(three, 350, "家") == 2028)
    // The steps of the series take no starting figure; each is a goal of its own year.
    #expect(three.targets.filter { $0.goal.unit == "家" }.count == 4)
    // A yearly figure before a span's clause does not make the span's total yearly.
    #expect(year(three, 120, "名") == 2028)
    #expect(year(three, 2, "个") == 2028)
    #expect(year(three, 40, "家") == 2028)
    #expect(year(three, 4, "个") == 2028)
    #expect(year(three, 30, "万平方米") == 2028)
    // A past period opens no total; a period the plan does not run in neither.
    #expect(FiveYearPeriods.currentSpan(openingClause: "“十四五”期间累计建成5个", from: 2026) == nil)
    #expect(FiveYearPeriods.currentSpan(openingClause: "“十五五”期间累计建成5个", from: 2026)?.end == 2030)
    #expect(FiveYearPeriods.currentSpan(openingClause: "“十五五”规划提出建成5个", from: 2026) == nil)
    // Figures after years that are not a list of steps keep the rules they had.
    let clause = "2026年新增150家"[...]
    #expect(
      YearListPairs.leadingYears(of: NumberUnitParser.figures(in: clause), in: clause).isEmpty)
  }

  @Test("a fund the plan sets aside, people it sends and a place among the first are goals")
  func fundsPeopleAndPlaces() {
    let plan = plan([
      "一、主要目标",
      "到2028年,全区规上工业增加值年均增长8%,工业投资效益进入全省第一梯队,园区亩均产出进入全市前列。",
      "二、保障措施",
      "(一)加大投入。区财政每年统筹安排制造业发展专项资金1.2亿元,支持企业技术改造。",
      "(二)用好奖补。县级财政每年安排亩均英雄奖励资金800万元,对评价靠前的企业给予奖励。",
      "(三)设立基金。2026—2028年,累计安排产业引导基金不少于3亿元。",
      "(四)精准服务。选派驻企联络员150名,每位联络员联系企业6家以上。",
      "(五)落实奖励。对新认定的单项冠军企业给予奖励资金50万元。",
    ])
    #expect(has(plan, 1.2, "亿元"))
    #expect(has(plan, 800, "万元") && !has(plan, 800, "万元/亩"))
    #expect(year(plan, 3, "亿元") == 2028)
    #expect(has(plan, 150, "名"))
    #expect(!has(plan, 6, "家"))
    // A sum paid to an enterprise stays an award, no goal.
    #expect(!has(plan, 50, "万元"))
    let ranks = (plan.targets.map(\.goal) + plan.indicators.map(\.goal)).filter { $0.kind == .rank }
    #expect(ranks.count == 2)
    #expect(ranks.allSatisfy { $0.target?.year == 2028 && $0.target?.value == nil })
  }

  @Test("a principle work is organised around and a means encouraged are no direction goals")
  func principlesAndMeans() {
    let plan = plan([
      "一、主要目标",
      "以提升单位用地产出为核心,健全评价机制。到2028年,工业用地亩均税收稳步提高。",
      "二、重点任务",
      "(一)提容增效。到2028年,引导企业通过建设多层厂房等方式提高容积率,鼓励园区降低单位产品能耗,提高工业用地利用效率。",
    ])
    let words = plan.targets.map(\.metric) + plan.indicators.map(\.name)
    #expect(!words.contains { $0.contains("为核心") || $0.contains("单位用地产出") })
    #expect(!words.contains { $0.contains("容积率") || $0.contains("单位产品能耗") })
    // A land measure the plan itself moves stays a goal.
    #expect(words.contains { $0.contains("工业用地利用效率") })
    #expect(SpecialGoalPatterns.isMeansOrPrinciple(before: "以", object: "亩均效益为核心"))
    #expect(!SpecialGoalPatterns.isMeansOrPrinciple(before: "全面", object: "亩均效益"))
  }

  @Test("a 专栏 box's lines are no headings and no measures; a chapter's opening is no measure")
  func boxesAndChapterOpenings() {
    for title in ["专栏3 重点园区提升工程", "专栏三:低效用地再开发行动", "专栏 2"] {
      let plan = draft([
        "辛州市产业园区发展规划(2026—2030年)", "辛州市人民政府", "2026年5月8日",
        "第一章 发展目标", "到2030年,园区营业收入突破2000亿元。",
        "第二章 重点任务", "坚持集约发展,推动园区提质增效。",
        "第一节 辛北开发区", "辛北开发区是全市工业的主引擎。重点发展新材料,到2030年营业收入达到600亿元。",
        "第二节 盘活低效用地", "建立低效用地清单,分类处置。",
        title, "1.收储厂房:盘活闲置厂房40万平方米。", "2.标准厂房:新建标准厂房30万平方米。",
        "甲园区:新材料、高端装备",
        "第三节 完善配套", "加快道路和管网建设。",
      ])
      #expect(!plan.outline.contains { $0.title.contains("收储厂房") || $0.title.contains("标准厂房") })
      #expect(plan.outline.filter { $0.number.hasPrefix("第") }.count == 5, "\(title)")
      let titles = plan.measures.map(\.title)
      #expect(titles == ["辛北开发区", "盘活低效用地", "完善配套"], "\(title)")
      // The box's figures are still read.
      #expect(has(plan, 40, "万平方米") && has(plan, 30, "万平方米"), "\(title)")
    }
    #expect(!ColumnBoxes.isTitle("专栏建设取得新进展"))
  }

  @Test("the sections of a reform's rules draft no measures")
  func ruleSections() {
    let plan = plan([
      "一、认定办法", "(一)认定对象。在本市登记注册的工业企业。", "(二)认定标准。按综合得分分为四档。",
      "二、差别化政策", "对第一档企业优先保障用地用能。",
      "三、主要任务", "(一)开展综合评价。每年完成一次评价。", "(二)落实惠企政策。兑现各项政策。",
    ])
    #expect(plan.measures.map(\.title) == ["开展综合评价", "落实惠企政策"])
    #expect(SchemeRuleSections.isRules("评价办法") && SchemeRuleSections.isRules("分类结果"))
    #expect(!SchemeRuleSections.isRules("加强评价结果运用") && !SchemeRuleSections.isRules("落实惠企政策"))
  }

  @Test("a past fall is a starting figure of its own; a count of clusters of a scale is a goal")
  func pastFallsAndClusterCounts() {
    for fall in ["“十四五”期间,全市单位工业增加值能耗累计下降15.6%。", "2025年,全市单位工业增加值能耗较2020年累计下降15.6%。"] {
      let plan = plan([
        fall, "一、主要目标",
        "到2028年,全市单位工业增加值能耗较2025年下降10%,形成装备制造、绿色食品两个200亿级产业集群,培育精密铸造和智能家居两个特色产业。",
      ])
      let starting = plan.baselineIndicators.first { $0.baseline.value == 15.6 }
      #expect(starting?.kind == .share && starting?.unit == "%", "\(fall)")
      #expect(!baselines(plan).contains { $0.baseline == 15.6 }, "\(fall)")
      #expect(year(plan, 10, "%") == 2028)
      #expect(year(plan, 2, "个") == 2028, "\(fall)")
      // A count closing a list of named industries without a scale still counts no goal.
      #expect(draftedFigures(plan).filter { $0.value == 2 }.count == 1, "\(fall)")
    }
  }

  @Test("a share of the subject done some way is a goal")
  func shareDoneSo() {
    let plan = plan([
      "一、重点任务",
      "(一)推行标准地。新供应工业用地100%按“标准地”出让,新建园区80%实行统一规划、统一建设。",
      "(二)提高效率。园区企业用电量的30%来自分布式光伏。",
    ])
    #expect(has(plan, 100, "%") && has(plan, 80, "%"))
    #expect(
      plan.targets.contains { $0.metric == "新供应工业用地按“标准地”出让比例" }
        || plan.indicators.contains { $0.name == "新供应工业用地按“标准地”出让比例" }
        || plan.measures.flatMap(\.outputs).contains { $0.metric == "新供应工业用地按“标准地”出让比例" })
    // A share with no goal word and no manner after it stays no goal.
    #expect(!has(plan, 30, "%"))
  }

  @Test("a 分别 clause of changes after a clause of levels gives each level's change")
  func changesOfTheLevelsBefore() {
    let plan = plan([
      "2025年,全市工业用地亩均税收21.5万元、亩均营业收入530万元,分别比2020年提高6.2万元和140万元。",
      "一、主要目标", "到2028年,全市工业用地亩均税收达到26万元,亩均营业收入达到650万元。",
    ])
    let changes = plan.baselineIndicators.filter { $0.name.contains("比2020年提高") }
    #expect(changes.compactMap(\.baseline.value).sorted() == [6.2, 140])
    #expect(changes.allSatisfy { $0.unit == "万元/亩" && $0.baseline.year == 2025 })
    // The levels are the goals' baselines; the changes are no baseline of any goal.
    let sums = self.plan([
      "2025年,全市规上工业营业收入1200亿元、利润总额85亿元,分别比2020年增加420亿元和30亿元。",
      "一、主要目标", "到2028年,全市规上工业营业收入达到1600亿元,利润总额达到120亿元。",
    ])
    #expect(baselines(sums).contains { $0.target == 1600 && $0.baseline == 1200 })
    #expect(baselines(sums).contains { $0.target == 120 && $0.baseline == 85 })
    #expect(!baselines(sums).contains { $0.baseline == 420 || $0.baseline == 30 })
    #expect(sums.baselineIndicators.contains { $0.name.hasSuffix("比2020年增加") })
  }

  @Test("a table row the text states again keeps its first year's figure")
  func restatedTableRow() {
    let table = DocumentTable(rows: [
      ["指标", "单位", "2025年", "2030年", "属性"],
      ["工业用水重复利用率", "%", "88", "93", "约束性"],
      ["规上工业企业数", "家", "540", "700", "预期性"],
    ])
    let blocks: [DocumentBlock] =
      ["辛州市工业绿色发展规划(2026—2030年)", "辛州市人民政府", "2026年5月8日", "一、发展目标", "主要指标如下:"].map {
        .paragraph($0)
      } + [.table(table)]
      + ["二、重点任务", "(一)节水降耗。到2030年,工业用水重复利用率达到93%。", "(二)培育企业。到2030年,规上工业企业达到700家。"].map {
        .paragraph($0)
      }
    let plan = PlanDrafter().draft(DocumentText(blocks: blocks, kind: .docx))
    // The row's 2025 figure stands though the row is not read twice.
    let starts =
      plan.baselineIndicators.map { ($0.baseline.value, $0.unit) }
      + baselines(plan).map { ($0.baseline, "%") }
    #expect(starts.contains { $0.0 == 88 && $0.1 == "%" })
    #expect(draftedFigures(plan).filter { $0.value == 93 }.count == 1)
  }
}
