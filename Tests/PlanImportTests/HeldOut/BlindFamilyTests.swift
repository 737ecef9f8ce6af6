import PlanModel
import Testing

@testable import PlanImport

/// The families of phrasing the three blind held-out documents (branch i12-ho3) showed, each
/// tried on passages of invented regions in several forms (none of them a seed's or a
/// held-out document's sentence).
@Suite("Extraction: families from the blind held-out documents")
struct BlindFamilyTests {
  func plan(_ body: [String], title: String = "己县重点产业链工作方案(2025—2027年)") -> Plan {
    draft(["己县人民政府办公室", title, "一、工作目标", "到2027年,全县规上工业营业收入达到300亿元。", "二、重点任务"] + body)
  }

  func goals(_ plan: Plan) -> [Goal] {
    plan.targets.map(\.goal) + plan.indicators.map(\.goal)
  }

  @Test("years opening the clauses of one sentence date each clause's figure")
  func yearsPerClause() throws {
    let plan = plan([
      "(一)推进设备更新。全县工业投资2025年达到45亿元,2026年达到52亿元,力争到2027年突破60亿元,技改投资占比达到50%以上。(牵头单位:县发改局)"
    ])
    let outputs = plan.measures.flatMap(\.outputs) + []
    let all =
      goals(plan).compactMap { goal in goal.target.map { ($0.value, $0.year) } }
      + outputs.map { ($0.figure.value, $0.figure.year) }
    #expect(all.contains { $0.0 == 45 && $0.1 == 2025 })
    #expect(all.contains { $0.0 == 52 && $0.1 == 2026 })
    #expect(all.contains { $0.0 == 60 && $0.1 == 2027 })
    #expect(all.contains { $0.0 == 50 && $0.1 == 2027 })
    let clauses = SentenceSegmenter.clauses(of: "2025年达到4家,2026年达到6家,到2027年达到9家"[...])
    #expect(ClauseYears.years(of: clauses) == [2025, 2026, 2027])
  }

  @Test("a sentence whose clauses open with one year only keeps its year for all of them")
  func oneYearForTheSentence() {
    let clauses = SentenceSegmenter.clauses(of: "工业增加值年均增长7%,到2027年达到260亿元"[...])
    #expect(ClauseYears.years(of: clauses).allSatisfy { $0 == nil })
    let dated = SentenceSegmenter.clauses(of: "目标:2026年产值达到12亿元,较2025年增长20%"[...])
    #expect(ClauseYears.years(of: dated).allSatisfy { $0 == nil })
    #expect(ClauseYears.openingYear("目标:2026年产值达到12亿元"[...], first: true) == 2026)
    #expect(ClauseYears.openingYear("目标:2026年产值达到12亿元"[...], first: false) == nil)
    #expect(ClauseYears.openingYear("力争到2027年达到9家"[...], first: false) == 2027)
    #expect(ClauseYears.openingYear("规上企业2027年达到9家"[...], first: false) == nil)
  }

  @Test("a chain under its own heading is a cluster: its last year's output its scale")
  func chainHeadingCluster() throws {
    for heading in ["(一)智能农机产业链", "(一)“智能农机”产业链"] {
      let plan = plan([
        heading,
        "链长:副县长;牵头单位:县农业农村局;配合单位:县工信局、县科技局。",
        "2024年,全县智能农机产业链实现营业收入31亿元。目标:2025年营业收入达到36亿元,2026年达到43亿元,2027年力争突破50亿元。一是引进整机项目;二是建设检测中心。",
      ])
      let cluster = try #require(plan.clusters.first { $0.name == "智能农机" })
      #expect(cluster.scale?.value == 50)
      #expect(cluster.scale?.year == 2027)
      let earlier = plan.targets.filter { [36, 43].contains($0.goal.target?.value) }
      #expect(earlier.map { $0.goal.target?.year } == [2025, 2026])
      #expect(earlier.allSatisfy { $0.goal.baseline == nil })
      #expect(plan.baselineIndicators.contains { $0.baseline.value == 31 })
      let measures = plan.measures.filter { $0.title.hasSuffix("产业链") }
      #expect(measures.count == 1)
      #expect(measures.first?.leadUnits == ["县农业农村局"])
      #expect(measures.first?.responsibleUnits == ["县工信局", "县科技局"])
    }
    #expect(ClusterHeading.chain("推动产业链") == nil)
    #expect(ClusterHeading.chain("培育新材料产业链") == nil)
    #expect(ClusterHeading.chain("纺织和服装产业链") == nil)
  }

