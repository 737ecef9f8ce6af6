import PlanModel
import Testing

@testable import PlanImport

/// The cluster and ladder families the sixth, blind held-out set (branch i12-ho6) showed, each
/// tried on passages of invented regions in several forms (none of them a held-out document's
/// sentence).
@Suite("Extraction: cluster and ladder families from the sixth held-out set")
struct SixthSetClusterLadderTests {
  func plan(_ body: [String], goals: [String] = ["到2029年,全县工业增加值达到310亿元。"]) -> Plan {
    let lines =
      ["泖县人民政府", "泖县企业梯度培育和园区提升行动方案(2027—2029年)", "一、主要目标"] + goals
      + ["二、重点任务"] + body
    return draft(lines)
  }

  func steps(_ plan: Plan) -> [(String, Double?)] {
    plan.ladders.flatMap(\.tiers).map { ($0.name, $0.target?.value) }
  }

  func tier(_ plan: Plan, _ name: String) -> LadderTier? {
    plan.ladders.flatMap(\.tiers).first { $0.name == name }
  }

  // MARK: a ladder in rows by year

  @Test(
    "rows by year, parted by `|` or by layout columns, are a ladder with counts and baselines",
    arguments: [" | ", "    "])
  func ladderRows(separator: String) throws {
    let rows = [
      ["科技型中小企业", "2026年 410家", "2027年 480家", "2029年 650家以上"],
      ["高新技术企业", "2026年 96家", "2027年 110家", "2029年 150家"],
      ["专精特新中小企业", "2026年 38家", "2027年 —", "2029年 60家"],
    ].map { $0.joined(separator: separator) }
    let plan = plan([], goals: ["到2029年,各层级企业数量如下:"] + rows)
    #expect(plan.ladders.count == 1)
    #expect(steps(plan).map(\.0) == ["科技型中小企业", "高新技术企业", "专精特新中小企业"])
    let first = try #require(tier(plan, "科技型中小企业"))
    #expect(first.target?.value == 650)
    #expect(first.target?.year == 2029)
    #expect(first.qualifiers.contains("以上"))
    #expect(first.baseline?.value == 410)
    #expect(first.baseline?.year == 2026)
    let third = try #require(tier(plan, "专精特新中小企业"))
    #expect(third.target?.value == 60)
    #expect(third.baseline?.value == 38)
    // The middle year is a goal of its own; `—` states none.
    let middle = plan.targets.filter { $0.goal.target?.year == 2027 }.map(\.goal.target?.value)
    #expect(middle.contains(480))
    #expect(middle.contains(110))
    #expect(plan.targets.count(where: { $0.metric == "专精特新中小企业" }) == 0)
    // The starting column is no starting figure of its own.
    #expect(plan.baselineIndicators.allSatisfy { $0.baseline.value != 410 })
  }

  @Test("rows of a ladder the text has already named count that ladder's steps")
  func rowsOfANamedLadder() throws {
    let plan = plan(
      [],
      goals: [
        "构建“科技型中小企业—专精特新中小企业—专精特新“小巨人”企业”梯度培育体系。",
        "到2029年,各层级企业数量如下:",
        "科技型中小企业 | 2026年 300家 | 2029年 520家",
        "专精特新中小企业 | 2026年 70家 | 2029年 120家",
        "专精特新“小巨人”企业 | 2026年 6家 | 2028年 9家 | 2029年 12家",
      ])
    #expect(plan.ladders.count == 1)
    #expect(steps(plan).map(\.1) == [520, 120, 12])
    #expect(tier(plan, "科技型中小企业")?.baseline?.value == 300)
  }

