import PlanModel
import Testing

@testable import PlanImport

/// Cluster names and scales from the forms of the thirty-first and thirty-second blind sets,
/// on invented passages: a list closed by its count without `等` (`CountClosedLists`), one
/// figure `均` gives several industries (`SharedIndustryOutput`), an open count (`CountOnlyName`),
/// joining a class's ranks (`ClassNamedClusters.joiningVerbs`), a `其中` part's bare output
/// (`PartOutputScales.subjectPart`).
@Suite("Extraction: count-closed lists, shared outputs and parts of clusters")
struct ClusterListClosingsTests {
  @Test(
    "a count and a field noun closing a list are no part of its last name",
    arguments: [
      ("甲、乙、丙、丁四个细分领域", "甲、乙、丙、丁"),
      ("智能座舱、线控底盘两个细分领域", "智能座舱、线控底盘"),
      ("硅片、电池片、组件三个环节", "硅片、电池片、组件"),
      ("铜箔、铝箔、锂盐三大板块", "铜箔、铝箔、锂盐"),
      ("风电整机、风电叶片2个重点方向", "风电整机、风电叶片"),
    ])
  func countClosed(list: String, names: String) {
    #expect(String(CountClosedLists.withoutCount(Substring(list))) == names)
  }

  @Test("a count that does not match the list, or no count, leaves it as it is")
  func countMismatch() {
    #expect(CountClosedLists.withoutCount("甲、乙、丙两个细分领域") == "甲、乙、丙两个细分领域")
    #expect(CountClosedLists.withoutCount("甲、乙等领域") == "甲、乙等领域")
    #expect(CountClosedLists.withoutCount("甲、乙细分领域") == "甲、乙细分领域")
  }

  @Test("an industry's directions closed by a count name its parts, whatever the verb")
  func directions() throws {
    let counted = try #require(
      ClusterDirections.directions(in: "智能汽车产业重点发展整车制造、智能座舱、车规芯片三个细分领域"))
    #expect(counted.parent == "智能汽车")
    #expect(counted.names == ["整车制造", "智能座舱", "车规芯片"])
    let refined = try #require(ClusterDirections.directions(in: "特色食品产业做精米面制品、调味品、预制菜"))
    #expect(refined.names == ["米面制品", "调味品", "预制菜"])
    let chain = try #require(ClusterDirections.directions(in: "储能产业链重点发展电芯、电池管理系统两个环节"))
    #expect(chain.parent == "储能")
    let part = try #require(ClusterDirections.directions(in: "电子材料板块重点发展光刻胶、电子特气等细分领域"))
    #expect(part.parent == "电子材料")
    // Ways of changing and a place's list are none.
    #expect(ClusterDirections.directions(in: "智能汽车产业做优高端化、智能化") == nil)
    #expect(ClusterDirections.directions(in: "全县产业重点发展甲、乙两个细分领域") == nil)
  }

  @Test("one figure 均 gives several industries is each one's scale, no target")
  func sharedOutput() throws {
    #expect(
      SharedIndustryOutput.names(["竹木家居", "富硒食品", "文旅装备产业营业收入均"])
        == ["竹木家居产业营业收入", "富硒食品产业营业收入", "文旅装备产业营业收入"])
    #expect(SharedIndustryOutput.names(["甲", "乙产业产值"]) == ["甲", "乙产业产值"])
    #expect(SharedIndustryOutput.names(["研发投入", "技改投资均"]) == ["研发投入", "技改投资均"])
    let plan = draft([
      "某某市人民政府关于推动制造业高质量发展的实施意见", "一、发展目标",
      "到2029年，竹木家居、富硒食品、文旅装备产业营业收入均突破80亿元。",
    ])
    for name in ["竹木家居", "富硒食品", "文旅装备"] {
      let cluster = try #require(plan.clusters.first { $0.name == name }, "\(name)")
      #expect(cluster.scale?.value == 80)
      #expect(cluster.scale?.year == 2029)
    }
    #expect(!plan.targets.contains { $0.goal.target?.value == 80 })
  }

  @Test("an open count names no cluster; a count with a name still does")
  func openCounts() {
    #expect(CountOnlyName.isCount("N个"))
    #expect(CountOnlyName.isCount("若干个"))
    #expect(CountOnlyName.isCount("两大"))
    #expect(!CountOnlyName.isCount("N型"))
    #expect(!CountOnlyName.isCount("新能源个"))
    #expect(ClusterLists.cleanName("N个") == nil)
  }

  @Test("joining a class's ranks names no cluster; building one still does")
  func joiningRanks() {
    let clause: Substring = "力争跻身全省百亿级产业集群行列"
    let start = clause.range(of: "百亿级")!.lowerBound
    #expect(ClassNamedClusters.name(in: clause, before: start) == nil)
    let other: Substring = "迈入全市千亿级产业集群"
    #expect(ClassNamedClusters.name(in: other, before: other.range(of: "千亿级")!.lowerBound) == nil)
    let built: Substring = "打造光电信息千亿级产业集群"
    #expect(
      ClassNamedClusters.name(in: built, before: built.range(of: "千亿级")!.lowerBound) == "光电信息")
  }

  @Test("a 其中 part opening its clause takes the bare output after it, the industry its own")
  func partOutput() throws {
    #expect(PartOutputScales.subjectPart(of: "产值", in: ",电子材料板块重点发展光刻胶等细分领域,到2030年") == "电子材料")
    #expect(PartOutputScales.subjectPart(of: "产值", in: ",加快项目建设,到2030年") == nil)
    #expect(PartOutputScales.subjectPart(of: "规上工业产值", in: ",电子材料板块…") == nil)
    let plan = draft([
      "某某县工业发展规划", "第一章　产业布局", "第一节　做优特色产业",
      "（一）新材料。以高分子材料、电子材料为重点。其中，电子材料板块重点发展光刻胶、电子特气等细分领域，到2030年产值达到45亿元。到2030年，新材料产业产值达到160亿元。",
    ])
    let materials = try #require(plan.clusters.first { $0.name == "新材料" })
    #expect(materials.scale?.value == 160)
    let part = try #require(plan.clusters.first { $0.name == "电子材料" })
    #expect(part.scale?.value == 45)
  }
}
