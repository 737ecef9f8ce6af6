import PlanModel
import Testing

/// The base an assessment measures from (docs/assessment.md, "The base"): a named base
/// year's figure — the plan's where it gives one, else the recorded actual — and where the
/// plan gives no base figure, the latest actual on or before the issue year; its origin is
/// kept so that the screen and the reports say which. Figures worked by hand.
@Suite struct AssessmentBaseTests {
  typealias F = AssessmentFixtures

  @Test func noBaselineTakesTheLatestActualOnOrBeforeTheIssueYear() {
    // 500 by 2027, no baseline; actuals 200 (2020), 300 (2022), 363 (2024); issued 2023:
    // base 300 (2022); observed (363/300)^(1/2) − 1 = 1.1 − 1 = 10%;
    // required (500/300)^(1/5) − 1 = e^(0.510826/5) − 1 = 0.107566; R = 0.92966
    // → acceleration needed
    let goal = F.goal(target: Figure(value: 500, year: 2027))
    let actuals = F.series([(2020, 200), (2022, 300), (2024, 363)])
    let a = GoalAssessor.assess(goal, actuals: actuals, asOf: 2024, issueYear: 2023)
    #expect(a.baseYear == 2022 && a.baseValue == 300 && a.baseOrigin == .actual)
    #expect(close(a.observedRate, 0.1))
    #expect(close(a.ratio, 0.92966))
    #expect(a.status == .accelerationNeeded)
    #expect(a.baseNoteZh == "基期取2022年实际值")
    #expect(a.baseNote == "base: 2022 actual")
    // with no issue year known the earliest actual serves, as before:
    // (363/200)^(1/4) − 1 = 1.815^(1/4) − 1 = 0.160700
    let earliest = GoalAssessor.assess(goal, actuals: actuals, asOf: 2024)
    #expect(earliest.baseYear == 2020 && earliest.baseOrigin == .actual)
    #expect(close(earliest.observedRate, 0.160700))
  }

  @Test func onlyLaterActualsFallBackToTheEarliest() {
    let goal = F.goal(target: Figure(value: 500, year: 2027))
    let a = GoalAssessor.assess(
      goal, actuals: F.series([(2024, 300), (2025, 330)]), asOf: 2025, issueYear: 2023)
    #expect(a.baseYear == 2024 && a.baseOrigin == .actual)
    #expect(a.baseNoteZh == "基期取2024年实际值")
  }

  @Test func thePlansBaselineIsThePlansFigure() {
    // baseline 1000 (2022); an actual recorded for 2022 too does not replace it
    let goal = F.goal(
      baseline: Figure(value: 1000, year: 2022), target: Figure(value: 1600, year: 2027))
    let a = GoalAssessor.assess(
      goal, actuals: F.series([(2022, 990), (2024, 1150)]), asOf: 2025, issueYear: 2023)
    #expect(a.baseYear == 2022 && a.baseValue == 1000 && a.baseOrigin == .plan)
    #expect(a.baseNote == nil && a.baseNoteZh == nil)
    // not assessable, the plan's baseline still shown as the plan's
    let none = GoalAssessor.assess(goal, actuals: [], asOf: 2025, issueYear: 2023)
    #expect(none.status == .notAssessable)
    #expect(none.baseValue == 1000 && none.baseOrigin == .plan)
  }

  @Test func aNamedBaseYearTakesThatYearsFigure() {
    // 较2023年增长30% by 2026 with the plan's 2023 figure 200: target 260 from the plan's
    // figure, though 210 is recorded for 2023
    let planned = F.goal(
      .growth, unit: "%", baseline: Figure(value: 200, year: 2023),
      target: Figure(value: 30, year: 2026), baseYear: 2023)
    let a = GoalAssessor.assess(
      planned, actuals: F.series([(2023, 210), (2025, 220)]), asOf: 2025, issueYear: 2023)
    #expect(a.targetValue == 260 && a.baseValue == 200 && a.baseOrigin == .plan)
    // without the plan's figure, the recorded 2023 actual: 210 × 1.3 = 273
    let recorded = F.goal(.growth, unit: "%", target: Figure(value: 30, year: 2026), baseYear: 2023)
    let b = GoalAssessor.assess(
      recorded, actuals: F.series([(2023, 210), (2025, 220)]), asOf: 2025, issueYear: 2023)
    #expect(close(b.targetValue, 273, 1e-9) && b.baseOrigin == .actual)
    #expect(b.baseNoteZh == "基期取2023年实际值")
  }

