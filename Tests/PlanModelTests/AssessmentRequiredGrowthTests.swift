import PlanModel
import Testing

/// Targets with a number: R = d · CAGR_observed / |CAGR_required|, banded at 95%, 60%, 0.
/// Every expected figure below is worked by hand in the comment above it.
@Suite struct AssessmentRequiredGrowthTests {
  typealias F = AssessmentFixtures
  // 营业收入 from 1000 (2022) to 1600 (2027).
  let revenue = F.goal(
    baseline: Figure(value: 1000, year: 2022), target: Figure(value: 1600, year: 2027))

  @Test func onTrack() {
    // observed: (1210/1000)^(1/2) − 1 = 1.1 − 1 = 0.10
    // required: (1600/1000)^(1/5) − 1 = e^(ln 1.6 / 5) − 1 = e^(0.470004/5) − 1
    //         = e^0.0940007 − 1 = 0.098561
    // R = 0.10 / 0.098561 = 1.01460 ≥ 0.95 → on track
    let a = GoalAssessor.assess(revenue, actuals: F.series([(2024, 1210)]), asOf: 2025)
    #expect(a.status == .onTrack)
    #expect(a.method == .requiredGrowth)
    #expect(close(a.observedRate, 0.10))
    #expect(close(a.requiredRate, 0.098561))
    #expect(close(a.ratio, 1.01460))
    #expect(a.baseYear == 2022 && a.baseValue == 1000)
    #expect(a.latestYear == 2024 && a.latestValue == 1210)
    #expect(a.targetYear == 2027 && a.targetValue == 1600)
  }

  @Test func accelerationNeeded() {
    // observed: 1.15^(1/2) − 1 = 1.072381 − 1 = 0.072381
    // R = 0.072381 / 0.098561 = 0.73438, in [0.60, 0.95) → acceleration needed
    let a = GoalAssessor.assess(revenue, actuals: F.series([(2024, 1150)]), asOf: 2024)
    #expect(a.status == .accelerationNeeded)
    #expect(close(a.ratio, 0.73438))
  }

  @Test func limitedProgress() {
    // observed: 1.04^(1/2) − 1 = 1.019804 − 1 = 0.019804
    // R = 0.019804 / 0.098561 = 0.20093, in [0, 0.60) → limited progress
    let a = GoalAssessor.assess(revenue, actuals: F.series([(2024, 1040)]), asOf: 2024)
    #expect(a.status == .limitedProgress)
    #expect(close(a.ratio, 0.20093))
  }

  @Test func deterioration() {
    // observed: 0.99^(1/2) − 1 = 0.994987 − 1 = −0.005013
    // R = −0.005013 / 0.098561 = −0.05086 < 0 → deterioration
    let a = GoalAssessor.assess(revenue, actuals: F.series([(2024, 990)]), asOf: 2024)
    #expect(a.status == .deterioration)
    #expect(close(a.ratio, -0.05086))
  }

  @Test func achievedWhenTheLatestActualMeetsTheTarget() {
    // 1650 ≥ 1600 → target achieved, whatever the trend
    let a = GoalAssessor.assess(
      revenue, actuals: F.series([(2024, 1150), (2025, 1650)]), asOf: 2025)
    #expect(a.status == .achieved)
    #expect(a.latestValue == 1650)
    // the rates are still shown: (1650/1000)^(1/3) − 1 = e^(0.500775/3) − 1 = 0.181666,
    // R = 0.181666 / 0.098561 = 1.84318
    #expect(close(a.observedRate, 0.181666))
    #expect(close(a.ratio, 1.84318))
    #expect(a.reason == nil)
  }

  @Test func actualsAfterTheAsOfYearAreIgnored() {
    // as of 2025 only the 2024 figure (1150) counts: R = 0.73438 as above; the 2026 figure
    // 1650 would have meant achieved.
    let a = GoalAssessor.assess(
      revenue, actuals: F.series([(2024, 1150), (2026, 1650)]), asOf: 2025)
    #expect(a.status == .accelerationNeeded)
    #expect(a.latestYear == 2024)
    let later = GoalAssessor.assess(
      revenue, actuals: F.series([(2024, 1150), (2026, 1650)]), asOf: 2026)
    #expect(later.status == .achieved)
  }

