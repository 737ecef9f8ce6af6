import PlanModel
import Testing

@testable import PlanImport

/// How the nineteenth held-out set's plans name their chains and their scales — chains' 营业收入
/// shared out by `分别`, 特色 chains a task lists with `等`, a count of chains above a size — on
/// other invented passages.
@Suite("Extraction: clusters from the nineteenth held-out set")
struct NineteenthSetClusterTests {
  static func clusters(_ plan: Plan) -> [(name: String, tier: String?, scale: Double?)] {
    plan.clusters.map { ($0.name, $0.tier, $0.scale?.threshold) }
  }

  @Test("chains' 营业收入 in a 分别 list: each chain a cluster with its scale, no target")
  func chainScalesByRespectively() {
    #expect(
      MetricText.sharingIndustryTail(["工业机器人", "数控机床产业链营业收入"])
        == ["工业机器人产业链营业收入", "数控机床产业链营业收入"])
    let plan = draft([
      "甲岭市高端装备产业链提升方案(2026—2028年)", "一、重点任务",
      "(一)做强智能装备集群。到2028年,工业机器人、数控机床、激光装备产业链产值分别达到90亿元、60亿元、45亿元。",
    ])
    let clusters = Self.clusters(plan)
    #expect(clusters.contains { $0.name == "工业机器人" && $0.scale == 90 })
    #expect(clusters.contains { $0.name == "数控机床" && $0.scale == 60 })
    #expect(clusters.contains { $0.name == "激光装备" && $0.scale == 45 })
    #expect(!plan.targets.contains { [90, 60, 45].contains($0.goal.target?.value) })
  }

  @Test("特色 chains a task lists with 等 or a count are clusters of that tier")
  func tieredChainLists() {
    let listed = TierChainLists.list(in: "培育茶叶精制、竹木家居、中药饮片等特色产业链")
    #expect(listed?.names == ["茶叶精制", "竹木家居", "中药饮片"])
    #expect(listed?.tier == "特色")
    #expect(TierChainLists.list(in: "做优光学镜片、精密模具两条新兴产业链")?.names == ["光学镜片", "精密模具"])
    // A count that does not match the list, no verb of developing, a chain's links: none.
    #expect(TierChainLists.list(in: "做优光学镜片、精密模具三条新兴产业链") == nil)
    #expect(TierChainLists.list(in: "茶叶精制、竹木家居等特色产业链") == nil)
    #expect(TierChainLists.list(in: "延伸茶叶精制、竹木家居等特色产业链条") == nil)
    #expect(TierChainLists.list(in: "每个乡镇重点培育1—2条特色产业链") == nil)
    let plan = draft([
      "乙岭县产业链培育方案(2026—2028年)", "一、重点任务",
      "(一)培育特色产业链。各乡镇立足资源禀赋,培育茶叶精制、竹木家居、中药饮片等特色产业链,建立链长制。",
    ])
    let clusters = Self.clusters(plan)
    for name in ["茶叶精制", "竹木家居", "中药饮片"] {
      #expect(clusters.contains { $0.name == name && $0.tier == "特色" && $0.scale == nil })
    }
  }

  @Test("a count of chains above a size: the count is the goal, the size no goal")
  func countOfChainsAboveSize() throws {
    let plan = draft([
      "丙岭市产业链培育方案(2026—2028年)", "一、重点任务",
      "(一)壮大产业链。支持链主企业整合上下游资源,力争到2028年形成5条产值超50亿元的重点产业链。",
    ])
    let values =
      plan.targets.compactMap { $0.goal.target?.value }
      + plan.measures.flatMap { $0.outputs.compactMap(\.figure.value) }
    #expect(!values.contains(50))
    #expect(values.contains(5))
    let chains: Substring = "形成4个产值超30亿元的特色产业集群"
    let count = try #require(NumberUnitParser.figures(in: chains).first)
    #expect(CountedClasses.countsClass(count, in: chains))
    // Enterprises counted by a size name a tier, as a ladder's definition does.
    let firms: Substring = "重点培育8家营业收入超20亿元的骨干企业"
    let tier = try #require(NumberUnitParser.figures(in: firms).first)
    #expect(!CountedClasses.countsClass(tier, in: firms))
  }
}
