import Testing

@testable import PlanModel

@Suite struct ActualRulesTests {
  let rules = ActualRules(
    catalog: Catalog(plans: [
      ModelFixtures.plan(
        horizon: Horizon(start: 2023, end: 2027),
        targets: [
          ModelFixtures.target(
            "hc.target.revenue", baseline: Figure(value: 800, year: 2021),
            target: Figure(value: 1600, year: 2027)),
          ModelFixtures.target(
            "hc.target.late", target: Figure(value: 5, year: 2030)),
          ModelFixtures.target(
            "hc.target.growth", target: Figure(value: 7, year: 2027), kind: .comparator,
            comparator: "全省平均"),
        ],
        clusters: [ModelFixtures.cluster("hc.cluster.auto")],
        measures: [ModelFixtures.measure("hc.measure.parks")])
    ]))

  @Test func yearsSpanTheHorizonWidenedToTheItemsOwnYears() {
    #expect(rules.years(of: "hc.target.revenue") == 2021...2027)
    #expect(rules.years(of: "hc.target.late") == 2023...2030)
    #expect(rules.years(of: "hc.measure.parks") == 2023...2027)
    #expect(rules.years(of: "hc.nothing") == nil)
  }

  @Test func aYearInsideThePlanIsAccepted() {
    #expect(rules.problem("hc.target.revenue", year: 2021) == nil)
    #expect(rules.problem("hc.target.revenue", year: 2027) == nil)
    #expect(rules.problem("hc.target.late", year: 2030) == nil)
  }

  @Test func aYearOutsideThePlanIsRefusedWithItsRange() {
    let problem = rules.problem("hc.target.revenue", year: 2099)
    #expect(problem == .yearOutsidePlan("hc.target.revenue", year: 2099, years: 2021...2027))
    #expect(
      problem?.description == "year 2099 is outside the plan of hc.target.revenue (2021–2027)")
    #expect(
      rules.problem("hc.target.revenue", year: 2020)
        == .yearOutsidePlan("hc.target.revenue", year: 2020, years: 2021...2027))
  }

  @Test func aComparatorSeriesIsCheckedAsItsOwner() {
    #expect(rules.problem("hc.target.growth.comparator", year: 2024) == nil)
    #expect(
      rules.problem("hc.target.growth.comparator", year: 2031)
        == .yearOutsidePlan("hc.target.growth", year: 2031, years: 2023...2027))
    // Only a comparator target has a comparator series.
    if case .unknownID = rules.problem("hc.target.revenue.comparator", year: 2024) {
    } else {
      Issue.record("a non-comparator target has no .comparator series")
    }
  }

  @Test func onlyFigureItemsTakeActuals() {
    #expect(rules.acceptsActuals("hc.target.revenue"))
    #expect(!rules.acceptsActuals("hc.measure.parks"))
    #expect(!rules.acceptsActuals("hc.cluster.auto"))
    #expect(
      rules.problem("hc.measure.parks", year: 2024)
        == .notAFigure("hc.measure.parks", kind: .measure))
    #expect(
      rules.problem("hc.cluster.auto", year: 2024) == .clusterWithoutScale("hc.cluster.auto"))
  }

  @Test func anUnknownIdSuggestsIdsThatTakeActuals() {
    guard case .unknownID(let id, let closest) = rules.problem("hc.target.revenu", year: 2024)
    else {
      Issue.record("an unknown id")
      return
    }
    #expect(id == "hc.target.revenu")
    #expect(closest.first == "hc.target.revenue")
    #expect(closest.allSatisfy(rules.acceptsActuals))
  }
}
