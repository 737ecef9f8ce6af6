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

/// The same metric at different levels of recognition (省级 / 国家级 “小巨人”) is never lined
/// up; a tier with a blank unit lines up by its exact name.
@Suite struct ComparableLevelTests {
  typealias F = ModelFixtures

  func tier(_ id: String, _ name: String, unit: String?) -> LadderTier {
    LadderTier(id: id, name: name, unit: unit, source: SourceRef(section: "一"))
  }

  func plan(_ region: String, _ tiers: [LadderTier]) -> Plan {
    var plan = F.plan(region: region)
    plan.ladders = [
      Ladder(id: "\(region).ladder.l", name: "梯度培育", tiers: tiers, source: SourceRef(section: "一"))
    ]
    return plan
  }

  @Test func levelsAreReadFromTheName() {
    #expect(RecognitionLevel(name: "省级专精特新“小巨人”企业") == .provincial)
    #expect(RecognitionLevel(name: "国家级专精特新“小巨人”企业") == .national)
    #expect(RecognitionLevel(name: "专精特新“小巨人”企业") == .national)
    #expect(RecognitionLevel(name: "市级专精特新中小企业") == .municipal)
  }

  @Test func provincialIsNeverBesideNationalOrUnqualified() {
    let catalog = Catalog(plans: [
      plan("hc", [tier("hc.ladder.l.giant", "专精特新“小巨人”企业", unit: "家")]),
      // 省级 first in file order: it must be passed over for the 国家级 one
      plan(
        "tc",
        [
          tier("tc.ladder.l.provincial", "省级专精特新“小巨人”企业", unit: "家"),
          tier("tc.ladder.l.national", "国家级专精特新“小巨人”企业", unit: "家"),
        ]),
      // a blank unit: matched by its exact name
      plan("nc", [tier("nc.ladder.l.giant", "专精特新“小巨人”企业", unit: nil)]),
    ])
    #expect(
      catalog.comparableItems(to: "hc.ladder.l.giant").map(\.id) == [
        "hc.ladder.l.giant", "tc.ladder.l.national", "nc.ladder.l.giant",
      ])
    // from the 省级 tier: no other region has a 省级 one
    #expect(
      catalog.comparableItems(to: "tc.ladder.l.provincial").map(\.id) == ["tc.ladder.l.provincial"])
    // from the blank-unit tier: the same name elsewhere, not the 国家级-named one
    #expect(
      catalog.comparableItems(to: "nc.ladder.l.giant").map(\.id) == [
        "hc.ladder.l.giant", "nc.ladder.l.giant",
      ])
    #expect(catalog.comparisonName(of: "tc.ladder.l.national") == "梯度培育 › 国家级专精特新“小巨人”企业")
  }
}
