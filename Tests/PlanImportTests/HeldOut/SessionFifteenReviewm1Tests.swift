import PlanModel
import Testing

@testable import PlanImport

/// Mends of session 15 to the cluster-scale rules a review found at fault.
@Suite("session 15 review mends (cluster scales)")
struct SessionFifteenReviewm1Tests {
  func parts(of plan: Plan, under name: String) -> [String] {
    guard let parent = plan.clusters.first(where: { $0.name.contains(name) }) else { return [] }
    return plan.clusters.filter { $0.parent == parent.id }.map(\.name)
  }

  @Test("a figure after 其中 that parts an investment is no sub-cluster")
  func investmentAfterQiZhongIsNoPart() {
    let plan = draft([
      "青川县绿色建材产业集群培育方案(2026—2028年)",
      "一、重点集群",
      "(一)绿色建材产业集群",
      "到2028年,集群营业收入达到260亿元,累计完成工业投资90亿元,其中设备更新投资35亿元。",
    ])
    #expect(parts(of: plan, under: "绿色建材").isEmpty)
    #expect(!plan.clusters.contains { $0.name.contains("设备更新") })
  }

  @Test("an export figure after an output's 其中 is no sub-cluster")
  func exportAfterOutputIsNoPart() {
    let plan = draft([
      "青川县纺织服装产业集群培育方案(2026—2028年)",
      "一、重点集群",
      "(一)纺织服装产业集群",
      "到2028年,集群营业收入达到180亿元,其中出口交货值45亿元。",
    ])
    #expect(!plan.clusters.contains { $0.name.contains("交货值") })
  }

  @Test("a named part after an output's 其中 stays a sub-cluster")
  func namedPartAfterOutputStays() {
    let plan = draft([
      "青川县绿色建材产业集群培育方案(2026—2028年)",
      "一、主要目标",
      "到2028年,全县规模以上工业营业收入突破900亿元。",
      "二、重点集群",
      "(一)绿色建材产业集群(主导)",
      "推广新型墙材和装配式部品。力争到2028年集群营业收入突破400亿元,其中新型墙材链达到150亿元,装配式部品链达到120亿元。",
    ])
    #expect(parts(of: plan, under: "绿色建材").count == 2)
  }
}