  @Test("rows of things that are not tiers give goals but no ladder; other lines are no rows")
  func rowsOfOtherThings() {
    let plan = plan(
      [],
      goals: [
        "规上工业企业 | 2026年 820家 | 2029年 1000家",
        "标准厂房 | 2026年 120万平方米 | 2029年 200万平方米",
        "工业投资 | 2026年 150亿元 | 2029年 210亿元",
      ])
    #expect(plan.ladders.isEmpty)
    #expect(
      plan.targets.contains { $0.goal.target?.value == 1000 && $0.goal.baseline?.value == 820 })
    #expect(LadderRows.row("加强组织领导 | 牵头单位 | 责任单位", reference: 2027) == nil)
    #expect(LadderRows.row("高新技术企业 | 96家 | 150家", reference: 2027) == nil)
    #expect(LadderRows.row("高新技术企业 | 2025年 96家", reference: 2027) == nil)
    #expect(LadderRows.row("高新技术企业 | 2025年 96家 | 2026年 100家", reference: 2027) == nil)
  }

  // MARK: a listing pipeline graded stage by stage

  @Test(
    "a pipeline of stages the text grades is a ladder, its steps the counted phrases",
    arguments: [
      (
        "按照“培育一批、辅导一批、申报一批、上市一批”的思路梯次推进,到2029年,拟上市企业稳定在80家以上,辅导企业累计达到12家,申报企业达到6家,新增上市企业5家,全县上市公司达到11家。",
        ["拟上市企业", "辅导企业", "申报企业", "上市企业"], [80.0, 12, 6, 5]
      ),
      (
        "梯度推进储备一批、股改一批、上市一批,到2029年,后备企业达到60户,股改企业达到20户,上市企业达到4户。",
        ["后备企业", "股改企业", "上市企业"], [60, 20, 4]
      ),
    ])
  func pipeline(sentence: String, names: [String], counts: [Double]) {
    let plan = plan([], goals: [sentence])
    #expect(plan.ladders.count == 1)
    #expect(steps(plan).map(\.0) == names)
    #expect(steps(plan).map(\.1) == counts)
  }

  @Test("stages not graded, or without a count each, are no ladder")
  func notAPipeline() {
    #expect(LadderPipeline.stageCount(in: "推动签约一批、开工一批、投产一批项目") == nil)
    #expect(LadderPipeline.stageCount(in: "梯次推进储备一批、上市一批") == nil)
    #expect(LadderPipeline.stageCount(in: "按照“储备一批、辅导一批、上市一批”梯次推进") == 3)
    let single = plan(
      [], goals: ["按照“储备一批、辅导一批、申报一批、上市一批”的思路梯次推进,到2029年,新增上市企业3家。"])
    #expect(single.ladders.isEmpty)
    let projects = plan(
      [], goals: ["推动签约一批、开工一批、投产一批,到2029年,签约企业30家,开工企业20家,投产企业10家。"])
    #expect(projects.ladders.isEmpty)
  }

  // MARK: clusters: a park's leading industries and the directions of an industry

  func cluster(_ plan: Plan, _ name: String) -> Cluster? {
    plan.clusters.first { $0.name == name }
  }

  func parent(_ plan: Plan, of name: String) -> String? {
    guard let id = cluster(plan, name)?.parent else { return nil }
    return plan.clusters.first { $0.id == id }?.name
  }

  @Test(
    "the directions an industry's clause lists are its parts",
    arguments: [
      (
        "做强智能家电、精密模具两大主导产业:智能家电产业重点发展变频空调、洗碗机和智能厨电,精密模具产业聚焦汽车覆盖件模具、注塑模具和压铸模具。",
        "智能家电", ["变频空调", "洗碗机", "智能厨电"]
      ),
      ("到2029年,光伏产业主攻高效电池片、光伏组件和储能逆变器,产值达到90亿元。", "光伏", ["高效电池片", "光伏组件", "储能逆变器"]),
      ("纺织服装产业着力发展功能性面料和品牌服装。", "纺织服装", ["功能性面料", "品牌服装"]),
    ])
  func industryDirections(sentence: String, industry: String, parts: [String]) throws {
    let plan = plan(["(一)提升园区产业层级", sentence])
    #expect(cluster(plan, industry) != nil)
    for part in parts {
      #expect(parent(plan, of: part) == industry, "\(part)")
    }
  }

  @Test("a list of directions may close with 等 and a class word")
  func directionsClosedByEtc() {
    #expect(ClusterDirections.directions(in: "新材料产业重点发展碳纤维、特种合金等领域")?.names == ["碳纤维", "特种合金"])
    #expect(ClusterDirections.directions(in: "东区工业园聚焦农机装备、粮油加工等产业")?.names == ["农机装备", "粮油加工"])
    #expect(ClusterDirections.directions(in: "东区工业园聚焦农机装备、粮油加工等")?.parent == nil)
    #expect(ClusterDirections.directions(in: "东区工业园聚焦农机装备、粮油加工等公共服务平台") == nil)
  }

  @Test("ways of changing, places and figures are no directions")
  func notDirections() {
    #expect(ClusterDirections.directions(in: "装备制造产业聚焦高端化、智能化和绿色化") == nil)
    #expect(ClusterDirections.directions(in: "全县产业重点发展智能装备、新型建材") == nil)
    #expect(ClusterDirections.directions(in: "园区重点发展5G、工业互联网") == nil)
    #expect(ClusterDirections.directions(in: "园区重点发展电子信息、生物医药两大主导产业") == nil)
    #expect(ClusterDirections.directions(in: "企业重点发展智能装备、新型建材") == nil)
    #expect(ClusterDirections.directions(in: "加快推进园区基础设施建设") == nil)
  }

  @Test(
    "a park's leading industries are clusters of tier 主导",
    arguments: [
      ("北岭经济开发区重点发展智能装备、新型建材和电子元器件。", ["智能装备", "新型建材", "电子元器件"], "主导"),
      ("南湖高新区聚焦生物制药和医疗器械,打造特色园区。", ["生物制药", "医疗器械"], "主导"),
      ("石桥工业园区坚持错位发展,以铜基新材料和电线电缆为主导产业,严格项目准入。", ["铜基新材料", "电线电缆"], "主导"),
      ("以竹木加工、茶叶精深加工为特色产业。", ["竹木加工", "茶叶精深加工"], "特色"),
    ])
  func parkIndustries(sentence: String, names: [String], tier: String) throws {
    let plan = plan(["(一)优化园区布局", sentence])
    for name in names {
      let drafted = try #require(cluster(plan, name), "\(name)")
      #expect(drafted.tier == tier)
      #expect(drafted.parent == nil)
    }
  }

  @Test("a role phrase that goes on to name a system keeps its parts; other 为 phrases name none")
  func rolePhrases() {
    let system = ClusterRolePhrases.tiers(in: "构建以智能装备为支柱产业,新材料为新兴产业的现代产业体系")
    #expect(system.map(\.names) == [["智能装备"], ["新材料"]])
    #expect(ClusterRolePhrases.tiers(in: "以新型工业化为主导,以制造业为重点,着力提升").isEmpty)
    #expect(ClusterRolePhrases.tiers(in: "以企业为主体产业,推动创新").isEmpty)
  }

  @Test("a park's line of leading industries gives them tier 主导 and the scale in brackets")
  func parkLines() throws {
    let plan = plan([
      "(一)优化园区布局", "到2029年,各园区主导产业规模如下。",
      "专栏1 各园区主导产业及2029年规模目标",
      "北岭经开区:智能装备(300亿元)、新型建材(120亿元)", "南湖高新区:生物制药",
    ])
    let equipment = try #require(cluster(plan, "智能装备"))
    #expect(equipment.tier == "主导")
    #expect(equipment.scale?.value == 300)
    #expect(cluster(plan, "新型建材")?.scale?.value == 120)
    #expect(cluster(plan, "生物制药")?.tier == "主导")
    #expect(ClusterDirections.parkLine("牵头单位:市工信局、市发改委") == nil)
    #expect(ClusterDirections.parkLine("北岭经开区:智能装备(300家)") == nil)
    #expect(ClusterDirections.parkLine("北岭经开区:推进数字化、智能化") == nil)
  }

  @Test("a park's own line names its leading industries: a name only its clause adds is none")
  func parkLineRules() {
    let plan = plan([
      "(一)优化园区布局", "南湖高新区重点发展生物制药和医疗器械耗材,西山工业园重点发展铝型材和门窗幕墙。",
      "专栏2 各园区主导产业", "南湖高新区:生物制药",
    ])
    #expect(cluster(plan, "生物制药")?.tier == "主导")
    #expect(cluster(plan, "医疗器械耗材") == nil)
    // A park without a line of its own keeps what its clause names.
    #expect(cluster(plan, "铝型材") != nil)
    #expect(cluster(plan, "门窗幕墙") != nil)
  }

  @Test("a heading ends a run of rows: rows under two headings are two runs")
  func rowRunsEndAtHeadings() {
    let plan = plan(
      [],
      goals: [
        "科技型中小企业 | 2026年 300家 | 2029年 520家",
        "高新技术企业 | 2026年 90家 | 2029年 150家",
        "(一)其他目标",
        "专精特新中小企业 | 2026年 70家 | 2029年 120家",
      ])
    #expect(plan.ladders.isEmpty)
    #expect(plan.targets.contains { $0.goal.target?.value == 120 && $0.goal.baseline?.value == 70 })
  }
}
