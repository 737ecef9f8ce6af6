@testable import PlanModel

/// Small plans built in code for the model's own tests.
enum ModelFixtures {
  static func source(_ text: String = "句子") -> SourceRef { SourceRef(section: "一", text: text) }

  static func plan(
    region: String = "hc", horizon: Horizon = Horizon(start: 2023, end: 2027),
    targets: [Target] = [], clusters: [Cluster] = [], ladders: [Ladder] = [],
    indicators: [Indicator] = [], measures: [Measure] = []
  ) -> Plan {
    Plan(
      region: Region(id: region, name: "合川区", level: .district),
      document: PlanDocument(title: "方案", horizon: horizon), targets: targets,
      clusters: clusters, ladders: ladders, indicators: indicators, measures: measures)
  }

  static func target(
    _ id: String, unit: String? = "亿元", baseline: Figure? = nil,
    target: Figure? = Figure(value: 10, year: 2027), kind: GoalKind = .absolute,
    qualifiers: [String] = [], comparator: String? = nil, cluster: String? = nil
  ) -> Target {
    Target(
      id: id, metric: "指标",
      goal: Goal(
        kind: kind, direction: .up, unit: unit, baseline: baseline, target: target,
        qualifiers: qualifiers, comparator: comparator),
      cluster: cluster, source: source())
  }

  static func cluster(_ id: String, parent: String? = nil) -> Cluster {
    Cluster(id: id, name: "集群", parent: parent, source: source())
  }

  static func measure(
    _ id: String, section: String? = "(一)", position: String? = nil, clusters: [String] = [],
    targets: [String] = [], due: Int? = nil
  ) -> Measure {
    Measure(
      id: id, section: section, position: position, title: "措施", text: "措施。",
      clusters: clusters, targets: targets, due: due, source: SourceRef(section: section))
  }
}
