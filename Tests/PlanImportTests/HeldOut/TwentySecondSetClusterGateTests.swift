import PlanModel
import Testing

@testable import PlanImport

/// What the twenty-second to twenty-fourth held-out sets' plans drafted as clusters that are
/// none — a heading's verb, a list's stray words, a class of industries and its total, a list
/// of places cut at its `、`, an industry's own fields listed with `等领域` — on other invented
/// passages.
@Suite("Extraction: names that are no clusters, from the twenty-second to twenty-fourth sets")
struct TwentySecondSetClusterGateTests {
  static func names(_ plan: Plan) -> Set<String> {
    Set(plan.clusters.map { DraftCluster.matchName($0.name) })
  }

  @Test("a verb before the name is dropped; a name of verbs alone is none")
  func verbsBeforeName() {
    #expect(ClusterNameGate.gated("拓展光学镜头") == "光学镜头")
    #expect(ClusterNameGate.gated("延伸铝精深加工") == "铝精深加工")
    #expect(ClusterNameGate.gated("改造提升") == nil)
    #expect(ClusterNameGate.gated("优化升级") == nil)
    // A name that only begins like no verb is kept whole.
    #expect(ClusterNameGate.gated("改性塑料") == "改性塑料")
    #expect(ClusterNameGate.gated("提取物") == "提取物")
    let plan = draft([
      "甲川县制造业发展规划(2026—2030年)", "第三章　产业布局", "第一节　改造提升传统特色产业",
      "推动陶瓷、纺织等传统产业实施技术改造,陶瓷产业产值稳定在60亿元左右。",
      "第二节　延伸光学镜头产业链", "引进镜片镀膜、模组封装企业,到2030年光学镜头产业产值达到80亿元。",
    ])
    let names = Self.names(plan)
    #expect(!names.contains { $0.hasPrefix("改造") || $0.hasPrefix("延伸") })
    #expect(names.contains("光学镜头"))
  }

  @Test("the word a verb leaves before its list, and the count closing it, are no part of names")
  func strayListWords() {
    #expect(ClusterNameGate.gated("了精密铸造") == "精密铸造")
    #expect(ClusterNameGate.gated("轨道交通装备三条") == "轨道交通装备")
    #expect(ClusterNameGate.gated("化工新材料2个") == "化工新材料")
    // A count a name holds inside it stays.
    #expect(ClusterNameGate.gated("第三代半导体") == "第三代半导体")
    let plan = draft([
      "乙川市关于推动装备制造业倍增发展的实施意见", "一、发展现状",
      "2026年,全市装备制造业营业收入420亿元,已经形成了轨道交通装备、工程机械、电力装备三条产业链。",
    ])
    let names = Self.names(plan)
    #expect(names.isSuperset(of: ["轨道交通装备", "工程机械", "电力装备"]))
    #expect(!names.contains { $0.hasPrefix("了") || $0.hasSuffix("三条") })
  }

  @Test("a tier or class of industries as such is no cluster; its total stays a target")
  func classesOfIndustries() {
    #expect(ClusterNameGate.namesAClass("未来产业"))
    #expect(ClusterNameGate.namesAClass("战略性新兴产业集群"))
    #expect(ClusterNameGate.namesAClass("传统优势产业"))
    #expect(!ClusterNameGate.namesAClass("低空经济产业"))
    #expect(!ClusterNameGate.namesAClass("特色食品"))
    let plan = draft([
      "丙川市先进制造业集群培育行动方案(2026—2030年)", "二、重点任务", "(三)前瞻布局未来产业",
      "5.未来产业。聚焦商业航天、量子信息两个方向,建设未来产业孵化器。到2030年,未来产业营业收入突破60亿元。",
    ])
    #expect(!Self.names(plan).contains { ClusterNameGate.namesAClass($0[...]) })
    #expect(plan.targets.contains { $0.goal.target?.value == 60 && $0.metric.hasPrefix("未来产业") })
  }

  @Test("a list of places cut at its inner 、 names no cluster")
  func placesInBrackets() {
    #expect(!ClusterNameGate.bracketsBalance("周边县(市"))
    #expect(!ClusterNameGate.bracketsBalance("区)"))
    #expect(ClusterNameGate.bracketsBalance("扩展现实(XR)"))
    #expect(ClusterNameGate.gated("各县〔市") == nil)
    let plan = draft([
      "丁川市智能制造产业园建设实施方案", "三、重点任务",
      "(二)建设特色产业园区。推动园区与邻近县(市、区)产业园共建“飞地园区”,实现利益共享。",
    ])
    #expect(!plan.clusters.contains { !ClusterNameGate.bracketsBalance($0.name[...]) })
  }

  @Test(
    "an industry's own fields listed by example with 等领域 are no clusters of the tier, but its sub-clusters"
  )
  func fieldsOfOneIndustry() {
    #expect(IndustryFieldLists.namesFields("聚焦锻压设备、焊接设备、检测仪器等领域"))
    #expect(!IndustryFieldLists.namesFields("聚焦锻压设备、焊接设备、检测仪器三大领域"))
    #expect(IndustryFieldLists.namesFields("加快发展锻压设备、焊接设备等重点细分领域"))
    #expect(!IndustryFieldLists.namesFields("加快发展锻压设备、焊接设备等领先企业"))
    let plan = draft([
      "戊川市关于加快建设制造强市的实施意见", "二、构建现代化产业体系", "(二)壮大优势产业",
      "3.通用装备产业。聚焦锻压设备、焊接设备、检测仪器等领域,推动整机企业向成套化发展,打造百亿级通用装备产业集群。",
      "4.仪器仪表产业。加快发展工业传感器、分析仪器等重点领域,到2030年仪器仪表产业产值达到50亿元。",
    ])
    let names = Self.names(plan)
    #expect(names.isSuperset(of: ["通用装备", "仪器仪表"]))
    // Convention A (session 15): the fields are the industry's sub-clusters, with no tier.
    let parentOf = { (name: String) -> String? in
      let cluster = plan.clusters.first { $0.name == name }
      #expect(cluster?.tier == nil, "\(name)")
      return plan.clusters.first { $0.id == cluster?.parent }?.name
    }
    for name in ["锻压设备", "焊接设备", "检测仪器"] { #expect(parentOf(name) == "通用装备") }
    for name in ["工业传感器", "分析仪器"] { #expect(parentOf(name) == "仪器仪表") }
    // Under a heading of a tier with no industry of its own, such a list still names clusters.
    let tier = draft([
      "己川市工业发展规划(2026—2030年)", "第三章　产业布局", "第一节　培育优势产业",
      "加快发展锻压设备、焊接设备等优势领域,推动产业集聚。",
    ])
    #expect(Self.names(tier).isSuperset(of: ["锻压设备", "焊接设备"]))
  }
}
