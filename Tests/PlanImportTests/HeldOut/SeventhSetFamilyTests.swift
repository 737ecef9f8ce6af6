import PlanModel
import Testing

@testable import PlanImport

/// The families of the seventh, blind held-out set (branch i12-ho7) the lead fixed, each tried
/// on passages of invented regions (none of them a held-out document's sentence).
@Suite("Extraction: a government's work report, couplet headings, years paired by 分别")
struct SeventhSetFamilyTests {
  func goals(_ plan: Plan) -> [(String, Goal)] {
    plan.targets.map { ($0.metric, $0.goal) } + plan.indicators.map { ($0.name, $0.goal) }
  }

  static let report = [
    "首页 > 政务公开 > 政府工作报告",
    "2026年丙县人民政府工作报告",
    "一、2025年工作回顾",
    "过去一年,全县规上工业增加值增长8.2%。新增规上工业企业30家,总数达到180家;高新技术企业达到75家。",
    "二、2026年工作安排",
    "今年全县经济社会发展的主要预期目标是:规上工业增加值增长8%以上,新增规上工业企业25家以上。",
    "(一)做强主导产业,加快建设先进制造业基地。一是壮大产业集群。推进重点项目建设。",
  ]

  @Test("a government's work report is a plan for its year: the review gives starting figures")
  func workReport() throws {
    let plan = draft(Self.report)
    #expect(plan.document.title == "2026年丙县人民政府工作报告")
    #expect(plan.document.horizon.start == 2026 && plan.document.horizon.end == 2026)
    let found = goals(plan)
    // The review's figures are where things stood in 2025, not goals.
    #expect(!found.contains { $0.1.target?.value == 180 || $0.1.target?.value == 75 })
    let firms = try #require(found.first { $0.1.target?.value == 25 })
    #expect(firms.1.target?.year == 2026)
    // No measure from the review.
    #expect(!plan.measures.contains { $0.title.contains("回顾") })
  }

  @Test("a review's sentences cut at ; report on the year the first names")
  func reportGoesOnAcrossSemicolons() throws {
    let plan = draft([
      "丁市推动设备更新三年行动方案(2026—2028年)", "一、总体要求",
      "2025年,全市完成工业技改投资120亿元;规上工业企业关键工序数控化率达到60.5%,累计建成智能工厂12家。",
      "到2028年,全市工业技改投资累计完成450亿元。", "二、重点任务", "(一)推进设备更新。",
    ])
    #expect(!goals(plan).contains { [60.5, 12].contains($0.1.target?.value) })
  }

  @Test("years listed before 分别 with no subject take the clause before's")
  func yearsPairedWithoutSubject() throws {
    let plan = draft([
      "戊市技改三年行动方案(2026—2028年)", "一、主要目标",
      "到2028年,全市技改投资累计完成500亿元以上,2026年、2027年、2028年分别完成150亿元、160亿元、190亿元。",
      "二、重点任务", "(一)推进技改。",
    ])
    let yearly = goals(plan).filter { [150, 160, 190].contains($0.1.target?.value) }
    #expect(yearly.map(\.1.target?.year) == [2026, 2027, 2028])
    #expect(yearly.allSatisfy { $0.0.contains("技改投资") })
    #expect(IndicatorTableGoals.year("2026年") == 2026 && IndicatorTableGoals.year("全市2026年") == nil)
  }

