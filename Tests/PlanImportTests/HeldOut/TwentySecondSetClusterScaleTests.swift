import PlanModel
import Testing

@testable import PlanImport

/// How the twenty-second to twenty-fourth held-out sets' plans give a cluster its scale — a part's
/// output after `其中`, an item titled by the cluster alone, figures by year with the metric
/// first, a chain's field line counted over 规上 firms, a counted group by `分别`, `各` or
/// `每个…均`, a run of chains whose later clauses leave the output out, a scale after the
/// industry's direction — on other invented passages.
@Suite("Extraction: cluster scales from the twenty-second to twenty-fourth held-out sets")
struct TwentySecondSetClusterScaleTests {
  static func scale(_ plan: Plan, _ name: String) -> Double? {
    plan.clusters.first { DraftCluster.matchName($0.name) == name }?.scale?.threshold
  }

  static func isTarget(_ plan: Plan, _ value: Double) -> Bool {
    plan.targets.contains { $0.goal.target?.value == value }
  }

  @Test("the parts a 其中 clause gives outputs are clusters under the industry, no targets")
  func partOutputs() {
    let plan = draft([
      "甲川市制造业集群发展实施意见", "二、重点产业",
      "1．医药健康产业。推动原料药向制剂延伸，发展现代中药和医疗器械。到2030年，医药健康产业营业收入突破600亿元。其中，化学制药营业收入达到200亿元，现代中药产值突破150亿元，每年引进项目10个，其中10亿元以上项目3个。",
    ])
    #expect(Self.scale(plan, "医药健康") == 600)
    #expect(Self.scale(plan, "化学制药") == 200)
    #expect(Self.scale(plan, "现代中药") == 150)
    #expect(!Self.isTarget(plan, 200) && !Self.isTarget(plan, 150))
    #expect(plan.clusters.first { $0.name == "化学制药" }?.parent != nil)
    #expect(PartOutputScales.name(of: "光电显示营业收入") == "光电显示")
    #expect(PartOutputScales.name(of: "出口额") == nil)
    #expect(PartOutputScales.name(of: "规上工业产值") == nil)
    #expect(PartOutputScales.name(of: "全市工业产值") == nil)
  }

  @Test(
    "an item titled by a cluster alone reads a bare output as the cluster's; 2030 outranks 2027")
  func clusterTitledItems() {
    #expect(ClusterItemTitle.industryTitle("储能装备集群") == "储能装备产业")
    #expect(ClusterItemTitle.industryTitle("电芯子集群") == "电芯产业")
    #expect(ClusterItemTitle.industryTitle("百亿级特色集群") == nil)
    #expect(ClusterItemTitle.industryTitle("主导产业集群") == nil)
    #expect(ClusterItemTitle.industryTitle("纺织、食品集群") == nil)
    let plan = draft([
      "乙江市先进制造业集群培育方案", "一、总体目标",
      "到2027年，储能装备集群营业收入突破500亿元。", "二、重点集群",
      "1．储能装备集群。做强电芯、储能系统两个子集群，到2030年集群营业收入突破800亿元。",
      "（1）电芯子集群。引育一批正负极材料配套企业，营业收入达到300亿元。",
    ])
    #expect(Self.scale(plan, "储能装备") == 800)
    #expect(Self.isTarget(plan, 500))
    #expect(Self.scale(plan, "电芯") == 300)
    #expect(!Self.isTarget(plan, 800) && !Self.isTarget(plan, 300))
    // A sub-cluster scaled by its class, in an item titled by it: one cluster.
    let classed = draft([
      "辛江市先进制造业集群培育方案", "二、重点集群", "1．储能装备集群。到2030年集群营业收入突破800亿元。",
      "（1）储能温控子集群。推广液冷温控技术，打造两百亿级储能温控子集群。",
    ])
    #expect(classed.clusters.filter { DraftCluster.matchName($0.name) == "储能温控" }.count == 1)
    #expect(Self.scale(classed, "储能温控") == 200)
  }