  @Test("unit notes with short labels, or closing the paragraph without brackets")
  func unitNoteForms() {
    let cases: [(String, [String], [String])] = [
      ("建立链主协同机制。定期走访链主企业。(牵头:县工信局;配合:各链牵头单位)", ["县工信局"], ["各链牵头单位"]),
      ("建立调度机制。每季度召开专题会议。责任单位:县委督查室、县政府督查室", [], ["县委督查室", "县政府督查室"]),
      ("强化要素保障。优先保障用地用能。牵头单位:县自然资源局;责任单位:县财政局。", ["县自然资源局"], ["县财政局"]),
      ("完善招商机制。编制招商图谱。(责任单位:县商务局,各乡镇)", [], ["县商务局", "各乡镇"]),
    ]
    for (paragraph, lead, responsible) in cases {
      let notes = UnitNotes.read(paragraph)
      #expect(notes.lead == lead)
      #expect(notes.responsible == responsible)
    }
    // A sentence that merely opens with a word and a colon is no note.
    #expect(UnitNotes.read("加强监测。目标:每年评估一次。").isEmpty)
    #expect(UnitNotes.line("目标:2025年营业收入达到36亿元。") == nil)
    #expect(UnitNotes.line("链长:副县长;牵头单位:县农业农村局。")?.lead == ["县农业农村局"])
    #expect(UnitNotes.line("牵头单位:县农业农村局。推进项目建设。") == nil)
  }
}

/// Which goal a ladder step's count and a starting figure go to.
@Suite("Extraction: steps' levels and starting figures from the blind held-out documents")
struct BlindFilingTests {
  @Test("a ladder step takes its level, not a yearly or new count stated before it")
  func stepLevel() throws {
    let plan = draft([
      "壬市中小企业培育行动方案(2025—2027年)", "一、工作目标",
      "构建“科技型中小企业—创新型中小企业—专精特新中小企业”梯度培育体系。",
      "每年新增创新型中小企业80家以上,到2027年全市创新型中小企业总数达到600家以上。",
      "新培育专精特新中小企业20—30家,全市专精特新中小企业达到150家。",
    ])
    let tiers = plan.ladders.flatMap(\.tiers)
    #expect(tiers.first { $0.name.contains("创新型") }?.target?.value == 600)
    #expect(tiers.first { $0.name.contains("专精特新") }?.target?.value == 150)
    let counts =
      plan.targets.map(\.goal)
      + plan.measures.flatMap(\.outputs).map {
        Goal(kind: .count, direction: .up, unit: $0.unit, target: $0.figure)
      }
    #expect(counts.contains { $0.target?.value == 80 && $0.target?.year == nil })
    #expect(counts.contains { $0.target?.min == 20 && $0.target?.max == 30 })
  }

  @Test("a yearly rate of the starting situation is no baseline of a share")
  func rateIsNoShareBaseline() throws {
    let plan = draft([
      "癸县工业发展规划(2026—2030年)", "一、发展基础", "“十四五”期间,全县工业增加值年均增长7.2%。",
      "二、发展目标", "到2030年,新兴产业增加值占工业增加值比重提高到12%,工业增加值年均增长6%以上。",
    ])
    let share = try #require(plan.targets.first { $0.goal.target?.value == 12 })
    #expect(share.goal.baseline == nil)
  }

  @Test("a starting figure of one industry is no baseline of the region's total")
  func industryFigure() {
    #expect(StartingIndustry.industry(of: "全区工业母机产业链营业收入") == "工业母机")
    #expect(StartingIndustry.industry(of: "规上工业总产值") == nil)
    #expect(!StartingIndustry.allows("全县纺机产业链营业收入", for: "全县规上工业营业收入"))
    #expect(StartingIndustry.allows("全县纺机产业链营业收入", for: "纺机产业营业收入"))
    #expect(StartingIndustry.allows("战略性新兴产业增加值", for: "战略性新兴产业增加值占比"))
  }
}

/// A goal looked ahead to past the plan's span, and a 板块 of a cluster.
@Suite("Extraction: look-ahead goals and 板块 from the blind held-out documents")
struct BlindLookAheadTests {
  @Test("a goal after 展望 keeps its year: the horizon reaches it")
  func lookAhead() throws {
    for opening in ["展望2035年,", "远景展望到2035年,"] {
      let plan = draft([
        "辛县工业发展规划(2026—2030年)", "一、发展目标", "到2030年,全县工业总产值达到500亿元。",
        opening + "全县工业总产值突破800亿元,基本实现新型工业化。", "二、重点任务", "(一)推进项目建设。新建项目20个。",
      ])
      #expect(plan.document.horizon.end == 2035)
      #expect(plan.targets.first { $0.goal.target?.value == 800 }?.goal.target?.year == 2035)
      #expect(plan.targets.first { $0.goal.target?.value == 500 }?.goal.target?.year == 2030)
    }
    let plain = draft(["辛县工业发展规划(2026—2030年)", "一、发展目标", "到2030年,全县工业总产值达到500亿元。"])
    #expect(plain.document.horizon.end == 2030)
  }