  @Test(
    "a run-in heading of two short phrases keeps both; a long first sentence keeps its first clause"
  )
  func coupletHeadings() throws {
    let couplet = try #require(HeadingLine.read("(一)聚焦主导产业,做强产业集群。围绕A产业推进项目建设。"))
    #expect(couplet.title == "聚焦主导产业,做强产业集群" && couplet.runIn)
    let long = try #require(
      HeadingLine.read("(二)加快推进重点项目建设,全年实施亿元以上项目50个,完成投资80亿元。另外推进其他工作。"))
    #expect(long.title == "加快推进重点项目建设")
    #expect(!HeadingLine.isCouplet("推进技改,投资达到50亿元"[...]))
  }

  @Test("a chain's segments are clusters, their product lines parts, their 环节产值 scales")
  func chainSegments() throws {
    let plan = draft([
      "己市新能源汽车产业发展规划(2026—2030年)", "一、发展目标",
      "到2030年,上游电池材料、中游整车制造环节产值分别达到120亿元、300亿元。", "二、产业链布局",
      "(一)上游:电池材料", "1.正极材料。支持企业扩能。", "2.隔膜。引进龙头企业。", "(二)中游环节——整车制造",
      "1.乘用车。推进整车项目。",
    ])
    let materials = try #require(plan.clusters.first { $0.name == "电池材料" })
    #expect(materials.tier == "上游" && materials.scale?.value == 120)
    let vehicles = try #require(plan.clusters.first { $0.name == "整车制造" })
    #expect(vehicles.tier == "中游" && vehicles.scale?.value == 300)
    let parts = plan.clusters.filter { $0.parent == materials.id }.map(\.name)
    #expect(parts == ["正极材料", "隔膜"])
    #expect(plan.clusters.contains { $0.name == "乘用车" && $0.parent == vehicles.id })
    #expect(ChainSegments.heading("上游:关键材料") ?? ("", "") == ("关键材料", "上游"))
    #expect(ChainSegments.heading("上游企业加快发展") == nil)
    #expect(ChainSegments.part("加快引进整车企业") == nil)
  }

  @Test("a tier counted for two years takes the later count; the earlier is a goal of its own")
  func laterLevelCountsTheStep() throws {
    let plan = draft([
      "庚市专精特新企业培育方案(2026—2030年)", "一、主要目标",
      "到2027年,培育链主企业2家、专精特新中小企业40家;到2030年,链主企业达到5家、专精特新中小企业达到90家。",
      "二、重点任务", "(一)实施梯度培育。构建“创新型中小企业—专精特新中小企业—链主企业”梯度培育体系。",
    ])
    let ladder = try #require(plan.ladders.first)
    let counts = Dictionary(
      ladder.tiers.map { ($0.name, $0.target?.value) }, uniquingKeysWith: { first, _ in first })
    #expect(counts["专精特新中小企业"] == 90 && counts["链主企业"] == 5)
    #expect(plan.targets.contains { $0.goal.target?.value == 40 && $0.goal.target?.year == 2027 })
  }

  @Test("a portal page's foot after the reposted text is no measure")
  func portalFooter() {
    for line in [
      "(以上为报告第二部分节选,全文详见县政府门户网站)", "【打印本页】【关闭窗口】", "主办:某县人民政府办公室 承办:某县大数据中心",
      "版权所有:某县人民政府", "(全文详见附件)",
    ] {
      #expect(ClosingLines.isClosing(line), "\(line)")
    }
    for line in ["(一)以上措施由县经信局牵头落实。", "主办好产业发展大会,承办全省现场会。"] {
      #expect(!ClosingLines.isClosing(line), "\(line)")
    }
  }

  @Test("a plan about one industry keeps that industry's own output goals as targets")
  func oneIndustryPlan() throws {
    #expect(PlanIndustry.named(inTitle: "辛市新能源汽车产业发展规划(2026—2030年)") == "新能源汽车")
    #expect(PlanIndustry.named(inTitle: "辛县生物医药产业高质量发展三年行动方案") == "生物医药")
    #expect(PlanIndustry.named(inTitle: "辛市制造业高质量发展行动方案") == nil)
    let plan = draft([
      "辛市新能源汽车产业发展规划(2026—2030年)", "一、发展目标",
      "到2030年,全市新能源汽车产业规模达到600亿元,其中动力电池产业产值达到200亿元。", "二、重点任务", "(一)壮大整车。",
    ])
    #expect(!plan.clusters.contains { $0.name.contains("新能源汽车") })
    #expect(plan.targets.contains { $0.goal.target?.value == 600 })
    #expect(plan.clusters.contains { $0.name == "动力电池" && $0.scale?.value == 200 })
  }
}
