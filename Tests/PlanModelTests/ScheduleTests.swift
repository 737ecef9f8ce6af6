import PlanModel
import Testing

/// 序时进度: the share of the period elapsed against the share done, worked by hand.
@Suite struct ScheduleTests {
  // issued 2023-09, horizon 2023–2027
  let document = PlanDocument(
    title: "方案", issued: PlanDate(year: 2023, month: 9), horizon: Horizon(start: 2023, end: 2027))
  let measure = Measure(
    id: "r.measure.m", section: "(一)", title: "措施", text: "…", due: 2027,
    source: SourceRef(section: "(一)"))

  @Test func todoMeasureHalfwayIsBehind() {
    // elapsed: (2025 − 2023) / (2027 − 2023) = 2 / 4 = 0.5; done 0 (todo)
    // trails by 50 points > 10 → behind schedule; 2025 ≤ 2027 → not overdue
    let s = Schedule.measure(measure, document: document, status: .todo, asOf: 2025)
    #expect(s.elapsed == 0.5)
    #expect(s.done == 0)
    #expect(s.trailingPoints == 50)
    #expect(s.isBehind)
    #expect(!s.isOverdue)
  }

  @Test func inProgressMeasureHalfwayIsNotBehind() {
    // elapsed 0.5, done ½ (in progress): trails by 0 points → not behind
    let s = Schedule.measure(measure, document: document, status: .inProgress, asOf: 2025)
    #expect(s.done == 0.5)
    #expect(!s.isBehind)
    // three quarters through: (2026 − 2023) / 4 = 0.75; done 0.5 → trails 25 points → behind
    let later = Schedule.measure(measure, document: document, status: .inProgress, asOf: 2026)
    #expect(later.elapsed == 0.75)
    #expect(later.isBehind)
  }

  @Test func trailingByExactlyTenPointsIsNotBehind() {
    // elapsed (2025 − 2020) / (2030 − 2020) = 0.5; done 0.4 → trails by 10 points, not more
    let s = ScheduleProgress(startYear: 2020, endYear: 2030, asOf: 2025, done: 0.4)
    #expect(!s.isBehind)
    // done 0.39 → trails by 11 points → behind
    #expect(ScheduleProgress(startYear: 2020, endYear: 2030, asOf: 2025, done: 0.39).isBehind)
  }

  @Test func overdueWhenTheDueYearIsPastAndNotDone() {
    // due 2027, as of 2028: elapsed clamps to 1; not done → overdue (and behind)
    let s = Schedule.measure(measure, document: document, status: .inProgress, asOf: 2028)
    #expect(s.elapsed == 1)
    #expect(s.isOverdue)
    #expect(s.isBehind)
    // in its due year it is not yet overdue
    #expect(!Schedule.measure(measure, document: document, status: .todo, asOf: 2027).isOverdue)
    // done is never overdue nor behind
    let done = Schedule.measure(measure, document: document, status: .done, asOf: 2028)
    #expect(!done.isOverdue && !done.isBehind)
  }

  @Test func measureWithoutDueYearRunsToThePlansEnd() {
    var open = measure
    open.due = nil
    let s = Schedule.measure(open, document: document, status: .blocked, asOf: 2024)
    // end = horizon end 2027; elapsed (2024 − 2023) / 4 = 0.25; blocked counts ½ → not behind
    #expect(s.endYear == 2027)
    #expect(s.elapsed == 0.25)
    #expect(s.done == 0.5)
    #expect(!s.isBehind)
  }

  @Test func targetDoneIsActualOverTarget() {
    // 1600 by 2027, issued 2023; as of 2025: elapsed 2 / 4 = 0.5
    let goal = Goal(
      kind: .absolute, direction: .up, unit: "亿元", baseline: Figure(value: 1000, year: 2022),
      target: Figure(value: 1600, year: 2027))
    // actual 1000 (2025): done 1000 / 1600 = 0.625 ≥ 0.5 → not behind
    let a = GoalAssessor.assess(
      goal, actuals: [Actual(itemID: "t", year: 2025, value: 1000)], asOf: 2025)
    let s = Schedule.goal(goal, assessment: a, document: document, asOf: 2025)
    #expect(s.done == 0.625)
    #expect(!s.isBehind)
    // actual 600: done 600 / 1600 = 0.375 → trails 12.5 points → behind
    let low = GoalAssessor.assess(
      goal, actuals: [Actual(itemID: "t", year: 2025, value: 600)], asOf: 2025)
    let s2 = Schedule.goal(goal, assessment: low, document: document, asOf: 2025)
    #expect(s2.done == 0.375)
    #expect(s2.trailingPoints == 12.5)
    #expect(s2.isBehind)
  }

