import PlanModel
import Testing

@testable import PlanImport

/// How the seventeenth held-out set's plans state their industries' scales — an industry's
/// 产值 named without `产业` in its own paragraph, a statistical core industry, service areas
/// counted with their 营业收入 — on other invented passages.
@Suite("Extraction: clusters from the seventeenth held-out set")
struct SeventeenthSetClusterTests {
  static func clusters(_ plan: Plan) -> [(name: String, scale: Double?)] {
    plan.clusters.map { ($0.name, $0.scale?.threshold) }
  }

  @Test("an industry's 产值 in its own paragraph, 产业 left out, is its scale")
  func outputWithoutIndustryWord() {
    #expect(ClusterHeading.industryMetric("茶叶加工产值", industry: "茶叶加工") == "茶叶加工产业产值")
    #expect(ClusterHeading.industryMetric("茶叶加工企业", industry: "茶叶加工") == nil)
    let plan = draft([
      "甲溪县特色产业三年行动方案(2026—2028年)", "一、重点任务",
      "1．做强茶叶加工产业。支持企业建设标准化茶园和精制茶加工线,到2028年,茶叶加工产值达到60亿元。（责任单位：县农业农村局）",
    ])
    let tea = Self.clusters(plan).first { $0.name.hasPrefix("茶叶加工") }
    #expect(tea?.scale == 60)
    #expect(!plan.targets.contains { $0.goal.target?.value == 60 })
  }

  @Test("a core industry's 规模 is a statistical aggregate, no cluster")
  func coreIndustryAggregate() {
    let plan = draft([
      "乙溪市数字经济三年行动方案(2026—2028年)", "一、行动目标",
      "到2028年,数字经济核心产业规模突破500亿元,集成电路产业产值达到120亿元。",
    ])
    #expect(!Self.clusters(plan).contains { $0.name.contains("核心") })
    #expect(plan.targets.contains { $0.goal.target?.value == 500 })
    #expect(Self.clusters(plan).contains { $0.name == "集成电路" && $0.scale == 120 })
  }

  @Test("service areas named by their industries and counted, each with its 营业收入 by 分别")
  func countedServiceAreas() {
    let plan = draft([
      "丙溪区两业融合实施方案(2026—2028年)", "一、主要目标",
      "培育软件服务、检测认证两个生产性服务业集聚区,营业收入分别达到20亿元、12亿元。",
    ])
    let clusters = Self.clusters(plan)
    #expect(clusters.contains { $0.name == "软件服务" && $0.scale == 20 })
    #expect(clusters.contains { $0.name == "检测认证" && $0.scale == 12 })
    #expect(ClusterLists.counted(in: "培育软件服务、检测认证两个生产性服务业集聚区") == ["软件服务", "检测认证"])
    // Areas counted with no industry word are places, not industries.
    #expect(ClusterLists.counted(in: "建设城东、城西两个集聚区").isEmpty)
  }
}