  @Test func earliestActualServesWhenThePlanGivesNoBaseline() {
    // no baseline: base = 2023 actual 1000; observed (1210/1000)^(1/2) − 1 = 0.10
    // required (1600/1000)^(1/4) − 1 = e^(0.470004/4) − 1 = e^0.117501 − 1 = 0.124683
    // R = 0.10 / 0.124683 = 0.80204 → acceleration needed
    let goal = F.goal(target: Figure(value: 1600, year: 2027))
    let a = GoalAssessor.assess(
      goal, actuals: F.series([(2023, 1000), (2025, 1210)]), asOf: 2025)
    #expect(a.status == .accelerationNeeded)
    #expect(a.baseYear == 2023 && a.baseValue == 1000)
    #expect(close(a.requiredRate, 0.124683))
    #expect(close(a.ratio, 0.80204))
  }

  @Test func oneActualAndNoBaselineIsNotAssessable() {
    let goal = F.goal(target: Figure(value: 1600, year: 2027))
    let a = GoalAssessor.assess(goal, actuals: F.series([(2025, 1210)]), asOf: 2025)
    #expect(a.status == .notAssessable)
    #expect(a.reason?.en == "one figure only (2025); progress needs two years")
  }

  @Test func noActualIsNotAssessableWithTheReason() {
    let none = GoalAssessor.assess(revenue, actuals: [], asOf: 2025)
    #expect(none.status == .notAssessable)
    #expect(none.reason?.en == "no actual recorded")
    let later = GoalAssessor.assess(revenue, actuals: F.series([(2026, 1300)]), asOf: 2025)
    #expect(later.status == .notAssessable)
    #expect(later.reason?.en == "no actual recorded by 2025")
  }

  @Test func noTargetYearIsNotAssessableUnlessAchieved() {
    let goal = F.goal(baseline: Figure(value: 1000, year: 2022), target: Figure(value: 1600))
    let a = GoalAssessor.assess(goal, actuals: F.series([(2024, 1210)]), asOf: 2025)
    #expect(a.status == .notAssessable)
    #expect(a.reason?.en == "the plan gives no target year")
    let met = GoalAssessor.assess(goal, actuals: F.series([(2024, 1700)]), asOf: 2025)
    #expect(met.status == .achieved)
  }

  @Test func shareIsALevelInPercent() {
    // 制造业增加值占比 20% (2022) → 25% (2027); latest 21.5% (2024)
    // observed: (21.5/20)^(1/2) − 1 = 1.075^(1/2) − 1 = 1.036822 − 1 = 0.036822
    // required: 1.25^(1/5) − 1 = e^(0.223144/5) − 1 = e^0.0446287 − 1 = 0.045640
    // R = 0.036822 / 0.045640 = 0.80680 → acceleration needed
    let goal = F.goal(
      .share, unit: "%", baseline: Figure(value: 20, year: 2022),
      target: Figure(value: 25, year: 2027))
    let a = GoalAssessor.assess(goal, actuals: F.series([(2024, 21.5)]), asOf: 2024)
    #expect(a.status == .accelerationNeeded)
    #expect(close(a.ratio, 0.80680))
  }

  @Test func falling() {
    // a rank climbing from 15th (2022) to 10th (2025), direction down; 12th in 2024
    // observed: (12/15)^(1/2) − 1 = 0.894427 − 1 = −0.105573
    // required: (10/15)^(1/3) − 1 = e^(−0.405465/3) − 1 = e^−0.135155 − 1 = −0.126420
    // R = d · observed / |required| = −1 × −0.105573 / 0.126420 = 0.83510 → acceleration needed
    let goal = F.goal(
      .rank, .down, unit: "位", baseline: Figure(value: 15, year: 2022),
      target: Figure(value: 10, year: 2025))
    let a = GoalAssessor.assess(goal, actuals: F.series([(2024, 12)]), asOf: 2024)
    #expect(a.status == .accelerationNeeded)
    #expect(close(a.ratio, 0.83510))
    // 9th is at or below 10th → achieved
    let top = GoalAssessor.assess(goal, actuals: F.series([(2024, 9)]), asOf: 2024)
    #expect(top.status == .achieved)
  }

