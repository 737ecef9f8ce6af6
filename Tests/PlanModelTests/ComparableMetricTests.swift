import Testing

@testable import PlanModel

/// Lining up the same figure across plans that name it differently.
@Suite struct ComparableMetricTests {
  typealias F = ModelFixtures

  @Test func enterpriseCountsLineUpButRevenueDoesNot() {
    let count = ComparableMetrics.metric(name: "规模以上工业企业", unit: "家")
    #expect(count?.key == "above-scale-enterprises")
    #expect(
      ComparableMetrics.metric(name: "以制造业为主的规模以上企业", unit: "家")?.key == "above-scale-enterprises")
    #expect(ComparableMetrics.metric(name: "规模以上工业企业营业收入", unit: "亿元") == nil)
    #expect(
      ComparableMetrics.metric(name: "规模以上工业企业研究与试验发展经费内部支出占营业收入比重", unit: "%")?.key
        == "rd-intensity")
    #expect(ComparableMetrics.metric(name: "规模以上工业企业研发投入强度", unit: "%")?.key == "rd-intensity")
  }

  @Test func acrossRegionsOnePerRegion() {
    func plan(_ region: String, targets: [Target]) -> Plan {
      F.plan(region: region, targets: targets)
    }
    func count(_ id: String, _ name: String) -> Target {
      var target = F.target(id, unit: "家")
      target.metric = name
      return target
    }
    let catalog = Catalog(plans: [
      plan("bz", targets: [count("bz.target.a", "规模以上工业企业")]),
      plan("tc", targets: [count("tc.target.x", "以制造业为主的规模以上工业企业"), count("tc.target.y", "规上企业")]),
      plan("hc", targets: [F.target("hc.target.r")]),
    ])
    let lined = catalog.comparableItems(to: "bz.target.a")
    #expect(lined.map(\.id) == ["bz.target.a", "tc.target.x"])
  }

  @Test func unknownMetricsFallBackToSameNameOrIDEnding() {
    var a = F.target("bz.target.parks")
    a.metric = "百亿园区"
    var b = F.target("tc.target.parks")
    b.metric = "园区"
    let catalog = Catalog(plans: [
      F.plan(region: "bz", targets: [a]), F.plan(region: "tc", targets: [b]),
    ])
    #expect(
      catalog.comparableItems(to: "bz.target.parks").map(\.id) == [
        "bz.target.parks", "tc.target.parks",
      ])
  }

  @Test func clustersOfTheSameIndustryLineUp() {
    var bz = F.cluster("bz.cluster.electronics")
    bz.name = "电子信息产业"
    var cd = F.cluster("cd.cluster.electronics")
    cd.name = "电子信息"
    var tc = F.cluster("tc.cluster.other")
    tc.name = "电子信息材料"
    let catalog = Catalog(plans: [
      F.plan(region: "bz", clusters: [bz]), F.plan(region: "cd", clusters: [cd]),
      F.plan(region: "tc", clusters: [tc]),
    ])
    #expect(
      catalog.comparableItems(to: "bz.cluster.electronics").map(\.id) == [
        "bz.cluster.electronics", "cd.cluster.electronics",
      ])
    #expect(Catalog.industryName("产业") == "产业")
  }
}