  @Test("a 板块 of a cluster with its own output is a cluster with that scale")
  func segments() throws {
    let plan = draft([
      "辛县工业发展规划(2026—2030年)", "一、重点任务", "(一)做强纺织服装主导产业",
      "推动纺织服装向品牌化发展。到2030年,纺织服装产业产值突破200亿元,其中家纺板块产值达到80亿元,功能面料板块营业收入突破60亿元。",
    ])
    #expect(plan.clusters.first { $0.name == "家纺" }?.scale?.value == 80)
    #expect(plan.clusters.first { $0.name == "功能面料" }?.scale?.value == 60)
    #expect(plan.clusters.first { $0.name == "纺织服装" }?.scale?.value == 200)
  }
}

/// A ladder of plants' grades, and counts after `遴选`.
@Suite("Extraction: grade ladders and selections from the blind held-out documents")
struct BlindGradeTests {
  @Test("a progression of plants' grades is a ladder, its counts the steps' targets")
  func gradeLadder() throws {
    let plan = draft([
      "子市智能制造行动方案(2025—2027年)", "一、重点任务",
      "(一)推进智能化改造。引导企业从自动化产线到数字化车间再到智能工厂逐级升级。到2027年,累计建成自动化产线300条、数字化车间90个、智能工厂25个。",
    ])
    let tiers = try #require(plan.ladders.first?.tiers)
    #expect(tiers.map(\.name) == ["自动化产线", "数字化车间", "智能工厂"])
    #expect(tiers.map { $0.target?.value } == [300, 90, 25])
    #expect(
      GradeProgressions.steps(in: "推动企业从数字化车间到智能工厂、再到智能制造示范工厂梯次提升"[...])
        == ["数字化车间", "智能工厂", "智能制造示范工厂"])
    #expect(GradeProgressions.steps(in: "全球贸易规则逐渐从多边转到区域"[...]) == nil)
    #expect(GradeProgressions.steps(in: "推动从车间到工厂提升"[...]) == nil)
  }

  @Test("all of them doing something by a year is a coverage of 100%")
  func wholeCoverage() {
    for clause in ["到2027年园区企业全部实现污水集中处理", "到2027年规上印染企业全部完成清洁生产审核"] {
      let plan = draft(["寅县绿色发展方案(2025—2027年)", "一、重点任务", "(一)推进绿色改造。" + clause + "。"])
      let goals = plan.targets.map(\.goal) + plan.indicators.map(\.goal)
      #expect(goals.contains { $0.target == Figure(value: 100, year: 2027) && $0.unit == "%" })
    }
  }

  @Test("a count after 遴选 is a goal of the task")
  func selections() {
    let plan = draft([
      "丑县企业培育方案(2025—2027年)", "一、重点任务",
      "(一)培育骨干企业。从规上企业中遴选30家重点培育企业,每个园区遴选3—5家链主企业。(牵头单位:县工信局)",
    ])
    let outputs = plan.measures.flatMap(\.outputs) + []
    let values =
      outputs.map { $0.figure.value ?? $0.figure.min }
      + plan.targets.map { $0.goal.target?.value ?? $0.goal.target?.min }
    #expect(values.contains(30))
    #expect(values.contains(3))
  }
}

/// A 任务分工表 printed as layout text (`pdftotext -layout`) in a text file.
@Suite("Reading: a task table printed as layout text")
struct LayoutTextTableTests {
  static let blankParted = """
    庚市数字经济三年行动方案
    一、重点任务
    (一)推进工业互联网平台建设。建设行业级平台3个。
    (二)实施中小企业“上云用数”行动。每年推动企业上云200家。
    附件
     序号           重点任务                    牵头单位          责任单位

      1       推进工业互联网平台建设            市工信局          市科技局、市大数据
                                                                  中心

              实施中小企业“上云用数”
      2                                         市工信局          市财政局、各县
              行动                                                (市、区)人民政府
    """

