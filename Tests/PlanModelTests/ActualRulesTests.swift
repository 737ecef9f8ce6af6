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

  @Test func yearsRunFromTenYearsBeforeIssueToTheEndOfTheHorizon() {
    // No issue date: ten years before the horizon's start; a later target year widens the end.
    #expect(rules.years(of: "hc.target.revenue") == 2013...2027)
    #expect(rules.years(of: "hc.target.late") == 2013...2030)
    #expect(rules.years(of: "hc.measure.parks") == 2013...2027)
    #expect(rules.years(of: "hc.nothing") == nil)
  }

  /// A plan issued in 2023 (horizon 2021–2035, as 巴中's): figures from 2013 on; a target
  /// whose baseline or base year is earlier still takes that year.
  @Test func theIssueYearAndAnEarlierBaselineOrBaseYearSetTheFirstYear() {
    var plan = ModelFixtures.plan(
      horizon: Horizon(start: 2021, end: 2035),
      targets: [
        ModelFixtures.target("hc.target.double", target: Figure(value: 2, year: 2035)),
        ModelFixtures.target(
          "hc.target.old-baseline", baseline: Figure(value: 80, year: 2010),
          target: Figure(value: 160, year: 2030)),
        ModelFixtures.target("hc.target.base", target: Figure(value: 30, year: 2030)),
      ])
    plan.document.issued = PlanDate(year: 2023, month: 9)
    plan.targets[2].goal.kind = .growth
    plan.targets[2].goal.baseYear = 2011
    let rules = ActualRules(catalog: Catalog(plans: [plan]))
    #expect(rules.years(of: "hc.target.double") == 2013...2035)
    #expect(rules.problem("hc.target.double", year: 2013) == nil, "the first year is accepted")
    #expect(rules.problem("hc.target.double", year: 2022) == nil, "the natural base year")
    #expect(rules.problem("hc.target.double", year: 2035) == nil, "the last year is accepted")
    #expect(
      rules.problem("hc.target.double", year: 2012)
        == .yearOutsidePlan("hc.target.double", year: 2012, years: 2013...2035))
    #expect(
      rules.problem("hc.target.double", year: 2036)
        == .yearOutsidePlan("hc.target.double", year: 2036, years: 2013...2035))
    #expect(rules.years(of: "hc.target.old-baseline") == 2010...2035)
    #expect(rules.years(of: "hc.target.base") == 2011...2035)
  }

  @Test func aYearInsideTheRangeIsAccepted() {
    #expect(rules.problem("hc.target.revenue", year: 2013) == nil)
    #expect(rules.problem("hc.target.revenue", year: 2021) == nil)
    #expect(rules.problem("hc.target.revenue", year: 2027) == nil)
    #expect(rules.problem("hc.target.late", year: 2030) == nil)
  }

  @Test func aYearOutsideTheRangeIsRefusedWithTheRangeAndItsRule() {
    let problem = rules.problem("hc.target.revenue", year: 2099)
    #expect(problem == .yearOutsidePlan("hc.target.revenue", year: 2099, years: 2013...2027))
    #expect(
      problem?.description
        == "year 2099 is outside the years accepted for hc.target.revenue (2013–2027: from ten years before the plan was issued to the end of its horizon)"
    )
    #expect(
      rules.problem("hc.target.revenue", year: 2012)
        == .yearOutsidePlan("hc.target.revenue", year: 2012, years: 2013...2027))
  }

  @Test func aComparatorSeriesIsCheckedAsItsOwner() {
    #expect(rules.problem("hc.target.growth.comparator", year: 2024) == nil)
    #expect(
      rules.problem("hc.target.growth.comparator", year: 2031)
        == .yearOutsidePlan("hc.target.growth", year: 2031, years: 2013...2027))
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
