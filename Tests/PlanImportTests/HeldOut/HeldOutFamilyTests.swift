import PlanModel
import Testing

@testable import PlanImport

/// The families of phrasing the held-out check's last misses and extras belong to, each tried
/// on passages of invented regions in several of the forms other plans write them (neither the
/// seeds' nor the held-out documents' sentences).
@Suite("Extraction: phrasing families from the held-out misses")
struct HeldOutFamilyTests {
  func plan(tasks: [String], goals: [String] = ["到2027年,全市规上工业营业收入达到600亿元。"]) -> Plan {
    draft(
      ["辛市人民政府", "辛市制造业提质行动方案(2024—2027年)", "一、主要目标"] + goals + ["二、重点任务"] + tasks)
  }

  @Test("a counted list in a paragraph developing one industry names its parts")
  func countedPartsOfTheHeadingIndustry() throws {
    let plan = plan(tasks: [
      "(一)做强装备产业",
      "1.壮大工程机械产业。聚焦挖掘机械、起重机械和路面机械三大板块,支持整机企业扩能。(牵头单位:市工信局)",
      "2.提升农机装备产业。围绕植保机械、收获机械、烘干设备等3个领域,补齐关键零部件短板。(牵头单位:市农业局)",
    ])
    let machinery = try #require(plan.clusters.first { $0.name == "工程机械" })
    let parts = plan.clusters.filter { $0.parent == machinery.id }.map(\.name)
    #expect(parts == ["挖掘机械", "起重机械", "路面机械"])
    let farm = try #require(plan.clusters.first { $0.name == "农机装备" })
    #expect(plan.clusters.filter { $0.parent == farm.id }.map(\.name) == ["植保机械", "收获机械", "烘干设备"])
  }

