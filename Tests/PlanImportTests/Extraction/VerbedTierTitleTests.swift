import PlanModel
import Testing

@testable import PlanImport

/// An item titled with a verb of developing, a cluster and its tier in brackets
/// (`VerbedTierTitle`), on passages of invented regions.
@Suite("Extraction: an item titled with a verb, a cluster and its tier in brackets")
struct VerbedTierTitleTests {
  func plan(_ items: [String]) -> Plan {
    draft(
      ["岚川市人民政府关于加快先进制造业集群发展的若干措施", "一、发展目标", "到2028年,全市规上工业营业收入达到3000亿元。", "二、做强重点集群"]
        + items)
  }

  @Test(
    "the verb is dropped, the name and the bracket's tier kept",
    arguments: [
      ("壮大数控装备集群(支柱)", "数控装备", "支柱"),
      ("培育氢能产业(新兴)", "氢能", "新兴"),
      ("做强汽车零部件产业链(主导)", "汽车零部件", "主导"),
      ("新型储能产业链(新兴)", "新型储能", "新兴"),
      ("加快发展智能家电产业集群(特色产业)", "智能家电", "特色"),
      ("前瞻布局类脑智能产业(未来产业)", "类脑智能", "未来"),
      ("提升船舶与海洋工程装备集群(优势集群)", "船舶与海洋工程装备", "优势"),
    ])
  func verbedTitles(title: String, name: String, tier: String) {
    let read = ClusterHeading.bracketed(title)
    #expect(read?.name == name, "\(title)")
    #expect(read?.tier == tier, "\(title)")
  }

  @Test("a verb before a tier, a class, a way of working or a list names no cluster")
  func notClusters() {
    #expect(ClusterHeading.bracketed("做强主导产业(主导集群)") == nil)
    #expect(ClusterHeading.bracketed("培育新兴产业集群(新兴)") == nil)
    #expect(ClusterHeading.bracketed("发展先进制造业(支柱)") == nil)
    #expect(ClusterHeading.bracketed("推进数字化改造(重点)") == nil)
    #expect(ClusterHeading.bracketed("推动智能化改造(主导)") == nil)
    #expect(ClusterHeading.bracketed("壮大纺织、服装集群(支柱)") == nil)
    #expect(ClusterHeading.bracketed("加强组织领导(牵头部门)") == nil)
    // Without a verb the older reading holds: the name alone before the bracket.
    #expect(ClusterHeading.bracketed("智能传感器集群(主导集群)")?.name == "智能传感器")
  }

  @Test("in the article: its fields are sub-clusters, its bare output the scale")
  func article() throws {
    let plan = plan([
      "第一条　壮大数控装备集群（支柱）。以五轴机床、激光加工装备、工业机器人为重点领域，推动整机与配套协同。到2028年，集群营业收入突破900亿元。（责任单位：市工信局）",
      "第二条　培育氢能集群（新兴）。聚焦制氢装备、储运装备、燃料电池等领域，建设示范园区。到2028年，集群营业收入由2025年的40亿元增长到120亿元。（责任单位：市发改委）",
    ])
    let machines = try #require(plan.clusters.first { $0.name == "数控装备" })
    #expect(machines.tier == "支柱")
    #expect(machines.scale?.value == 900)
    let parts = plan.clusters.filter { $0.parent == machines.id }.map(\.name)
    #expect(parts == ["五轴机床", "激光加工装备", "工业机器人"])
    let hydrogen = try #require(plan.clusters.first { $0.name == "氢能" })
    #expect(hydrogen.tier == "新兴")
    #expect(hydrogen.scale?.value == 120)
    #expect(plan.clusters.filter { $0.parent == hydrogen.id }.count == 3)
    // The scale's own start is a starting figure, not lost with the goal.
    #expect(
      plan.baselineIndicators.contains { $0.baseline.value == 40 && $0.baseline.year == 2025 })
    #expect(!plan.targets.contains { $0.goal.target?.value == 120 })
  }

  @Test("a scale's start that another goal keeps as its baseline is no indicator of its own")
  func startHeldElsewhere() throws {
    let plan = plan([
      "第一条　培育氢能集群（新兴）。到2027年，集群营业收入由2025年的40亿元增长到90亿元。到2028年，集群营业收入由2025年的40亿元增长到120亿元。（责任单位：市发改委）"
    ])
    let hydrogen = try #require(plan.clusters.first { $0.name == "氢能" })
    #expect(hydrogen.scale?.value == 120)
    #expect(plan.targets.contains { $0.goal.target?.value == 90 && $0.goal.baseline?.value == 40 })
    #expect(!plan.baselineIndicators.contains { $0.baseline.value == 40 })
  }
}
