import PlanModel
import Testing

@testable import PlanImport

/// What the eleventh held-out set still missed on the session's final rules, read by branch
/// i12-r13, each rule tried on passages of invented regions in several forms (none of them a
/// held-out document's sentence).
@Suite("Extraction: the eleventh held-out set's leftovers")
struct EleventhSetLeftoverTests {
  /// The plan drafted from a plain text, its tables read as the text reader reads them.
  func draftText(_ lines: [String]) throws -> Plan {
    let text = try PlainTextReader.read(Array(lines.joined(separator: "\n").utf8), path: "x.txt")
    return PlanDrafter().draft(text)
  }

  static let space = "\u{3000}\u{3000}"

  @Test("a table whose cells are parted by ideographic spaces is read as a table, cells in order")
  func spacePartedTable() throws {
    let s = Self.space
    let lines = [
      "项目\(s)2021年基期值\(s)2026年目标值\(s)2024年实际值",
      "软件业务收入(亿元)\(s)85\(s)200\(s)132",
      "工业技改投资增长(%)\(s)—\(s)8以上\(s)9.1",
      "　　以上指标由市统计局负责监测。",
    ]
    let (table, end) = try #require(SpacePartedTable.table(lines, from: 0))
    #expect(end == 3)
    #expect(table.rows.count == 3)
    #expect(table.rows[1] == ["软件业务收入(亿元)", "85", "200", "132"])
    // An indent parts no cells; one ideographic space inside a line neither.
    #expect(SpacePartedTable.cells(of: "　　以上指标由市统计局负责监测。") == nil)
    #expect(SpacePartedTable.cells(of: "市工业和信息化局局长　某某") == nil)
    // A line of cells under no header of column labels is no table.
    #expect(SpacePartedTable.table(["软件业务收入\(s)85\(s)200", "工业投资\(s)30\(s)40"], from: 0) == nil)
  }

  @Test(
    "a column labelled with a year and its role: the 基数 a baseline, the 目标 the goal, 完成 nothing",
    arguments: [
      ("2021年基数", "2026年目标", "2024年完成"), ("2021年基期值", "2026年目标值", "2024年实际"),
      ("2021年(基数)", "2026年(目标)", "2024年(完成)"),
    ])
  func roleColumns(start: String, goal: String, done: String) throws {
    let s = Self.space
    let plan = try draftText([
      "丁江市制造业发展规划(2022—2026年)中期评估报告", "一、主要指标完成情况",
      "指标\(s)\(start)\(s)\(goal)\(s)\(done)\(s)进度评价",
      "软件业务收入(亿元)\(s)85\(s)200\(s)132\(s)符合序时进度",
      "工业技改投资增长(%)\(s)—\(s)8以上\(s)9.1\(s)超序时进度",
      "二、下一步工作安排", "(一)抓项目。全年新开工亿元以上项目40个。",
    ])
    let revenue = try #require(plan.targets.first { $0.metric.contains("软件业务收入") })
    #expect(revenue.goal.target?.value == 200 && revenue.goal.target?.year == 2026)
    #expect(revenue.goal.baseline?.value == 85 && revenue.goal.baseline?.year == 2021)
    let growth = try #require(plan.targets.first { $0.metric.contains("技改投资") })
    #expect(growth.goal.target?.value == 8 && growth.goal.baseline == nil)
    for actual in [132.0, 9.1] {
      #expect(!draftedFigures(plan).contains { $0.value == actual }, "\(actual) is an actual")
    }
    #expect(!plan.measures.contains { $0.text.contains("软件业务收入") })
  }

