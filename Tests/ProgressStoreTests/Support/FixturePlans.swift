import PlanModel

/// A small plan built as Swift values: two clusters (one a sub-cluster), three measures,
/// a target and a ladder tier, horizon 2023–2027.
enum FixturePlans {
  static let source = SourceRef(section: "一", text: "text")

  static var hechuan: Plan {
    Plan(
      region: Region(id: "hechuan", name: "合川区", level: .district),
      document: PlanDocument(title: "合川区工业发展规划", horizon: Horizon(start: 2023, end: 2027)),
      targets: [
        Target(
          id: "hechuan.target.revenue", metric: "规上工业营业收入",
          goal: Goal(
            kind: .absolute, direction: .up, unit: "亿元",
            baseline: Figure(value: 900, year: 2022), target: Figure(value: 1600, year: 2027)),
          source: source)
      ],
      clusters: [
        Cluster(id: "hechuan.cluster.auto", name: "汽摩产业", source: source),
        Cluster(
          id: "hechuan.cluster.auto-parts", name: "汽车零部件", parent: "hechuan.cluster.auto",
          source: source),
      ],
      ladders: [
        Ladder(
          id: "hechuan.ladder.firms", name: "企业梯队",
          tiers: [
            LadderTier(
              id: "hechuan.ladder.firms.scale", name: "规上企业", unit: "家",
              baseline: Figure(value: 300, year: 2022), target: Figure(value: 500, year: 2027),
              source: source)
          ], source: source)
      ],
      measures: [
        Measure(
          id: "hechuan.measure.parks", section: "(一)", title: "园区", text: "建设园区",
          clusters: ["hechuan.cluster.auto"], source: source),
        Measure(
          id: "hechuan.measure.parts-chain", section: "(二)", title: "补链", text: "补链",
          clusters: ["hechuan.cluster.auto-parts"], source: source),
        Measure(
          id: "hechuan.measure.talent", section: "(三)", title: "人才", text: "引进人才",
          source: source),
      ])
  }

  static var catalog: Catalog { Catalog(plans: [hechuan]) }
}
