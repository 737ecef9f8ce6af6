import PlanModel
import Testing

/// Direction-only, relative, annual-rate, per-year, comparator, 零突破 targets, ladder tiers
/// and land/energy indicators. Expected figures are worked by hand in the comments.
@Suite struct AssessmentSpecialKindsTests {
  typealias F = AssessmentFixtures

  // MARK: direction only (no number): observed CAGR signed by direction vs 1.5%, 0.5%, 0

  @Test func directionOnlyBands() {
    let up = F.goal(target: Figure(year: 2027))
    func status(_ latest: Double, _ goal: Goal) -> AssessmentStatus {
      GoalAssessor.assess(goal, actuals: F.series([(2023, 100), (2025, latest)]), asOf: 2025)
        .status
    }
    // 100 → 104 in two years: 1.04^(1/2) − 1 = 0.019804 ≥ 0.015 → on track
    #expect(status(104, up) == .onTrack)
    // 100 → 103: 1.03^(1/2) − 1 = 0.014889, in [0.005, 0.015) → acceleration needed
    #expect(status(103, up) == .accelerationNeeded)
    // 100 → 100.5: 1.005^(1/2) − 1 = 0.002497, in [0, 0.005) → limited progress
    #expect(status(100.5, up) == .limitedProgress)
    // 100 → 99: 0.99^(1/2) − 1 = −0.005013 < 0 → deterioration
    #expect(status(99, up) == .deterioration)
    // falling wanted: 100 → 98: 0.98^(1/2) − 1 = −0.010051; × d (−1) = 0.010051
    // in [0.005, 0.015) → acceleration needed
    let down = F.goal(.absolute, .down, target: Figure(year: 2027))
    #expect(status(98, down) == .accelerationNeeded)
    #expect(status(102, down) == .deterioration)
    let a = GoalAssessor.assess(up, actuals: F.series([(2023, 100), (2025, 103)]), asOf: 2025)
    #expect(a.method == .directionOnly)
    #expect(close(a.observedRate, 0.014889))
  }

  @Test func directionOnlyUsesThePlanBaselineWhenItHasAYear() {
    // baseline 100 (2022), one actual 103 (2024): 1.03^(1/2) − 1 = 0.014889 → acceleration needed
    let goal = F.goal(baseline: Figure(value: 100, year: 2022))
    let a = GoalAssessor.assess(goal, actuals: F.series([(2024, 103)]), asOf: 2024)
    #expect(a.status == .accelerationNeeded)
    #expect(a.baseYear == 2022)
    // without a baseline one figure is not a trend
    let alone = GoalAssessor.assess(F.goal(), actuals: F.series([(2024, 103)]), asOf: 2024)
    #expect(alone.status == .notAssessable)
    #expect(alone.reason?.en == "one figure only (2024); a trend needs two years")
  }

