import PlanModel
import Testing

@testable import PlanImport

/// The families of the ninth, blind held-out set (branch i12-ho9) fixed on branch i12-r10, each
/// tried on passages of invented regions (none of them a held-out document's sentence).
@Suite("Extraction: a work review and plan, a tab-parted indicator table, a one-year scheme")
struct NinthSetFamilyTests {
  /// A 工作总结和工作计划 in the form given: the review's heading, then the plan's.
  static func reviewAndPlan(review: String, plan: String) -> Plan {
    draft([
      "甲县工业和信息化局2025年工作总结和2026年工作计划", review,
      "(一)主要指标完成情况",
      "1—10月,全县规上工业增加值同比增长7.9%;预计全年规上工业营业收入突破180亿元,新增规上工业企业22家。",
      "(二)重点工作推进情况", "1.培育优质企业。新认定创新型中小企业15家,实现零的突破。", plan,
      "(一)主要目标", "规上工业增加值增长7%以上,规上工业营业收入突破200亿元,新增规上工业企业20家以上。",
      "(二)重点工作", "1.培育优质企业。全年新认定创新型中小企业18家。", "2.抓实项目建设。全年实施亿元以上项目30个。",
    ])
  }

  @Test(
    "a work review's figures are the starting situation, the plan's the goals",
    arguments: [
      ("一、2025年工作总结", "二、2026年工作计划"), ("一、2025年工作总结及成效", "二、2026年工作打算"),
      ("第一部分 2025年工作总结", "第二部分 2026年工作思路"),
    ])
  func workReviewIsTheStartingSituation(review: String, plan: String) throws {
    let drafted = Self.reviewAndPlan(review: review, plan: plan)
    let goals = draftedFigures(drafted)
    for value in [7.9, 180, 22, 15] {
      #expect(!goals.contains { $0.value == value }, "\(value) is no goal")
    }
    #expect(goals.contains { $0.value == 200 && $0.unit == "亿元" })
    #expect(goals.contains { $0.value == 18 && $0.unit == "家" })
    let output = try #require(drafted.targets.first { $0.goal.target?.value == 200 })
    #expect(output.goal.baseline?.value == 180)
    #expect(output.goal.baseline?.year == 2025)
    // The review's one-year rate starts the plan's growth goal of the next year.
    let growth = try #require(drafted.targets.first { $0.goal.target?.value == 7 })
    #expect(growth.goal.baseline?.value == 7.9 && growth.goal.baseline?.year == 2025)
    #expect(!drafted.baselineIndicators.contains { $0.baseline.value == 7.9 })
  }

  /// The draft of a plain text file of these lines.
  static func draftText(_ lines: [String]) throws -> Plan {
    let text = lines.joined(separator: "\n")
    return PlanDrafter().draft(try PlainTextReader.read(Array(text.utf8), path: "x.txt"))
  }

