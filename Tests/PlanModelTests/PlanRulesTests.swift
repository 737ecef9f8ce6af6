import Testing

@testable import PlanModel

/// The model's rules, checked on plans built in code; each violation names its field path.
@Suite struct PlanRulesTests {
  typealias F = ModelFixtures

  func messages(_ plans: [Plan]) -> [String] { PlanRules.check(plans).map(\.message.en) }

  @Test func aCleanPlanPasses() {
    let plan = F.plan(
      targets: [F.target("hc.target.a", cluster: "hc.cluster.a")],
      clusters: [F.cluster("hc.cluster.a"), F.cluster("hc.cluster.b", parent: "hc.cluster.a")],
      measures: [
        F.measure("hc.measure.a", clusters: ["hc.cluster.b"], targets: ["hc.target.a"], due: 2025)
      ])
    #expect(PlanRules.check([plan]).isEmpty)
  }

  @Test func unitsYearsAndRanges() {
    let plan = F.plan(targets: [
      F.target("hc.target.unit", unit: "斤"),
      F.target("hc.target.nounit", unit: nil),
      F.target("hc.target.late", target: Figure(value: 1, year: 2030)),
      F.target("hc.target.range", target: Figure(min: 3, max: 2, year: 2027)),
      F.target(
        "hc.target.order", baseline: Figure(value: 1, year: 2027),
        target: Figure(value: 2, year: 2026)),
      F.target("hc.target.both", target: Figure(value: 2, min: 1, max: 3, year: 2027)),
      F.target("hc.target.qualifier", qualifiers: ["大约"]),
    ])
    let found = PlanRules.check([plan])
    let byPath = Dictionary(grouping: found) { $0.path.prefix(2).joined(separator: ".") }
    #expect(byPath["targets.0"]?.first?.message.en.contains("unknown unit '斤'") == true)
    #expect(byPath["targets.1"]?.first?.message.en == "a figure with a number needs a unit")
    #expect(
      byPath["targets.2"]?.first?.message.en.contains("outside the plan's horizon 2023–2027")
        == true)
    #expect(byPath["targets.3"]?.first?.message.en.contains("range is not ordered") == true)
    #expect(byPath["targets.4"]?.first?.path == ["targets", "4", "target", "year"])
    #expect(byPath["targets.5"]?.first?.message.en.contains("not both") == true)
    #expect(byPath["targets.6"]?.first?.path == ["targets", "6", "qualifiers", "0"])
    #expect(found.count == 7)
  }

  @Test func aComparatorNeedsWhatItIsComparedWith() {
    let plan = F.plan(targets: [
      F.target("hc.target.c", unit: nil, target: Figure(year: 2027), kind: .comparator)
    ])
    #expect(messages([plan]).first?.contains("needs `comparator`") == true)
  }

  @Test func anUnnumberedMeasureNeedsAPosition() {
    let bad = F.plan(measures: [F.measure("hc.measure.a", section: nil)])
    #expect(PlanRules.check([bad]).first?.path == ["measures", "0", "position"])
    let good = F.plan(measures: [F.measure("hc.measure.a", section: nil, position: "三 ¶2")])
    #expect(PlanRules.check([good]).isEmpty)
  }

  @Test func duplicatesAndLinksAcrossPlans() {
    let first = F.plan(region: "hc", clusters: [F.cluster("hc.cluster.a")])
    let second = F.plan(
      region: "tc", clusters: [F.cluster("tc.cluster.a", parent: "hc.cluster.a")],
      measures: [
        F.measure("tc.measure.a", clusters: ["tc.cluster.x"], targets: ["tc.cluster.a"])
      ])
    let again = F.plan(region: "hc")
    let found = PlanRules.check([first, second, again])
    let messages = found.map(\.message.en)
    #expect(messages.contains("unknown cluster id 'tc.cluster.x'"))
    // A cluster is not a target: the link must name a target or indicator.
    #expect(messages.contains("unknown target or indicator id 'tc.cluster.a'"))
    let region = found.first { $0.message.en == "duplicate region id 'hc'" }
    #expect(region?.planIndex == 2)
    #expect(region?.firstDefinedAt == PlanPlace(planIndex: 0, path: ["region", "id"]))
    // A parent in another plan resolves.
    #expect(!messages.contains { $0.contains("hc.cluster.a'") && $0.hasPrefix("unknown") })
  }

  @Test func aDuplicateIDPointsAtTheSecondUse() {
    let plan = F.plan(
      targets: [F.target("hc.x.a")], clusters: [F.cluster("hc.x.a")])
    let found = PlanRules.check([plan])
    #expect(found.count == 1)
    #expect(found.first?.path == ["clusters", "0", "id"])
    #expect(found.first?.message.en == "duplicate id 'hc.x.a'")
    #expect(found.first?.firstDefinedAt == PlanPlace(planIndex: 0, path: ["targets", "0", "id"]))
    #expect(
      found.first?.description
        == "plan 0 clusters.0.id: duplicate id 'hc.x.a' (first defined at plan 0 targets.0.id)")
  }

  @Test func idsMustBelongToTheirRegion() {
    let plan = F.plan(targets: [F.target("bz.target.a"), F.target("hcx.target.b")])
    #expect(
      PlanRules.check([plan]).map(\.path) == [["targets", "0", "id"], ["targets", "1", "id"]])
  }

  @Test func planDatesAsWritten() {
    #expect(PlanDate(parsing: "2023-09-12")?.description == "2023-09-12")
    #expect(PlanDate(parsing: "2023-09") == PlanDate(year: 2023, month: 9))
    #expect(PlanDate(parsing: "2023") == PlanDate(year: 2023))
    #expect(PlanDate(parsing: "2023-13-01") == nil)
    #expect(PlanDate(parsing: "23-09-12") == nil)
    #expect(PlanDate(parsing: "2023/09/12") == nil)
  }
}