  @Test func rangeIsAssessedAgainstItsLowerBound() {
    // 4—6户 by 2027, no baseline; 1 in 2023, 2 in 2025
    // observed: (2/1)^(1/2) − 1 = 0.414214
    // required against the lower bound 4: (4/1)^(1/4) − 1 = 1.414214 − 1 = 0.414214 → R = 1.0
    // (against the upper bound 6 it would be 6^(1/4) − 1 = 0.565085 → R = 0.733)
    let goal = F.goal(.count, unit: "户", target: Figure(min: 4, max: 6, year: 2027))
    let a = GoalAssessor.assess(goal, actuals: F.series([(2023, 1), (2025, 2)]), asOf: 2025)
    #expect(a.targetValue == 4)
    #expect(close(a.ratio, 1.0))
    #expect(a.status == .onTrack)
    // 4 reached (the lower bound) → achieved
    let met = GoalAssessor.assess(goal, actuals: F.series([(2023, 1), (2025, 4)]), asOf: 2025)
    #expect(met.status == .achieved)
  }

  @Test func targetMetAtBaseline() {
    // 大宗工业固废利用率 保持在70%以上; baseline 80% (2022) already meets it
    let goal = F.goal(
      .share, .keep, unit: "%", baseline: Figure(value: 80, year: 2022),
      target: Figure(value: 70, year: 2027), qualifiers: ["以上"])
    // still 82% in 2024: 82 ≥ 70 → achieved
    #expect(
      GoalAssessor.assess(goal, actuals: F.series([(2024, 82)]), asOf: 2024).status == .achieved)
    // fallen to 68%: observed (68/80)^(1/2) − 1 = 0.921954 − 1 = −0.078046
    // required (70/80)^(1/5) − 1 = e^(−0.133531/5) − 1 = −0.026353 (the wrong way: base beyond it)
    // R = +1 × −0.078046 / |−0.026353| = −2.9616 → deterioration
    let fallen = GoalAssessor.assess(goal, actuals: F.series([(2024, 68)]), asOf: 2024)
    #expect(fallen.status == .deterioration)
    #expect(close(fallen.ratio, -2.9616))
    // no actual since the baseline → not assessable, whatever the baseline shows
    #expect(GoalAssessor.assess(goal, actuals: [], asOf: 2024).status == .notAssessable)
  }

  @Test func baselineEqualToTargetAndSlippingIsDeterioration() {
    // baseline 70 = target 70: required growth 0; latest 69 < 70, observed < 0 → R = −∞
    let goal = F.goal(
      .share, .keep, unit: "%", baseline: Figure(value: 70, year: 2022),
      target: Figure(value: 70, year: 2027))
    let a = GoalAssessor.assess(goal, actuals: F.series([(2024, 69)]), asOf: 2024)
    #expect(a.status == .deterioration)
    #expect(a.requiredRate == 0)
  }

  @Test func zerosAreReplacedByOneThousandth() {
    // 0 (2023) → 2 (2025), target 4 by 2027: base 0 read as 0.001
    // observed: (2/0.001)^(1/2) − 1 = 2000^(1/2) − 1 = 44.72136 − 1 = 43.72136
    // required: (4/0.001)^(1/4) − 1 = 4000^(1/4) − 1 = 7.952707 − 1 = 6.952707
    // R = 43.72136 / 6.952707 = 6.2884 → on track
    let goal = F.goal(.count, unit: "个", target: Figure(value: 4, year: 2027))
    let a = GoalAssessor.assess(goal, actuals: F.series([(2023, 0), (2025, 2)]), asOf: 2025)
    #expect(close(a.observedRate, 43.72136))
    #expect(close(a.ratio, 6.2884))
    #expect(a.status == .onTrack)
    // 0 → 0: both read as 0.001, no movement, R = 0 → limited progress
    let still = GoalAssessor.assess(goal, actuals: F.series([(2023, 0), (2025, 0)]), asOf: 2025)
    #expect(still.status == .limitedProgress)
    #expect(still.ratio == 0)
  }

  @Test func figuresOfBothSignsAreNotAssessable() {
    let goal = F.goal(target: Figure(value: 10, year: 2027))
    let a = GoalAssessor.assess(goal, actuals: F.series([(2023, -2), (2025, 3)]), asOf: 2025)
    #expect(a.status == .notAssessable)
    #expect(a.reason?.en == "the figures change sign; no growth rate can be taken")
  }
}