  @Test("a 主要指标 table of tab-parted lines: each row a goal of its last year, the first its start")
  func tabPartedIndicatorTable() throws {
    let plan = try Self.draftText([
      "乙市国民经济和社会发展第十五个五年规划纲要", "第一章 主要目标",
      "到2030年,全市工业实力明显增强,工业固体废物综合利用率达到96%。", "专栏1 主要指标",
      "指标\t单位\t2025年\t2030年\t年均增长(%)\t属性",
      "全市工业总产值\t亿元\t1820\t2600\t7.5左右\t预期性",
      "规上工业增加值增长\t%\t[8.2]\t—\t6以上\t预期性",
      "高技术制造业增加值占规上工业比重\t%\t12.5\t18以上\t—\t预期性",
      "工业固体废物综合利用率\t%\t91\t96\t—\t约束性",
      "单位工业增加值能耗降低\t%\t[13.0]\t完成上级下达任务\t—\t约束性", "注:[ ]内为五年累计数或年均数。",
      "第二章 重点任务", "一、壮大产业集群。推动工业提质增效。",
    ])
    let goals = plan.targets.map(\.goal) + plan.indicators.map(\.goal)
    let output = try #require(goals.first { $0.target?.value == 2600 })
    #expect(output.unit == "亿元" && output.target?.year == 2030)
    #expect(output.baseline?.value == 1820 && output.baseline?.year == 2025)
    let rate = try #require(goals.first { $0.target?.value == 7.5 })
    #expect(rate.kind == .annualRate && rate.qualifiers == ["左右"] && rate.baseline == nil)
    // A row of a rate alone: its first figure is the rate's start.
    let growth = try #require(goals.first { $0.target?.value == 6 })
    #expect(growth.kind == .annualRate && growth.baseline?.value == 8.2)
    #expect(goals.first { $0.target?.value == 18 }?.qualifiers == ["以上"])
    // A cell of words is a goal of that year without a number.
    #expect(
      goals.contains { $0.target?.year == 2030 && $0.target?.value == nil && $0.kind == .reduction }
    )
    // The prose restates the 96% row without its year: one goal, of the table's year.
    let waste = goals.filter { $0.target?.value == 96 }
    #expect(waste.count == 1)
    #expect(waste.first?.target?.year == 2030)
    #expect(waste.first?.baseline?.value == 91)
  }

  @Test("a tab-parted table's cells go by their order, not where tab stops put them")
  func tabTableCells() throws {
    let lines = ["指标\t单位\t2025年\t2030年", "规上工业企业数量\t家\t860\t1200", "高新技术企业\t家\t\t300", "正文"]
    let (table, end) = try #require(TabPartedTable.table(lines, from: 0))
    #expect(end == 3)
    #expect(table.rows[1] == ["规上工业企业数量", "家", "860", "1200"])
    #expect(table.rows[2] == ["高新技术企业", "家", "", "300"])
    #expect(TabPartedTable.table(["指标  单位  2025年  2030年"], from: 0) == nil)
    #expect(IndicatorTableGoals.rateName("规上工业增加值增长") == "规上工业增加值年均增长")
    #expect(IndicatorTableGoals.rateName("地区生产总值") == "地区生产总值年均增长")
  }

  @Test(
    "a starting paragraph dated by 由YYYY年的A增加到ZZZZ年的B: each end its year, later figures not the earlier year",
    arguments: [
      "全区工业总产值由2020年的860亿元增加到2025年的1320亿元,年均增长8.9%。专精特新企业达到96家,是2020年的3.2倍,研发投入强度达到2.6%。",
      "全区工业总产值从2020年的860亿元提高到2025年的1320亿元。专精特新企业达到96家,为2020年的3.2倍;研发投入强度达到2.6%。",
    ])
  func datedChangeInTheStartingPart(paragraph: String) throws {
    let plan = draft([
      "丙区“十五五”工业发展规划", "一、发展基础", paragraph, "二、发展目标",
      "到2030年,工业总产值突破2000亿元,专精特新企业达到150家,研发投入强度达到3.2%。", "三、重点任务", "(一)壮大产业集群。",
    ])
    let starting = plan.baselineIndicators.map { ($0.baseline.value, $0.baseline.year, $0.unit) }
    let goals = plan.targets.map(\.goal)
    let baselines =
      starting
      + goals.compactMap { goal in
        goal.baseline.map { ($0.value, $0.year, goal.unit) }
      }
    #expect(baselines.contains { $0.0 == 860 && $0.1 == 2020 })
    #expect(baselines.contains { $0.0 == 1320 && $0.1 == 2025 })
    #expect(baselines.contains { $0.0 == 96 && $0.1 == 2025 })
    #expect(baselines.contains { $0.0 == 2.6 && $0.1 == 2025 })
    #expect(!baselines.contains { $0.1 == 2020 && $0.0 != 860 })
    #expect(starting.contains { $0.0 == 3.2 && $0.2 == "倍" && $0.1 == 2025 })
    #expect(!draftedFigures(plan).contains { $0.value == 3.2 && $0.unit == "倍" })
    let pair = try #require(
      ChangeStart.pairs(
        in: "产值由2020年的860亿元增加到2025年的1320亿元",
        figures: NumberUnitParser.figures(in: "产值由2020年的860亿元增加到2025年的1320亿元")
      ).first)
    #expect(pair.year == 2020 && pair.goalYear == 2025)
    let years = NumberUnitParser.years(in: "是2020年的2.3倍,到2025年")
    #expect(years.map(\.role) == [.base, .due])
  }

  @Test(
    "the scheme of a year-long campaign named by its year sets its tasks' figures for that year",
    arguments: [
      "丁市2026年“项目建设攻坚年”行动方案", "丁县2026年“营商环境提升年”活动实施方案",
      "丁区人民政府办公室关于印发丁区2026年“产业招商突破年”实施方案的通知",
    ])
  func campaignYearScheme(title: String) throws {
    #expect(OneYearPlan.year(ofTitle: title) == 2026)
    let plan = draft([
      title, "一、目标任务", "新签约亿元以上项目120个以上。", "二、攻坚举措",
      "(一)设立招商服务站。在珠三角设立招商服务站2个,选派20名干部驻点招商。责任单位:市投资促进局。",
      "(二)保障项目用地。盘活闲置工业用地8000亩。责任单位:市自然资源局。",
    ])
    let figures = draftedFigures(plan)
    for value in [120.0, 2, 20, 8000] {
      #expect(figures.contains { $0.value == value && $0.year == 2026 }, "\(value)")
    }
    #expect(plan.document.horizon == Horizon(start: 2026, end: 2026))
  }

  @Test("a campaign over several years, or a title naming no campaign year, is no one-year plan")
  func noCampaignYear() {
    #expect(OneYearPlan.year(ofTitle: "丁市2026—2028年“项目建设攻坚年”行动方案") == nil)
    #expect(OneYearPlan.year(ofTitle: "丁市2026年制造业高质量发展三年行动方案") == nil)
    #expect(OneYearPlan.year(ofTitle: "丁市“项目建设攻坚年”行动方案") == nil)
    #expect(!OneYearPlan.namesCampaignYear("“新年”宣传口号"[...]))
  }

  @Test("a total over the five-year plan a title names without its years is due its last year")
  func fiveYearPlanTitle() throws {
    #expect(FiveYearPeriods.planEnd(ofTitle: "戊市国民经济和社会发展第十五个五年规划纲要") == 2030)
    #expect(FiveYearPeriods.planEnd(ofTitle: "戊县“十五五”工业发展规划") == 2030)
    #expect(FiveYearPeriods.planEnd(ofTitle: "戊县“十五五”工作总结") == nil)
    let plan = draft([
      "戊市国民经济和社会发展第十四个五年规划纲要", "第一章 主要任务",
      "建立上市后备企业库,“十四五”期间新增上市企业8家。", "第二章 保障措施", "加强组织领导。",
    ])
    #expect(plan.document.horizon == Horizon(start: 2021, end: 2025))
    #expect(draftedFigures(plan).contains { $0.value == 8 && $0.year == 2025 })
  }

  @Test(
    "work a scheme counts: teams formed, advisers hired, a class's count closing a list item",
    arguments: [
      ("组建3个产业链招商小分队,聘请招商顾问20名。", [3.0, 20]),
      ("全年签约项目150个,其中5亿元以上项目20个、20亿元以上项目4个。", [150, 20, 4]),
    ])
  func schemeCounts(sentence: String, values: [Double]) {
    let plan = draft(["己县2026年“招商引资攻坚年”行动方案", "一、目标任务", sentence, "二、保障措施", "加强组织领导。"])
    let figures = draftedFigures(plan)
    for value in values {
      #expect(figures.contains { $0.value == value && $0.year == 2026 }, "\(value)")
    }
    #expect(!figures.contains { $0.value == 5 && $0.unit == "亿元" })
  }

  @Test(
    "a norm per team, a time limit, an assessment weight are no goals",
    arguments: [
      "每个专班全年走访企业不少于20家、外出招商不少于6次。", "每支服务队每月上门服务不少于10次。",
      "项目审批时间压缩至15个工作日以内。", "签约项目3个月内开工。", "考核权重提高到12%。", "考核权重调整为10%。",
    ])
  func noGoalInARule(sentence: String) {
    let plan = draft(["庚市2026年“项目建设攻坚年”行动方案", "一、攻坚举措", "(一)强化招商。\(sentence)"])
    #expect(draftedFigures(plan).isEmpty, "\(sentence)")
  }

  @Test("the issuing office's name alone at the end, over the date or not, is no measure")
  func officeSignature() {
    for closing in [["辛县工业和信息化局", "2026年12月1日"], ["辛县发展和改革委"], ["辛县投资促进中心", "2026年12月1日"]] {
      let plan = draft(
        ["辛县工业和信息化局2027年工作计划", "一、重点工作", "1.抓实项目建设。全年实施项目40个。", "二、工作保障", "强化督查考核,确保任务落实。"]
          + closing)
      #expect(plan.measures.map(\.title) == ["抓实项目建设", "工作保障"], "\(closing)")
    }
    #expect(!ClosingLines.isOfficeSignature("市工业和信息化局", next: "负责全市工业运行监测。"))
    #expect(!ClosingLines.isOfficeSignature("县经信局牵头,县发改局配合", next: nil))
  }

  @Test("a tier said short after its level (国家级“小巨人”企业) counts the ladder's step")
  func shortTierName() throws {
    let plan = draft([
      "壬县工业和信息化局2027年工作计划", "一、重点工作",
      "1.实施梯度培育。完善“创新型中小企业—专精特新中小企业—专精特新‘小巨人’企业”梯度培育库,全年新认定创新型中小企业20家,力争新增国家级“小巨人”企业2家。",
    ])
    let tiers = try #require(plan.ladders.first).tiers
    #expect(tiers.map { $0.target?.value } == [20, nil, 2])
    #expect(LadderLists.step(for: "省级“瞪羚”企业", among: ["科技型中小企业", "高新技术企业"]) == nil)
  }

  @Test(
    "a cluster's scale in a sentence whose subject is the industry, or in its chain's paragraph",
    arguments: [
      [
        "二、重点产业",
        "加快发展新材料、智能装备两大新兴产业。新材料产业聚焦高性能纤维、特种合金,到2030年产值力争达到300亿元;智能装备产业重点发展工业机器人,产值突破200亿元。",
      ],
      [
        "二、重点产业", "(一)新材料产业链。依托化工园区,重点招引高性能纤维项目。到2030年,产业链产值达到300亿元。",
        "(二)智能装备产业链。承接产业转移,推动产业链产值突破200亿元。",
      ],
    ])
  func clusterScaleOfTheSubjectIndustry(lines: [String]) throws {
    let plan = draft(["癸市“十五五”制造业发展规划(2026—2030年)", "一、发展目标", "到2030年,规上工业企业达到900家。"] + lines)
    let scales = Dictionary(
      plan.clusters.map { (PlanTextCharacters.unquoted($0.name), $0.scale?.value) },
      uniquingKeysWith: { first, second in first ?? second })
    #expect(scales["新材料"] == 300)
    #expect(scales["智能装备"] == 200)
    #expect(!draftedFigures(plan).contains { $0.value == 300 || $0.value == 200 })
    #expect(SubjectIndustry.opening("新材料产业聚焦高性能纤维") == "新材料")
    #expect(SubjectIndustry.opening("支持新材料产业发展") == nil)
    #expect(TextReading.runInIndustry("精细化工和新材料产业链") == "精细化工和新材料")
    #expect(ClusterHeading.industryMetric("产业链产值", industry: "新材料") == "新材料产业产值")
  }

  @Test("the directions an industry's paragraph names to attract or fill are its parts")
  func directionsToAttract() {
    let plan = draft([
      "子市2027年“招商引资攻坚年”行动方案", "一、目标任务", "全年新签约亿元以上项目80个。", "二、重点招商方向",
      "(一)新材料产业链。重点招引碳纤维复合材料、高性能膜材料和特种合金项目,到2027年产业链产值达到200亿元。",
      "(二)智能家居产业链。围绕智能照明、智能安防开展以商招商,加快补齐工业设计、检测认证等短板环节,推动产业链产值突破120亿元。",
      "(三)强化要素保障。重点引进人才公寓、物流仓储项目。",
    ])
    let parents = Dictionary(
      plan.clusters.map { ($0.name, $0.parent) }, uniquingKeysWith: { first, _ in first })
    let material = plan.clusters.first { $0.name.hasPrefix("新材料") }?.id
    let home = plan.clusters.first { $0.name.hasPrefix("智能家居") }?.id
    #expect(material != nil && home != nil)
    for name in ["碳纤维复合材料", "高性能膜材料", "特种合金"] {
      #expect(parents[name] == material, "\(name)")
    }
    for name in ["智能照明", "智能安防", "工业设计", "检测认证"] {
      #expect(parents[name] == home, "\(name)")
    }
    // No industry is named for a paragraph of work to do: its list is no cluster's parts.
    #expect(parents["人才公寓"] == nil && parents["物流仓储"] == nil)
    #expect(ClusterAttractLists.parts(in: "全年招引亿元以上项目30个") == [])
    #expect(ClusterAttractLists.parts(in: "补齐印染后整理环节") == ["印染后整理"])
  }

  @Test("a change named by its base alone is the figure before's; the top of a ranking is a class")
  func startingChangeAndTopClass() {
    let figures = BaselinePatterns.figures(
      in: "园区亩均税收达到21.4万元,较上年提高2.3万元,对营业收入前30位企业实行专人服务", year: 2025)
    let change = figures.first { $0.value == 2.3 }
    #expect(change?.metric.hasPrefix("园区亩均税收较上年") == true)
    #expect(change?.unit == "万元/亩")
    #expect(!figures.contains { $0.value == 30 })
  }

  @Test("a first one achieved is one of the title the clause before says was won")
  func wonFirst() {
    for sentence in [
      "乙公司获评国家级专精特新“小巨人”企业,实现零的突破", "丙公司成功入选国家级绿色工厂企业,实现零突破",
    ] {
      let figures = BaselinePatterns.figures(in: sentence[...], year: 2025, enterpriseUnit: "户")
      #expect(figures.count == 1, "\(sentence)")
      #expect(figures.first?.metric.hasSuffix("企业") == true && figures.first?.unit == "户")
      #expect(figures.first?.value == 1 && figures.first?.year == 2025)
    }
  }
}