  @Test func fallingTargetDoneIsTargetOverActual() {
    // 0.435 by 2027 (falling); actual 0.58 in 2026: done 0.435 / 0.58 = 0.75
    // elapsed (2026 − 2023) / 4 = 0.75 → trails 0 → not behind
    let goal = Goal(
      kind: .absolute, direction: .down, unit: "吨标准煤/万元",
      baseline: Figure(value: 0.6, year: 2022), target: Figure(value: 0.435, year: 2027))
    let a = GoalAssessor.assess(
      goal, actuals: [Actual(itemID: "t", year: 2026, value: 0.58)], asOf: 2026)
    let s = Schedule.goal(goal, assessment: a, document: document, asOf: 2026)
    #expect(close(s.done, 0.75, 1e-9))
    #expect(!s.isBehind)
  }

  @Test func targetWithoutActualHasNoShareDone() {
    let goal = Goal(kind: .absolute, direction: .up, target: Figure(value: 10, year: 2027))
    let a = GoalAssessor.assess(goal, actuals: [], asOf: 2028)
    let s = Schedule.goal(goal, assessment: a, document: document, asOf: 2028)
    #expect(s.done == nil)
    #expect(!s.isBehind)
    #expect(s.isOverdue)
  }
}

/// A comparator target (高于全社会下降幅度, due 2027) runs to its own year, not to the latest
/// year its figure and the comparator's have in common.
@Suite struct ComparatorScheduleTests {
  let document = PlanDocument(
    title: "方案", issued: PlanDate(year: 2023, month: 9), horizon: Horizon(start: 2023, end: 2027))

  @Test func comparatorDueIn2027IsNotOverdueIn2026() {
    let goal = Goal(
      kind: .comparator, direction: .up, target: Figure(year: 2027), comparator: "全社会下降幅度")
    // own 2.5, 2.9, 3.0 against 2.8, 3.1, 3.1: gaps −0.3, −0.2, −0.1, narrowing, still
    // below → acceleration needed; latest common year 2025, comparator there 3.1
    let own = AssessmentFixtures.series([(2023, 2.5), (2024, 2.9), (2025, 3.0)])
    let other = AssessmentFixtures.series(
      [(2023, 2.8), (2024, 3.1), (2025, 3.1)], id: "r.target.t.comparator")
    let a = GoalAssessor.assess(goal, actuals: own, comparator: other, asOf: 2026)
    #expect(a.status == .accelerationNeeded)
    #expect(a.latestYear == 2025)
    #expect(a.targetValue == 3.1)
    // the target year is the item's own, 2027, not the common year 2025
    #expect(a.targetYear == 2027)
    let s = Schedule.goal(goal, assessment: a, document: document, asOf: 2026)
    // 2023–2027: elapsed (2026 − 2023) / 4 = 0.75; not past 2027 → not overdue
    #expect(s.startYear == 2023)
    #expect(s.endYear == 2027)
    #expect(s.elapsed == 0.75)
    #expect(!s.isOverdue)
    // in 2028, past its year and not achieved → overdue
    let late = GoalAssessor.assess(goal, actuals: own, comparator: other, asOf: 2028)
    #expect(Schedule.goal(goal, assessment: late, document: document, asOf: 2028).isOverdue)
  }

  @Test func comparatorWithoutItsOwnYearRunsToThePlansEnd() {
    let goal = Goal(kind: .comparator, direction: .up, comparator: "全省平均水平")
    let a = GoalAssessor.assess(
      goal, actuals: AssessmentFixtures.series([(2024, 7.0)]),
      comparator: AssessmentFixtures.series([(2024, 6.5)], id: "x"), asOf: 2025)
    // 7.0 − 6.5 = +0.5 > 0 → achieved; no target year of its own
    #expect(a.status == .achieved)
    #expect(a.targetYear == nil)
    #expect(Schedule.goal(goal, assessment: a, document: document, asOf: 2025).endYear == 2027)
  }
}