  @Test("year columns by role; a plain year column stays a year; other labels are none")
  func yearColumnReading() throws {
    #expect(YearColumn.reading("2025年") == YearColumn(year: 2025, role: .plain))
    #expect(YearColumn.reading("2020年基数") == YearColumn(year: 2020, role: .start))
    #expect(YearColumn.reading("2025年目标") == YearColumn(year: 2025, role: .goal))
    #expect(YearColumn.reading("2023年完成") == YearColumn(year: 2023, role: .actual))
    #expect(YearColumn.reading("2023年工作要点") == nil)
    #expect(YearColumn.reading("进度评价") == nil)
    let columns = try #require(
      IndicatorTableGoals.startAndGoalColumns(["指标", "2020年基数", "2025年目标", "2023年完成"]))
    #expect(columns.0 == (1, 2020) && columns.1 == (2, 2025))
    let plain = try #require(
      IndicatorTableGoals.startAndGoalColumns(["指标", "2025年", "2030年", "属性"]))
    #expect(plain.0 == (1, 2025) && plain.1 == (2, 2030))
  }

  /// A report on a plan's progress, given in 2027, reviewing 2026 and naming what is next.
  func review(_ achieved: [String], problems: [String]) -> Plan {
    draft(
      [
        "关于戊川县“十四五”工业发展规划实施情况的报告", "——2027年4月12日在戊川县人民代表大会常务委员会第九次会议上",
        "一、规划实施总体情况",
      ] + achieved + ["二、存在的问题"] + problems + [
        "三、下一步工作打算", "(一)狠抓项目建设。2027年新开工亿元以上工业项目30个以上。",
        "(二)壮大市场主体。到2027年,规上工业企业达到420家。",
        "各位副主任、各位委员,我们将认真落实本次会议审议意见,确保规划目标全面完成。",
      ])
  }

  @Test("a report's review of what was done and its problems are no goals and no measures")
  func reviewParts() {
    let plan = review(
      [
        "(一)工业总量持续扩大。2026年全县规上工业总产值达到386亿元,规上工业企业由2020年的260家增加到372家。",
        "(二)创新动能不断增强。高新技术企业达到58家,建成省级企业技术中心9家。",
      ],
      problems: ["一是项目支撑不足。亿元以上项目仅有14个,距规划目标差6个。", "二是要素保障偏紧。可用工业用地不足800亩。"])
    for value in [386.0, 372, 58, 9, 14, 6, 800] {
      #expect(!draftedFigures(plan).contains { $0.value == value }, "\(value) is no goal")
    }
    #expect(plan.measures.count == 2)
    #expect(plan.measures.allSatisfy { $0.section?.hasPrefix("三") == true })
    #expect(!plan.measures.contains { $0.text.contains("各位委员") })
    #expect(draftedFigures(plan).contains { $0.value == 420 })
  }

  @Test("review headings are told from task headings")
  func reviewHeadings() {
    for title in ["主要指标完成情况", "规划实施总体情况", "重点任务推进情况", "存在的主要问题", "困难和问题"] {
      #expect(ReviewSections.isReview(title), "\(title)")
    }
    for title in ["着力解决企业融资难问题", "完善统计监测", "强化要素保障", "推动集群发展"] {
      #expect(!ReviewSections.isReview(title), "\(title)")
    }
  }

  @Test("a closing address lists whom it addresses; a list of units or places is none")
  func closingAddress() {
    #expect(ClosingLines.isAddress("主任、各位副主任、秘书长、各位委员,我们将锚定目标。"))
    #expect(ClosingLines.isAddress("各位代表、各位来宾:今年是关键之年。"))
    #expect(!ClosingLines.isAddress("市发展改革委、市财政局,要加强协调。"))
    #expect(!ClosingLines.isAddress("各位委员认真审议了报告中的各项目标任务安排,提出了意见。"))
  }

  @Test(
    "under a heading that is only a cluster's name, its verbs' lists name the cluster's parts",
    arguments: [
      "以甲州市为核心,巩固光伏组件、逆变器、光伏支架优势,突破高效电池片、储能变流器等关键部件,推动产品向高端化升级。",
      "以甲州市为主要承载地,做强光伏组件、逆变器和光伏支架,培育高效电池片、储能变流器等拳头产品,拓展海上光伏、农光互补等新市场。",
    ])
  func clusterHeadingParts(paragraph: String) {
    let plan = draft([
      "己省新能源装备产业发展行动计划(2026—2028年)", "一、打造重点产业集群", "(一)光伏装备产业集群",
      paragraph + "到2028年,集群营业收入达到900亿元。", "二、保障措施", "(一)加强组织领导。建立工作专班。",
    ])
    let parts = plan.clusters.filter { $0.parent != nil }.map(\.name)
    for name in ["光伏组件", "逆变器", "光伏支架", "高效电池片", "储能变流器"] {
      #expect(parts.contains(name), "\(name)")
    }
    for name in ["海上光伏", "农光互补", "高端化升级"] { #expect(!parts.contains(name), "\(name)") }
  }

  @Test("lists of markets, technologies or ways, and lists another verb opens, name no parts")
  func notClusterParts() {
    #expect(ClusterVerbLists.list(in: "拓展东盟、中东等新市场") == nil)
    #expect(ClusterVerbLists.list(in: "突破精密减速器、伺服电机等关键技术") == nil)
    #expect(ClusterVerbLists.list(in: "推动整机向智能化、绿色化升级") == nil)
    #expect(ClusterVerbLists.list(in: "发展5G基站、光模块") == nil)
    #expect(ClusterVerbLists.list(in: "大力发展精密减速器、伺服电机") == ["精密减速器", "伺服电机"])
  }

  @Test(
    "a figure 均 gives several clusters is a starting figure of each",
    arguments: ["均已超过五百亿元", "均已突破500亿元"])
  func sharedStart(figure: String) {
    let figures = BaselinePatterns.figures(
      in: "2025年,全省装备产业稳步增长,光伏装备、风电装备两大产业集群产值\(figure)。", year: 2025)
    let names = figures.filter { $0.value == 500 && $0.unit == "亿元" }.map(\.metric)
    #expect(names == ["光伏装备产业集群产值", "风电装备产业集群产值"])
    #expect(figures.allSatisfy { $0.year == 2025 })
    #expect(
      SharedStartingFigures.figures(in: "光伏装备、风电装备两大产业人均产值达到80万元", year: 2025, paragraph: 0) == nil)
    #expect(SharedStartingFigures.figures(in: "光伏装备产业产值均已超过500亿元", year: 2025, paragraph: 0) == nil)
  }

  @Test("a sum followed by 的 and the clusters or enterprises it sorts is a threshold, no goal")
  func sortingThreshold() {
    let plan = draft([
      "庚市制造业发展三年行动方案(2026—2028年)", "一、发展目标",
      "到2028年,形成3个营业收入超五百亿元的产业集群,培育营业收入超50亿元的链主企业12家,规上工业营业收入达到3000亿元。",
    ])
    let figures = draftedFigures(plan)
    #expect(figures.contains { $0.value == 3 && $0.year == 2028 })
    #expect(figures.contains { $0.value == 12 && $0.year == 2028 })
    #expect(figures.contains { $0.value == 3000 })
    #expect(!figures.contains { $0.value == 500 || $0.value == 50 })
  }

  @Test(
    "a scale class a listed count shares gives each its scale, which the cluster's own replaces")
  func sharedScaleClass() throws {
    let plan = draft([
      "辛市制造业发展三年行动方案(2026—2028年)", "一、发展目标",
      "到2028年,打造光伏装备、氢能装备两个300亿级产业集群,规上工业营业收入达到2600亿元。", "二、重点任务",
      "(一)壮大光伏装备产业。到2028年,光伏装备产业产值达到360亿元。",
    ])
    let solar = try #require(plan.clusters.first { $0.name == "光伏装备" })
    #expect(solar.scale?.value == 360)
    let hydrogen = try #require(plan.clusters.first { $0.name == "氢能装备" })
    #expect(hydrogen.scale?.value == 300 && hydrogen.scale?.year == 2028)
    #expect(
      ClusterPatterns.countedList(
        in: "打造光伏装备、氢能装备三个300亿级产业集群", before: "打造光伏装备、氢能装备三个300亿级".endIndex
      ).isEmpty)
  }

  @Test("均 after a count of clusters named before shares the goal among them")
  func sharedGoal() throws {
    let names = SharedStartingFigures.goalNames(
      before: "实施光伏装备、氢能装备产业集群提升工程,确保到2028年两大集群产值均突破"[...].dropFirst(20))
    #expect(names == ["光伏装备集群产值", "氢能装备集群产值"])
    let plan = draft([
      "辛市制造业发展三年行动方案(2026—2028年)", "一、重点任务",
      "(一)壮大主导产业。实施光伏装备、氢能装备产业集群提升工程,确保到2028年两大集群产值均突破300亿元。",
    ])
    for name in ["光伏装备", "氢能装备"] {
      let cluster = try #require(plan.clusters.first { $0.name == name }, "\(name)")
      #expect(cluster.scale?.value == 300)
    }
    #expect(SharedStartingFigures.goalNames(before: "两大产业人均产值突破"[...]) == nil)
  }

  @Test("a figure each of several places is to reach is no goal and names no cluster")
  func perPlace() {
    let plan = draft([
      "壬市制造业发展三年行动方案(2026—2028年)", "一、重点任务",
      "(一)培育特色集群。支持各县(市、区)立足自身基础,各培育1个五十亿级特色产业集群,各建设1个以上小微企业园。到2028年,全市新增规上工业企业300家。",
    ])
    let figures = draftedFigures(plan)
    #expect(!figures.contains { $0.value == 1 })
    #expect(figures.contains { $0.value == 300 })
    #expect(plan.clusters.isEmpty)
    #expect(!PerPlaceFigures.isPerPlace(before: "全市培育"[...]))
  }

  @Test("a sentence opened by a verb developing an industry gives a bare 产值 later to that industry")
  func developedIndustryOutput() throws {
    #expect(SubjectIndustry.opening("加快生物医药产业补链强链,2028年产值达到150亿元") == "生物医药")
    #expect(SubjectIndustry.opening("做大绿色食品产业规模,产值突破90亿元") == "绿色食品")
    #expect(SubjectIndustry.opening("加快光伏装备、氢能装备产业集群建设,产值达到150亿元") == nil)
    #expect(SubjectIndustry.opening("做强产业链条,产值达到150亿元") == nil)
    let plan = draft([
      "癸市制造业发展三年行动方案(2026—2028年)", "一、重点任务",
      "(一)壮大新兴产业。加快生物医药产业补链强链,2028年产值达到150亿元。",
    ])
    let cluster = try #require(plan.clusters.first { $0.name == "生物医药" })
    #expect(cluster.scale?.value == 150 && cluster.scale?.year == 2028)
  }

  @Test("a goal without a number naming a stated goal as one (完成…目标) is that goal restated")
  func namedGoalRestated() {
    let stated = ["单位工业增加值能耗下降", "规上工业总产值"]
    #expect(GoalFiling.namesStatedGoal("工业增加值能耗下降目标", stated: stated))
    #expect(!GoalFiling.namesStatedGoal("碳排放强度下降目标", stated: stated))
    #expect(!GoalFiling.namesStatedGoal("规上工业总产值", stated: stated))
  }

  @Test("chains extended after a list of clusters, grouped by 和, are each cluster's parts in order")
  func chainGroups() {
    let parts = ClusterChainGroups.parts(
      inSentence: "实施光伏装备、氢能装备产业集群提升工程,着力延伸硅片切割、光伏玻璃和电解槽、储氢瓶产业链条"[...])
    #expect(parts.count == 2)
    #expect(parts.first?.parent == "光伏装备" && parts.first?.names == ["硅片切割", "光伏玻璃"])
    #expect(parts.last?.parent == "氢能装备" && parts.last?.names == ["电解槽", "储氢瓶"])
    // Groups that do not match the clusters in number are no one's parts.
    #expect(
      ClusterChainGroups.parts(
        inSentence: "实施光伏装备、氢能装备产业集群提升工程,着力延伸硅片切割、光伏玻璃产业链条"[...]
      ).isEmpty)
    #expect(ClusterChainGroups.groups(in: "推动硅片切割和光伏玻璃产业链条") == nil)
  }

  @Test("a comparator choosing whom a policy is for is no goal; one the plan aims at is")
  func comparatorCondition() {
    let plan = draft([
      "子市推动工业经济稳增长若干措施(2027年)", "一、稳定工业生产",
      "1.实施分类帮扶。对产值增速低于全市平均水平的企业开展“一企一策”帮扶。",
      "2.扩大有效投资。全年竣工投产亿元以上工业项目45个,工业投资增速高于全省平均水平。",
    ])
    #expect(!plan.targets.contains { $0.metric.contains("产值增速") })
    #expect(plan.targets.contains { $0.goal.kind == .comparator && $0.metric.contains("工业投资") })
    #expect(draftedFigures(plan).contains { $0.value == 45 })
  }
}