  @Test("figures by year with the metric first: the last year's is the scale")
  func metricFirstYears() {
    #expect(OutputMetricForms.plain("营业收入2027年") == "营业收入")
    #expect(OutputMetricForms.plain("产业链规上工业产值") == "产业链产值")
    #expect(OutputMetricForms.plain("集群规模以上工业营业收入") == "集群营业收入")
    #expect(OutputMetricForms.plain("规上企业2027年") == "规上企业2027年")
    let plan = draft([
      "丙塘经济开发区高质量发展三年行动方案(2027—2029年)", "三、产业发展重点",
      "（一）光伏材料产业。重点发展硅片、电池片和光伏玻璃。产值2027年达到120亿元、2028年达到150亿元、2029年突破180亿元。",
    ])
    #expect(Self.scale(plan, "光伏材料") == 180)
    #expect(Self.isTarget(plan, 120) && Self.isTarget(plan, 150))
    #expect(!Self.isTarget(plan, 180))
  }

  @Test("a counted group's figures by 分别, 各 or 每个…均 go to the names its item or sentence lists")
  func groupedScales() {
    let plan = draft([
      "丁山市新型工业化实施意见", "二、重点产业",
      "5．光伏、储能、氢能产业。光伏产业重点发展高效电池，储能产业重点发展储能系统。到2030年，三大新兴产业营业收入分别达到300亿元、200亿元、100亿元。",
      "6．纺织、食品、建材集群。推动数字化改造。到2030年，三个集群产值各达到150亿元以上。",
      "7．百亿级特色集群。重点培育陶瓷、箱包、灯饰等特色集群，每个特色集群明确1个承载园区，到2030年每个特色集群营业收入均突破50亿元。",
    ])
    #expect(Self.scale(plan, "光伏") == 300)
    #expect(Self.scale(plan, "储能") == 200)
    #expect(Self.scale(plan, "氢能") == 100)
    #expect(Self.scale(plan, "纺织") == 150 && Self.scale(plan, "建材") == 150)
    #expect(Self.scale(plan, "陶瓷") == 50 && Self.scale(plan, "灯饰") == 50)
    #expect(![300, 200, 100, 150, 50].contains { Self.isTarget(plan, $0) })
  }

  @Test("a group counting other than its list gives no scales")
  func groupCountMismatch() {
    let plan = draft([
      "戊山市新型工业化实施意见", "二、重点产业",
      "5．光伏、储能、氢能产业。推动项目建设。到2030年，两大新兴产业营业收入分别达到300亿元、200亿元。",
    ])
    #expect(Self.scale(plan, "光伏") != 300)
    #expect(GroupedClusterScales.titleList("光伏、储能、氢能产业") == ["光伏", "储能", "氢能"])
    #expect(GroupedClusterScales.titleList("光伏产业") == nil)
    #expect(GroupedClusterScales.respectiveFigures(in: "产值分别达到30亿元、20亿元,力争更多") == [30, 20])
  }

  @Test("a run of chains whose later clauses leave the output out: each chain's scale")
  func elidedOutputs() {
    #expect(
      ElidedOutputClauses.metric("压缩机产业链", in: "整机产业链营业收入达到400亿元,压缩机产业链达到200亿元")
        == "压缩机产业链营业收入")
    #expect(ElidedOutputClauses.metric("压缩机产业链", in: "压缩机产业链达到200亿元") == nil)
    // A head naming a group's output is no clause of one industry's.
    #expect(ElidedOutputClauses.metric("乙丙产业", in: "两大支柱产业产值目标:甲丁产业突破90亿元,乙丙产业达到60亿元") == nil)
    #expect(ElidedOutputClauses.metric("压缩机产业链营业收入", in: "压缩机产业链营业收入达到200亿元") == nil)
    let plan = draft([
      "己州市家电产业倍增实施意见", "二、发展目标",
      "到2029年，各产业链发展目标：整机产业链营业收入达到400亿元，压缩机产业链达到200亿元，温控器件产业链达到100亿元。",
    ])
    #expect(Self.scale(plan, "整机") == 400)
    #expect(Self.scale(plan, "压缩机") == 200)
    #expect(Self.scale(plan, "温控器件") == 100)
    #expect(!Self.isTarget(plan, 200) && !Self.isTarget(plan, 100))
  }

  @Test("a scale after the industry's direction of development is the industry's")
  func directionThenScale() {
    let plan = draft([
      "庚湖区制造业发展规划", "第三节 改造提升传统产业",
      "推动陶瓷、家具等传统产业实施技术改造。陶瓷产业向高端建陶、日用陶瓷方向发展，产值稳定在80亿元左右；家具产业重点发展定制家具，产值达到60亿元。",
    ])
    #expect(Self.scale(plan, "陶瓷") == 80)
    #expect(Self.scale(plan, "家具") == 60)
    #expect(!Self.isTarget(plan, 80))
  }
}