  @Test("under a heading naming its industry and tier, a counted list names the industry's parts")
  func countedPartsUnderATierHeading() throws {
    let plan = plan(tasks: [
      "(一)做强有色加工主导产业", "重点发展铜材、铝材和稀土功能材料三大板块,延伸精深加工链条。",
    ])
    let metals = try #require(plan.clusters.first { $0.name == "有色加工" })
    #expect(metals.tier == "主导")
    #expect(plan.clusters.filter { $0.parent == metals.id }.map(\.name) == ["铜材", "铝材", "稀土功能材料"])
    #expect(ClusterLists.counted(in: "发展铜材和铝材两大板块"[...]).isEmpty)
    #expect(ClusterLists.counted(in: "发展铜材、铝材和稀土功能材料三大板块"[...]).count == 3)
    #expect(
      ClusterLists.counted(in: "围绕光纤光缆、光器件与光通信设备三大领域"[...])
        == ["光纤光缆", "光器件", "光通信设备"])
  }

  @Test("a counted list of stages or services in a task names no clusters")
  func countedListsThatAreNoParts() {
    let plan = plan(tasks: [
      "(一)完善服务体系",
      "1.强化企业服务。围绕研发设计、检验检测和人才培训三大平台,建立服务专员制度。(牵头单位:市工信局)",
      "2.壮大数控机床产业。打通铸件、主轴和数控系统三个环节,引进整机项目5个。(牵头单位:市商务局)",
    ])
    #expect(!plan.clusters.contains { ["研发设计", "检验检测", "人才培训", "铸件", "主轴"].contains($0.name) })
  }

  @Test("tiers given by 为 in a phrase closing as an industrial system")
  func tiersGivenByWei() {
    let one = ClusterRolePhrases.tiers(
      in: "加快构建以精密铸造为主导、汽车配件和五金工具为特色的产业格局"[...])
    #expect(one.map(\.names) == [["精密铸造"], ["汽车配件", "五金工具"]])
    #expect(one.map(\.tier) == ["主导", "特色"])
    let two = ClusterRolePhrases.tiers(
      in: "形成以电线电缆、光伏组件为支柱,以智能仪表为新兴,现代物流为支撑的现代制造业体系"[...])
    #expect(two.map(\.names) == [["电线电缆", "光伏组件"], ["智能仪表"], ["现代物流"]])
    #expect(two.map(\.tier) == ["支柱", "新兴", nil])
    #expect(ClusterRolePhrases.tiers(in: "构建以企业为主体、市场为导向的技术创新体系"[...]).isEmpty)
    #expect(ClusterRolePhrases.tiers(in: "坚持以数字化转型为引领,以项目建设为重点,推动工业提质"[...]).isEmpty)
    #expect(ClusterRolePhrases.tiers(in: "以园区为主导,统筹推进招商引资"[...]).isEmpty)
    #expect(
      ClusterRolePhrases.tiers(in: "形成以国有资本为主导、民营资本为补充的产业投资格局"[...]).isEmpty)
    let plan = plan(tasks: [], goals: ["到2027年,基本形成以纺织服装为主导、家居建材为特色的产业格局。"])
    #expect(plan.clusters.map(\.name) == ["纺织服装", "家居建材"])
    #expect(plan.clusters.map(\.tier) == ["主导", "特色"])
  }

  @Test("a count before the verb or after it: listings, 升规入统, 挂牌")
  func countsAroundTheVerb() throws {
    let plan = plan(
      tasks: [
        "(一)实施企业培育",
        "1.推进小升规。每年推动个体工商户升规入统30户以上。(牵头单位:市市场监管局)",
        "2.推进企业上市。支持3—5家企业在区域股权市场挂牌,争取中小企业升规纳统40家。(牵头单位:市金融办)",
      ],
      goals: ["到2027年,全市规上工业营业收入达到600亿元;推动2—4户企业在境内外上市。"])
    let listing = try #require(plan.targets.first { $0.goal.target?.min == 2 })
    #expect(listing.goal.target?.max == 4)
    #expect(listing.goal.unit == "户")
    #expect(listing.goal.target?.year == 2027)
    let outputs = plan.measures.flatMap(\.outputs)
    let perYear = try #require(outputs.first { $0.figure.value == 30 })
    #expect(perYear.unit == "户")
    #expect(perYear.figure.year == nil)
    #expect(outputs.contains { $0.figure.min == 3 && $0.figure.max == 5 && $0.unit == "家" })
    #expect(outputs.contains { $0.figure.value == 40 })
    for award in ["支持企业上市,对成功上市的企业奖励200万元", "对首次升规的企业,给予一次性补助10万元"] {
      #expect(TargetPatterns.goals(in: award[...], context: SentenceContext(year: 2026)).isEmpty)
    }
    let floor = TargetPatterns.goals(
      in: "每年支持不少于15家企业开展智能化改造"[...], context: SentenceContext(year: 2026))
    #expect(floor.first?.goal.target?.value == 15)
    #expect(floor.first?.goal.qualifiers.contains("不低于") == true)
  }

  @Test("a goal line's lead phrase states no goal of its own; a line that is only one does")
  func goalLineLeads() {
    let plan = plan(
      tasks: [],
      goals: [
        "到2027年,全市工业实现以下目标:",
        "——工业总量持续扩大。规上工业企业研发经费投入年均增长12%。",
        "——产业规模不断扩大:规上工业增加值达到260亿元。",
        "——全员劳动生产率稳步提高。",
      ])
    #expect(!plan.targets.contains { $0.metric.contains("工业总量") || $0.metric.contains("产业规模") })
    #expect(plan.targets.contains { $0.goal.target?.value == 12 })
    #expect(plan.targets.contains { $0.goal.target?.value == 260 })
    #expect(plan.targets.contains { $0.metric == "全员劳动生产率" })
  }

  @Test("in a task, a batch stated before the sentence's year is work, not a goal")
  func batchBeforeTheYear() {
    let later = plan(tasks: [
      "(一)强化配套", "引导整机企业开放供应链,培育一批专业化配套企业,到2026年本地配套率达到45%。",
    ])
    #expect(!later.targets.contains { $0.metric.contains("配套企业") })
    #expect(later.targets.contains { $0.goal.target?.value == 45 })
    let first = plan(tasks: ["(一)强化配套", "到2026年,培育一批专业化配套企业。"])
    #expect(first.targets.contains { $0.metric == "专业化配套企业" && $0.goal.target?.year == 2026 })
  }

  @Test("a unit printed with its other half in brackets")
  func bracketedUnit() {
    let figures = NumberUnitParser.figures(in: "农机保有量达到12万台(套),新增设备800台(套),储罐3座(个)"[...])
    #expect(figures.map(\.unit) == ["万台套", "台套", "座"])
    #expect(figures.map(\.value) == [12, 800, 3])
  }

  @Test("an index stated without a unit is a starting figure")
  func unitlessIndex() throws {
    let plan = draft([
      "壬县人民政府", "壬县数字经济发展方案(2024—2027年)", "一、发展基础",
      "2023年,全县工业互联网发展指数达到58.3,规上工业企业达到120家。",
      "二、发展目标", "到2027年,全县规上工业企业达到150家。",
    ])
    let index = try #require(plan.baselineIndicators.first { $0.baseline.value == 58.3 })
    #expect(index.unit == nil)
    #expect(index.kind == .absolute)
    #expect(index.baseline.year == 2023)
    let written = NumberUnitParser.figures(in: "企业技术创新指数为71.2"[...])[0]
    #expect(StartingFigureRules.isIndex(written, metric: "企业技术创新指数为"))
    #expect(
      StartingFigureRules.isIndex(
        NumberUnitParser.figures(in: "产值达到58"[...])[0], metric: "产值") == false)
  }

  @Test("enterprises a starting list names as winning a title are counted")
  func namedEnterprisesCounted() {
    #expect(StartingNameCounts.count(in: "甲集团、乙股份和丙科技上榜中国制造业500强"[...])?.value == 3)
    #expect(StartingNameCounts.count(in: "丁公司、戊公司获评国家级“绿色工厂”"[...])?.title == "国家级“绿色工厂”")
    #expect(StartingNameCounts.count(in: "智能装备、新材料获批省级战略性新兴产业集群"[...]) == nil)
    #expect(StartingNameCounts.count(in: "全县获评国家级“绿色工厂”"[...]) == nil)
    let plan = draft([
      "癸县人民政府", "癸县工业发展方案(2024—2027年)", "一、发展基础",
      "2023年,全县企业培育取得新进展,甲集团、乙股份上榜中国民营企业500强。",
      "二、发展目标", "到2027年,全县规上工业企业达到150家。",
    ])
    #expect(plan.baselineIndicators.contains { $0.baseline.value == 2 && $0.unit == "家" })
  }
}