  @Test func keepWithoutANumberIsOnTrackWhileNotFalling() {
    let goal = F.goal(.absolute, .keep, unit: "亩")
    // 5000 → 5000: growth 0, not falling → on track; 5000 → 4900: growth < 0 → deterioration
    #expect(
      GoalAssessor.assess(goal, actuals: F.series([(2023, 5000), (2025, 5000)]), asOf: 2025)
        .status == .onTrack)
    #expect(
      GoalAssessor.assess(goal, actuals: F.series([(2023, 5000), (2025, 4900)]), asOf: 2025)
        .status == .deterioration)
  }

  // MARK: relative targets: absolute once the base year's actual is recorded

  @Test func growthAgainstABaseYear() {
    // 较2023年增长30% by 2026: base 2023 actual 200 → target 200 × 1.30 = 260
    // observed (2025): (220/200)^(1/2) − 1 = 1.1^(1/2) − 1 = 0.048809
    // required: (260/200)^(1/3) − 1 = e^(0.262364/3) − 1 = e^0.0874547 − 1 = 0.091393
    // R = 0.048809 / 0.091393 = 0.53406 → limited progress
    let goal = F.goal(.growth, unit: "%", target: Figure(value: 30, year: 2026), baseYear: 2023)
    let a = GoalAssessor.assess(goal, actuals: F.series([(2023, 200), (2025, 220)]), asOf: 2025)
    #expect(a.targetValue == 260)
    #expect(a.baseYear == 2023 && a.baseValue == 200)
    #expect(close(a.ratio, 0.53406))
    #expect(a.status == .limitedProgress)
  }

  @Test func multipleOfABaseYear() {
    // 倍增 (×2) against 2022 by 2027: base 500 → target 1000
    // observed (2025): (700/500)^(1/3) − 1 = e^(0.336472/3) − 1 = e^0.112157 − 1 = 0.118689
    // required: 2^(1/5) − 1 = 0.148698
    // R = 0.118689 / 0.148698 = 0.79819 → acceleration needed
    let goal = F.goal(
      .multiple, unit: "倍", target: Figure(value: 2, year: 2027), baseYear: 2022,
      qualifiers: ["倍增"])
    let a = GoalAssessor.assess(goal, actuals: F.series([(2022, 500), (2025, 700)]), asOf: 2025)
    #expect(a.targetValue == 1000)
    #expect(close(a.ratio, 0.79819))
    #expect(a.status == .accelerationNeeded)
  }

  @Test func reductionAgainstABaseYear() {
    // 能耗较2022年下降13% by 2027: base 0.50 → target 0.50 × 0.87 = 0.435 (falling)
    // observed (2024): (0.47/0.50)^(1/2) − 1 = 0.94^(1/2) − 1 = 0.969536 − 1 = −0.030464
    // required: 0.87^(1/5) − 1 = e^(−0.139262/5) − 1 = e^−0.0278524 − 1 = −0.027468
    // R = −1 × −0.030464 / 0.027468 = 1.10907 → on track
    let goal = F.goal(
      .reduction, .down, unit: "%", target: Figure(value: 13, year: 2027), baseYear: 2022)
    let a = GoalAssessor.assess(goal, actuals: F.series([(2022, 0.5), (2024, 0.47)]), asOf: 2024)
    #expect(close(a.targetValue, 0.435, 1e-9))
    #expect(close(a.ratio, 1.10907))
    #expect(a.status == .onTrack)
    // 0.43 ≤ 0.435 → achieved
    let met = GoalAssessor.assess(goal, actuals: F.series([(2022, 0.5), (2025, 0.43)]), asOf: 2025)
    #expect(met.status == .achieved)
  }

  @Test func relativeTargetWithoutItsBaseYearActualIsNotAssessable() {
    let goal = F.goal(.growth, unit: "%", target: Figure(value: 30, year: 2026), baseYear: 2023)
    let a = GoalAssessor.assess(goal, actuals: F.series([(2024, 210), (2025, 220)]), asOf: 2025)
    #expect(a.status == .notAssessable)
    #expect(a.reason?.en == "no actual for the base year 2023: record it to assess")
    let noBase = F.goal(.multiple, unit: "倍", target: Figure(value: 2, year: 2027))
    let b = GoalAssessor.assess(noBase, actuals: F.series([(2024, 210)]), asOf: 2025)
    #expect(b.reason?.en == "the plan gives no base year to measure against")
  }

  // MARK: annual rates: observed yearly rate of the recorded levels vs the target rate

  @Test func annualRateInPercent() {
    // 年均增长20%: levels 100 (2022) and 139.24 (2024) = 100 × 1.18²
    // observed: (139.24/100)^(1/2) − 1 = 1.18 − 1 = 18% a year; R = 18 / 20 = 0.90
    // → acceleration needed
    let goal = F.goal(.annualRate, unit: "%", target: Figure(value: 20, year: 2025))
    let a = GoalAssessor.assess(
      goal, actuals: F.series([(2022, 100), (2024, 139.24)]), asOf: 2024)
    #expect(a.method == .annualRate)
    #expect(close(a.observedRate, 18.0))
    #expect(close(a.ratio, 0.90))
    #expect(a.status == .accelerationNeeded)
    // 100 → 121 (10% a year): R = 10 / 20 = 0.5 → limited progress
    let slow = GoalAssessor.assess(goal, actuals: F.series([(2022, 100), (2024, 121)]), asOf: 2024)
    #expect(close(slow.ratio, 0.5))
    #expect(slow.status == .limitedProgress)
  }

  @Test func annualRateInPoints() {
    // 年均提高1.5个百分点: 30.0% (2022) → 34.8% (2025): (34.8 − 30.0) / 3 = 1.6 points a year
    // R = 1.6 / 1.5 = 1.0667 → on track (the target year 2027 is not yet covered)
    let goal = F.goal(.annualRate, unit: "个百分点", target: Figure(value: 1.5, year: 2027))
    let a = GoalAssessor.assess(goal, actuals: F.series([(2022, 30), (2025, 34.8)]), asOf: 2025)
    #expect(close(a.observedRate, 1.6))
    #expect(close(a.ratio, 1.0667))
    #expect(a.status == .onTrack)
    // to 38.0% in 2027: (38 − 30) / 5 = 1.6 ≥ 1.5 with the target year covered → achieved
    let done = GoalAssessor.assess(goal, actuals: F.series([(2022, 30), (2027, 38)]), asOf: 2027)
    #expect(done.status == .achieved)
    // one level only: no yearly rate
    let one = GoalAssessor.assess(goal, actuals: F.series([(2025, 34.8)]), asOf: 2025)
    #expect(one.status == .notAssessable)
  }

  @Test func perYearCountsAverageTheYears() {
    // 每年招引项目12个: 10, 14, 9 → mean 33 / 3 = 11; R = 11 / 12 = 0.91667 → acceleration needed
    let goal = F.goal(.count, unit: "个", target: Figure(value: 12, year: 2025), perYear: true)
    let a = GoalAssessor.assess(
      goal, actuals: F.series([(2023, 10), (2024, 14), (2025, 9)]), asOf: 2025)
    #expect(a.method == .perYear)
    #expect(close(a.observedRate, 11))
    #expect(close(a.ratio, 0.91667))
    #expect(a.status == .accelerationNeeded)
  }

  // MARK: comparator targets: own series against `<id>.comparator`, year by year

  @Test func comparatorYearByYear() {
    let goal = Goal(kind: .comparator, direction: .up, comparator: "全省平均水平")
    let own = F.series([(2023, 6.0), (2024, 7.0)])
    let province = F.series([(2023, 6.5), (2024, 7.2)], id: "r.target.t.comparator")
    // gaps: 2023 6.0 − 6.5 = −0.5; 2024 7.0 − 7.2 = −0.2: still below but narrowing
    // → acceleration needed
    let a = GoalAssessor.assess(goal, actuals: own, comparator: province, asOf: 2024)
    #expect(a.method == .comparator)
    #expect(close(a.gap, -0.2))
    #expect(a.targetValue == 7.2)
    #expect(a.status == .accelerationNeeded)
    // 2025: 8.0 against 7.5: gap +0.5 > 0 → achieved (高于)
    let ahead = GoalAssessor.assess(
      goal, actuals: own + F.series([(2025, 8.0)]),
      comparator: province + F.series([(2025, 7.5)], id: "x"), asOf: 2025)
    #expect(ahead.status == .achieved)
    #expect(close(ahead.gap, 0.5))
    // gap widening: 2023 −0.5, 2024 6.0 − 7.2 = −1.2 → deterioration
    let behind = GoalAssessor.assess(
      goal, actuals: F.series([(2023, 6.0), (2024, 6.0)]), comparator: province, asOf: 2024)
    #expect(behind.status == .deterioration)
    // one common year, below: limited progress
    let once = GoalAssessor.assess(
      goal, actuals: F.series([(2023, 6.0)]), comparator: province, asOf: 2024)
    #expect(once.status == .limitedProgress)
  }

  @Test func comparatorWithoutItsSeriesIsNotAssessable() {
    let goal = Goal(kind: .comparator, direction: .up, comparator: "全省平均水平")
    let a = GoalAssessor.assess(goal, actuals: F.series([(2024, 7)]), asOf: 2024)
    #expect(a.status == .notAssessable)
    #expect(a.reason?.en.contains(".comparator") == true)
    #expect(ComparatorSeries.id(of: "bazhong.target.x") == "bazhong.target.x.comparator")
    #expect(ComparatorSeries.ownerID(of: "bazhong.target.x.comparator") == "bazhong.target.x")
    #expect(ComparatorSeries.ownerID(of: "bazhong.target.x") == nil)
  }

  // MARK: counts that must merely be reached (零突破)

  @Test func zeroBreakthroughIsReachedOrNot() {
    let goal = F.goal(
      .count, unit: "家", baseline: Figure(value: 0), target: Figure(value: 1, year: 2027),
      qualifiers: ["零突破"])
    let none = GoalAssessor.assess(goal, actuals: F.series([(2024, 0)]), asOf: 2024)
    #expect(none.status == .notAchieved)
    #expect(none.method == .binary)
    let one = GoalAssessor.assess(goal, actuals: F.series([(2024, 0), (2025, 1)]), asOf: 2025)
    #expect(one.status == .achieved)
    // also without the qualifier: a count from 0 to 1
    let plain = F.goal(.count, unit: "家", baseline: Figure(value: 0), target: Figure(value: 1))
    #expect(
      GoalAssessor.assess(plain, actuals: F.series([(2024, 0)]), asOf: 2024).status == .notAchieved)
  }

  // MARK: ladder tiers and land/energy indicators, through the catalog

  @Test func ladderTiersAndIndicatorsAreAssessedLikeTargets() {
    let source = SourceRef(section: "二", text: "…")
    let tier = LadderTier(
      id: "r.ladder.l.giants", name: "小巨人", unit: "家", baseline: Figure(value: 5, year: 2022),
      target: Figure(value: 12, year: 2027), source: source)
    let land = Indicator(
      id: "r.indicator.tax-per-mu", name: "亩均税收", category: .land,
      goal: F.goal(
        unit: "万元/亩", baseline: Figure(value: 20, year: 2022),
        target: Figure(value: 25, year: 2027)), source: source)
    let plan = Plan(
      region: Region(id: "r", name: "某区", level: .district),
      document: PlanDocument(title: "方案", horizon: Horizon(start: 2023, end: 2027)),
      ladders: [Ladder(id: "r.ladder.l", name: "梯度培育", tiers: [tier], source: source)],
      indicators: [land])
    let snapshot = ProgressSnapshot(actuals: [
      tier.id: F.series([(2024, 7)], id: tier.id),
      land.id: F.series([(2024, 21)], id: land.id),
    ])
    let items = CatalogAssessment.items(
      catalog: Catalog(plans: [plan]), snapshot: snapshot, asOf: 2024)
    #expect(items.map(\.id) == [land.id, tier.id])
    // tier 5 (2022) → 12 (2027), 7 in 2024:
    // observed 1.4^(1/2) − 1 = 0.183216; required 2.4^(1/5) − 1 = e^(0.875469/5) − 1 = 0.191358
    // R = 0.183216 / 0.191358 = 0.95745 → on track
    let t = items[1].assessment
    #expect(close(t.ratio, 0.95745))
    #expect(t.status == .onTrack)
    #expect(items[1].name == "梯度培育 › 小巨人")
    // 亩均税收 20 (2022) → 25 (2027), 21 in 2024:
    // observed 1.05^(1/2) − 1 = 0.024695; required 1.25^(1/5) − 1 = 0.045640
    // R = 0.024695 / 0.045640 = 0.54108 → limited progress
    #expect(close(items[0].assessment.ratio, 0.54108))
    #expect(items[0].assessment.status == .limitedProgress)
    #expect(CatalogAssessment.counts(items) == [.onTrack: 1, .limitedProgress: 1])
  }
}
