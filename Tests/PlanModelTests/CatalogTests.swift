import Testing

@testable import PlanModel

/// Queries over loaded plans.
@Suite struct CatalogTests {
  typealias F = ModelFixtures

  let catalog = Catalog(plans: [
    F.plan(
      targets: [
        F.target("hc.target.a", cluster: "hc.cluster.parent"),
        F.target("hc.target.b", cluster: "hc.cluster.child"),
        F.target("hc.target.c"),
      ],
      clusters: [
        F.cluster("hc.cluster.parent"), F.cluster("hc.cluster.child", parent: "hc.cluster.parent"),
        F.cluster("hc.cluster.other"),
      ],
      measures: [
        F.measure("hc.measure.a", clusters: ["hc.cluster.parent"]),
        F.measure("hc.measure.b", clusters: ["hc.cluster.child"]),
        F.measure("hc.measure.c", clusters: ["hc.cluster.other"]),
      ])
  ])

  @Test func itemsByID() {
    #expect(catalog.measure("hc.measure.b")?.clusters == ["hc.cluster.child"])
    #expect(catalog.target("hc.measure.b") == nil)
    #expect(catalog.cluster("hc.cluster.child")?.parent == "hc.cluster.parent")
    #expect(catalog.regionID(of: "hc.target.c") == "hc")
    #expect(catalog.address(of: "hc.target.b")?.idPath == ["targets", "1", "id"])
  }

  @Test func aClusterIncludesItsSubClusters() {
    #expect(
      catalog.measures(ofCluster: "hc.cluster.parent").map(\.id) == [
        "hc.measure.a", "hc.measure.b",
      ])
    #expect(catalog.measures(ofCluster: "hc.cluster.child").map(\.id) == ["hc.measure.b"])
    #expect(
      catalog.targets(ofCluster: "hc.cluster.parent").map(\.id) == ["hc.target.a", "hc.target.b"])
    #expect(catalog.children(ofCluster: "hc.cluster.parent").map(\.id) == ["hc.cluster.child"])
  }

  @Test func closestIDsForAMistypedOne() {
    #expect(catalog.closestIDs(to: "hc.mesure.a", limit: 1) == ["hc.measure.a"])
    #expect(EditDistance.between("kitten", "sitting") == 3)
    #expect(EditDistance.between("", "abc") == 3)
    #expect(EditDistance.between("合川", "合川区") == 1)
  }

  @Test func aGoalSetAsAChangeHasNoFigureUnit() {
    // 下降13% (%), 倍增, 年均增长20% (%): the actuals are levels in a unit the plan does not give.
    for kind in [GoalKind.reduction, .growth, .multiple, .annualRate] {
      let goal = Goal(kind: kind, direction: .up, unit: "%")
      #expect(goal.isChange && goal.figureUnit == nil, "\(kind)")
    }
    // 亩均税收15万元, 占比30%, 2—3户: the figures are in the goal's unit.
    for (kind, unit) in [(GoalKind.absolute, "万元"), (.share, "%"), (.count, "户")] {
      let goal = Goal(kind: kind, direction: .up, unit: unit)
      #expect(!goal.isChange && goal.figureUnit == unit, "\(kind)")
    }
  }

  @Test func closestNamesForAnAbbreviatedUnit() {
    // 区经信委 shares 区经信委 (4, in order) with 区经济信息委, 区委 (2) with 区商务委 and 区教委.
    #expect(EditDistance.sharedInOrder("区经信委", "区经济信息委") == 4)
    #expect(EditDistance.sharedInOrder("区经信委", "区商务委") == 2)
    #expect(EditDistance.sharedInOrder("", "区商务委") == 0)
    let units = ["区商务委", "区教委", "区经济信息委", "区国资委"]
    #expect(EditDistance.closestNames(to: "区经信委", among: units, limit: 1) == ["区经济信息委"])
  }

  @Test func statusCycleAndDefaults() {
    #expect(MeasureStatus.todo.next == .inProgress)
    #expect(MeasureStatus.blocked.next == .todo)
    #expect(ProgressSnapshot().status(of: "hc.measure.a") == .todo)
  }
}