  static let numbered = """
    庚市数字经济三年行动方案
    一、重点任务
    (一)推进工业互联网平台建设。建设行业级平台3个。
    (二)实施中小企业“上云用数”行动。每年推动企业上云200家。
    附件
    序号    重点任务                        牵头单位      责任单位
    1       推进工业互联网平台建设          市工信局      市科技局、市大数据
                                                          中心
    2       实施中小企业“上云用数”行动      市工信局      市财政局、各县
                                                          (市、区)人民政府
    """

  @Test("rows parted by blank lines or opened by their numbers, wrapped cells joined")
  func bothForms() throws {
    for text in [Self.blankParted, Self.numbered] {
      let document = try PlainTextReader.read(Array(text.utf8), path: "t.txt")
      let table = try #require(document.tables.first)
      #expect(table.rows.count == 3)
      #expect(table.rows[1] == ["1", "推进工业互联网平台建设", "市工信局", "市科技局、市大数据中心"])
      #expect(table.rows[2][1] == "实施中小企业“上云用数”行动")
      #expect(table.rows[2][3] == "市财政局、各县(市、区)人民政府")
      #expect(!document.paragraphs.contains { $0.contains("牵头单位") })
      #expect(document.paragraphs.contains("附件"))
      let plan = PlanDrafter().draft(document)
      let second = try #require(plan.measures.first { $0.title.hasPrefix("实施中小企业") })
      #expect(second.leadUnits == ["市工信局"])
      #expect(second.responsibleUnits == ["市财政局", "各县(市、区)人民政府"])
      #expect(plan.measures.count == 2)
    }
  }

  @Test("a line of text with wide gaps and no unit columns is no table")
  func notATable() {
    let blocks = LayoutTextTable.blocks(of: ["标题", "甲    乙    丙", "", "正文。"])
    #expect(blocks == [.paragraph("标题"), .paragraph("甲    乙    丙"), .paragraph("正文。")])
    #expect(
      LayoutTextTable.cells(of: "  序号  重点任务 一  牵头单位").map(\.text) == ["序号", "重点任务 一", "牵头单位"])
    #expect(LayoutTextTable.cells(of: "  序号  重点任务").map(\.start) == [2, 8])
  }

  static let indicators = """
    辛县“十五五”工业发展规划(2024—2028年)
    第一章 发展目标
    到2028年,全县工业总产值达到300亿元。
    专栏1 主要指标
      指      标                        2024年      2028年      年均增长    属性
      工业总产值(亿元)                   220         300         8.1%       预期性
      规上工业企业(家)                    95         130           —       预期性
      工业投资年均增速(%)               [9.0]       [10.0]         —       预期性
      单位工业增加值能耗下降(%)           —     完成省下达任务    —       约束性
    注:[ ]内为年均数。
    第二章 重点任务
    第一节 壮大产业
    推进重点项目建设。
    """

  @Test("a 专栏 of main indicators printed as layout text gives its goals with baselines")
  func indicatorTable() throws {
    let document = try PlainTextReader.read(Array(Self.indicators.utf8), path: "t.txt")
    let table = try #require(document.tables.first)
    #expect(table.rows.first == ["指标", "2024年", "2028年", "年均增长", "属性"])
    #expect(table.rows.count == 5)
    #expect(document.paragraphs.contains("注:[ ]内为年均数。"))
    let plan = PlanDrafter().draft(document)
    let goals =
      plan.targets.map { ($0.metric, $0.goal) } + plan.indicators.map { ($0.name, $0.goal) }
    // The text states 300亿元 for 2028 itself: one goal, not two.
    #expect(goals.filter { $0.1.target?.value == 300 }.count == 1)
    let firms = try #require(goals.first { $0.1.target?.value == 130 }?.1)
    #expect(firms.unit == "家" && firms.target?.year == 2028)
    #expect(firms.baseline == Figure(value: 95, year: 2024))
    let rate = try #require(goals.first { $0.1.target?.value == 8.1 })
    #expect(rate.0 == "工业总产值年均增长" && rate.1.kind == .annualRate)
    let investment = try #require(goals.first { $0.1.target?.value == 10 }?.1)
    #expect(investment.kind == .annualRate && investment.baseline?.value == 9)
    let energy = try #require(plan.indicators.first { $0.name == "单位工业增加值能耗下降" })
    #expect(energy.goal.kind == .reduction && energy.goal.target == Figure(year: 2028))
    #expect(IndicatorTableGoals.nameAndUnit("工业用地容积率(倍数)") == ("工业用地容积率(倍数)", nil))
    #expect(IndicatorTableGoals.number("—") == nil)
  }
}
