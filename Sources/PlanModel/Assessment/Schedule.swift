/// Builds the time-elapsed progress (序时进度) of measures and targets.
public enum Schedule {
  /// The year a plan's period starts: its issue year, else its horizon's first year.
  public static func startYear(of document: PlanDocument) -> Int {
    document.issued?.year ?? document.horizon.start
  }

  /// The share of a measure done by its status: todo 0, in progress ½, blocked ½ (begun but
  /// stuck), done 1.
  public static func doneShare(_ status: MeasureStatus) -> Double {
    switch status {
    case .todo: 0
    case .inProgress, .blocked: 0.5
    case .done: 1
    }
  }

  /// A measure: from the plan's issue year to its due year (else the plan's last year).
  public static func measure(
    _ measure: Measure, document: PlanDocument, status: MeasureStatus, asOf: Int
  ) -> ScheduleProgress {
    ScheduleProgress(
      startYear: startYear(of: document), endYear: measure.due ?? document.horizon.end,
      asOf: asOf, done: doneShare(status))
  }

  /// A target or indicator: from the plan's issue year to its target year (else the plan's
  /// last year); done is the latest actual ÷ the target level (the target ÷ the actual for a
  /// falling target). Annual-rate, per-year and comparator goals have no share done.
  public static func goal(
    _ goal: Goal, assessment: Assessment, document: PlanDocument, asOf: Int
  ) -> ScheduleProgress {
    var done: Double?
    let levelMethods: Set<AssessmentMethod> = [.requiredGrowth, .binary]
    if assessment.status == .achieved {
      done = 1
    } else if levelMethods.contains(assessment.method)
      || (assessment.method == .none && assessment.targetValue != nil),
      let latest = assessment.latestValue, let target = assessment.targetValue
    {
      if GrowthMath.sign(goal) > 0 {
        done = target == 0 ? nil : latest / target
      } else {
        done = latest == 0 ? nil : target / latest
      }
    }
    // A comparator's assessed figure is dated by the latest common year, not its due year.
    let due =
      assessment.method == .comparator
      ? goal.target?.year : assessment.targetYear ?? goal.target?.year
    return ScheduleProgress(
      startYear: startYear(of: document), endYear: due ?? document.horizon.end, asOf: asOf,
      done: done)
  }
}