  @Test func aDoublingWithNoBaseYearMeasuresFromTheIssueYearsActual() {
    // 巴中's 全市工业增加值实现倍增 (2027), issued 2023, no base year: base 300 (2022) → 600;
    // observed (400/300)^(1/3) − 1 = e^(0.287682/3) − 1 = 0.100642;
    // required 2^(1/5) − 1 = 0.148698; R = 0.67682 → acceleration needed
    let goal = F.goal(
      .multiple, unit: "倍", target: Figure(value: 2, year: 2027), qualifiers: ["倍增"])
    let a = GoalAssessor.assess(
      goal, actuals: F.series([(2021, 250), (2022, 300), (2025, 400)]), asOf: 2025,
      issueYear: 2023)
    #expect(a.baseYear == 2022 && a.baseOrigin == .actual)
    #expect(a.targetValue == 600)
    #expect(close(a.ratio, 0.67682))
    #expect(a.status == .accelerationNeeded)
    // nothing recorded on or before the issue year: not assessable, saying what to record
    let later = GoalAssessor.assess(
      goal, actuals: F.series([(2024, 350)]), asOf: 2025, issueYear: 2023)
    #expect(later.status == .notAssessable)
    #expect(
      later.reason?.en
        == "the plan gives no base year: record an actual for 2023 or earlier to assess")
    #expect(later.reason?.zh == "规划未给出基期：录入2023年或更早的实际值后即可评估")
  }

  @Test func aDirectionOnlyGoalMeasuresFromTheIssueYearsActual() {
    // no number: 100 (2021), 110 (2023), 114.921 (2025) with issue 2023: base 110,
    // (114.921/110)^(1/2) − 1 = 1.0447364^(1/2) − 1 = 0.022124 → on track (≥ 1.5%)
    let goal = F.goal(target: Figure(year: 2027))
    let a = GoalAssessor.assess(
      goal, actuals: F.series([(2021, 100), (2023, 110), (2025, 114.921)]), asOf: 2025,
      issueYear: 2023)
    #expect(a.baseYear == 2023 && a.baseOrigin == .actual)
    #expect(close(a.observedRate, 0.022124))
    #expect(a.status == .onTrack)
  }

  @Test func anAnnualRateMeasuresFromTheIssueYearsActual() {
    // 年均增长20% by 2027: 80 (2021), 100 (2023), 144 (2025); issued 2023: from 100,
    // (144/100)^(1/2) − 1 = 20%, R = 1.0 → on track; from the earliest (no issue year):
    // (144/80)^(1/4) − 1 = 1.8^(1/4) − 1 = 0.158292, R = 0.79146 → acceleration needed
    let goal = F.goal(.annualRate, unit: "%", target: Figure(value: 20, year: 2027))
    let actuals = F.series([(2021, 80), (2023, 100), (2025, 144)])
    let a = GoalAssessor.assess(goal, actuals: actuals, asOf: 2025, issueYear: 2023)
    #expect(a.baseYear == 2023 && a.baseOrigin == .actual)
    #expect(close(a.ratio, 1.0))
    #expect(a.status == .onTrack)
    let earliest = GoalAssessor.assess(goal, actuals: actuals, asOf: 2025)
    #expect(earliest.baseYear == 2021)
    #expect(close(earliest.ratio, 0.79146))
  }

  @Test func theCatalogTakesEachPlansIssueYear() throws {
    // issued 2023 (September): a target with no baseline and actuals 2021, 2022, 2024 is
    // measured from 2022
    let plan = Plan(
      region: Region(id: "r", name: "某区", level: .district),
      document: PlanDocument(
        title: "方案", issued: PlanDate(year: 2023, month: 9),
        horizon: Horizon(start: 2023, end: 2027)),
      targets: [
        Target(
          id: "r.target.t", metric: "营业收入", goal: F.goal(target: Figure(value: 500, year: 2027)),
          source: SourceRef())
      ])
    let snapshot = ProgressSnapshot(
      actuals: ["r.target.t": F.series([(2021, 250), (2022, 300), (2024, 363)])])
    let catalog = Catalog(plans: [plan])
    let item = try #require(
      CatalogAssessment.items(catalog: catalog, snapshot: snapshot, asOf: 2025).first)
    #expect(item.assessment.baseYear == 2022 && item.assessment.baseOrigin == .actual)
    let one = try #require(
      CatalogAssessment.assess(id: "r.target.t", catalog: catalog, snapshot: snapshot, asOf: 2025))
    #expect(one == item.assessment)
  }
}
