import Testing

@testable import PlanModel

/// A cluster's scale (`力争500亿级` by 2027) assessed as an absolute goal in 亿元, rising,
/// through the same code as targets (docs/assessment.md, "Cluster scale").
@Suite struct ClusterScaleAssessmentTests {
  static func cluster(_ id: String, scale: Figure?) -> Cluster {
    Cluster(id: id, name: "汽车零部件", scale: scale, source: ModelFixtures.source())
  }

  static let autoParts = cluster(
    "hc.cluster.auto-parts", scale: Figure(value: 500, year: 2027, qualifiers: ["力争"]))
  static let glass = cluster(
    "hc.cluster.glass", scale: Figure(min: 30, max: 50, year: 2027, qualifiers: ["突破"]))
  static let noScale = cluster("hc.cluster.robots", scale: nil)
  static let yearOnly = cluster("hc.cluster.yearonly", scale: Figure(year: 2027))

  static var catalog: Catalog {
    Catalog(plans: [
      ModelFixtures.plan(
        targets: [ModelFixtures.target("hc.target.revenue")],
        clusters: [autoParts, glass, noScale, yearOnly])
    ])
  }

  static func snapshot(_ series: [String: [(Int, Double)]]) -> ProgressSnapshot {
    var snapshot = ProgressSnapshot()
    for (id, points) in series {
      snapshot.actuals[id] = AssessmentFixtures.series(points, id: id)
    }
    return snapshot
  }

  @Test func aScaleIsARisingAbsoluteGoalInYiYuan() throws {
    let goal = try #require(Self.autoParts.scaleGoal)
    #expect(goal.kind == .absolute && goal.direction == .up && goal.unit == "亿元")
    #expect(goal.baseline == nil)
    #expect(goal.target?.threshold == 500 && goal.target?.year == 2027)
    #expect(goal.qualifiers == ["力争"])
  }

  @Test func aClusterWithoutAScaleNumberHasNoGoal() {
    #expect(Self.noScale.scaleGoal == nil)
    #expect(Self.yearOnly.scaleGoal == nil)
    #expect(Self.catalog.assessableGoal("hc.cluster.robots") == nil)
    #expect(Self.catalog.assessableGoal("hc.cluster.auto-parts") == Self.autoParts.scaleGoal)
  }

  @Test func assessedFromTheFirstActualWhenThePlanGivesNoBaseline() throws {
    // 310 (2023) → 400 (2025), target 500 in 2027, base = the first actual (2023):
    // observed (400/310)^(1/2) − 1 = 1.290323^(1/2) − 1 = 0.135924
    // required (500/310)^(1/4) − 1 = 1.612903^(1/4) − 1 = 0.126943
    // R = 0.135924 / 0.126943 = 1.07075 → on track
    let snapshot = Self.snapshot(["hc.cluster.auto-parts": [(2023, 310), (2024, 355), (2025, 400)]])
    let a = try #require(
      CatalogAssessment.assess(
        id: "hc.cluster.auto-parts", catalog: Self.catalog, snapshot: snapshot, asOf: 2025))
    #expect(a.status == .onTrack)
    #expect(close(a.observedRate, 0.135924))
    #expect(close(a.requiredRate, 0.126943))
    #expect(close(a.ratio, 1.07075, 1e-3))
  }

  @Test func slowGrowthOfAScaleIsLimitedProgress() throws {
    // 180 (2023) → 200 (2025) of 300 (2027):
    // observed (200/180)^(1/2) − 1 = 1.111111^(1/2) − 1 = 0.054093
    // required (300/180)^(1/4) − 1 = 1.666667^(1/4) − 1 = 0.136219
    // R = 0.054093 / 0.136219 = 0.3971 → limited progress (0 ≤ R < 60%)
    let catalog = Catalog(plans: [
      ModelFixtures.plan(clusters: [
        Self.cluster("hc.cluster.hotpot", scale: Figure(value: 300, year: 2027))
      ])
    ])
    let snapshot = Self.snapshot(["hc.cluster.hotpot": [(2023, 180), (2025, 200)]])
    let a = try #require(
      CatalogAssessment.assess(
        id: "hc.cluster.hotpot", catalog: catalog, snapshot: snapshot, asOf: 2025))
    #expect(a.status == .limitedProgress)
    #expect(close(a.ratio, 0.3971, 1e-3))
  }

  @Test func aRangeScaleIsReachedAtItsLowerBound() throws {
    // 突破30—50亿: 28 (2023) → 31 (2024) ≥ 30 → achieved
    let snapshot = Self.snapshot(["hc.cluster.glass": [(2023, 28), (2024, 31)]])
    let a = try #require(
      CatalogAssessment.assess(
        id: "hc.cluster.glass", catalog: Self.catalog, snapshot: snapshot, asOf: 2025))
    #expect(a.status == .achieved)
    #expect(a.targetValue == 30)
  }

  @Test func clustersWithAScaleAreListedAfterTheOtherItems() {
    let items = CatalogAssessment.items(
      catalog: Self.catalog, snapshot: ProgressSnapshot(), asOf: 2025)
    #expect(items.map(\.id) == ["hc.target.revenue", "hc.cluster.auto-parts", "hc.cluster.glass"])
    let cluster = items[1]
    #expect(cluster.kind == .cluster && cluster.unit == "亿元" && cluster.name == "汽车零部件")
    #expect(cluster.cluster == "hc.cluster.auto-parts")
    #expect(cluster.assessment.status == .notAssessable)
  }
}
